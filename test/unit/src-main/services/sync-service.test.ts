import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Encrypter } from "age-encryption";
import { beforeEach, describe, expect, it } from "vitest";
import { readBackup } from "../../../../src-main/keys/backup";
import { passphraseProtector } from "../../../../src-main/keys/protector";
import { deviceCard } from "../../../../shared/identity/cards";
import { SyncService } from "../../../../src-main/services/sync-service";
import {
  entryFor,
  makeHub,
  makeInstall,
  type TestHub,
} from "../../../support/bundles/installs";
import type { Op, Stream } from "../../../../shared/sync/op";

const NOW = new Date("2026-11-23T10:00:00.000Z");
let hub: TestHub;
let sync: SyncService;
beforeEach(async () => {
  hub = await makeHub();
  sync = new SyncService(
    mkdtempSync(join(tmpdir(), "pd-sync-service-")),
    null,
    () => NOW,
    10,
  );
});

describe("the sync service", () => {
  it("asks for a passphrase where there is no keychain, and hands back a backup that opens", async () => {
    await expect(
      sync.createKeys(null, "backup passphrase"),
    ).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    const { status, backup } = await sync.createKeys(
      "install passphrase",
      "backup passphrase",
    );
    expect(status).toMatchObject({
      keys: "unlocked",
      keychainAvailable: false,
      hubCard: null,
      rosterVersion: null,
    });
    const restored = await readBackup(
      new Uint8Array(Buffer.from(backup.base64, "base64")),
      "backup passphrase",
    );
    expect(restored.publicKeys.deviceId).toBe(status.deviceId);
  });

  it("trusts a hub card only when the confirmed fingerprint matches, however it was typed", async () => {
    await expect(sync.trustHub(hub.card, "AAAA BBBB")).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
    });
    const typed = hub.card.fingerprint.toLowerCase().replaceAll(" ", "");
    expect((await sync.trustHub(hub.card, typed)).hubCard?.fingerprint).toBe(
      hub.card.fingerprint,
    );
  });

  it("keeps the hub identity from its passphrase file, sealed with the install's keys", async () => {
    await sync.createKeys("install passphrase", "backup passphrase");
    const encrypter = new Encrypter();
    encrypter.setPassphrase("hub identity passphrase");
    encrypter.setScryptWorkFactor(10);
    const file = {
      name: "hub.age",
      base64: Buffer.from(
        await encrypter.encrypt(`${hub.identity}\n`),
      ).toString("base64"),
    };
    await expect(sync.importHubIdentity(file, "wrong")).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    expect(
      (await sync.importHubIdentity(file, "hub identity passphrase"))
        .holdsHubIdentity,
    ).toBe(true);
  });
});

describe("the hub admin's install", () => {
  const text = (file: { base64: string }) =>
    Buffer.from(file.base64, "base64").toString("utf8");

  it("creates the hub, enrols a device by confirmed fingerprint, and sends it its roster slice", async () => {
    const admin = sync;
    await admin.createKeys("admin passphrase", "admin backup passphrase");
    const { status, files } = await admin.createHub(
      "https://hub.example.org",
      "hub identity passphrase",
    );
    expect(files.map((file) => file.name)).toEqual([
      "hub-card.json",
      "hub-identity.age",
      "hub-keys-backup.age",
    ]);
    expect(status).toMatchObject({
      rosterVersion: 1,
      holdsHubIdentity: true,
      enrolled: { role: "hub" },
    });
    expect(text(files[1] ?? { base64: "" })).not.toContain("AGE-SECRET-KEY");

    const field = new SyncService(
      mkdtempSync(join(tmpdir(), "pd-sync-field-")),
      null,
      () => NOW,
      10,
    );
    const fieldStatus = (
      await field.createKeys("field passphrase", "field backup passphrase")
    ).status;
    const hubCard: unknown = JSON.parse(text(files[0] ?? { base64: "" }));
    await field.trustHub(
      hubCard,
      (hubCard as { fingerprint: string }).fingerprint,
    );

    const card = fieldStatus.deviceCard;
    await expect(
      admin.enrolDevice(card, "WRONG", "field", ["ML"]),
    ).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    const enrolled = await admin.enrolDevice(
      card,
      card?.fingerprint ?? "",
      "field",
      ["ML"],
    );
    expect(enrolled.admin?.devices.map((device) => device.role).sort()).toEqual(
      ["field", "hub"],
    );

    const rosterFiles = admin.rosterFiles();
    const slice = rosterFiles.find((file) =>
      file.name.includes(fieldStatus.deviceId ?? "?"),
    );
    expect(slice).toBeDefined();
    const imported = await field.importRoster(text(slice ?? { base64: "" }));
    expect(imported).toMatchObject({
      rosterVersion: 2,
      enrolled: { role: "field", countries: ["ML"] },
    });

    const revoked = await admin.revokeDevice(fieldStatus.deviceId ?? "");
    expect(revoked.rosterVersion).toBe(3);
    expect(
      revoked.admin?.devices.find((device) => device.role === "field")?.revoked,
    ).toBe(true);

    // Only regional staff devices receive the names directory, in their own streams.
    expect(revoked.regionalDevices).toEqual([]);
    const regional = await makeInstall(hub);
    const regionalCard = regional.keys.card();
    const withRegional = await admin.enrolDevice(
      regionalCard,
      regionalCard.fingerprint,
      "regional",
      ["ML"],
    );
    expect(withRegional.regionalDevices).toEqual([regional.deviceId]);
    // Field partners (here none left unrevoked) receive meetings in their own streams.
    expect(withRegional.fieldDevices).toEqual([]);
    expect(enrolled.fieldDevices).toEqual([
      { deviceId: fieldStatus.deviceId, countries: ["ML"] },
    ]);
  });
});

describe("enrolling a device that replaces another", () => {
  it("is refused unless the roster lists the replaced id with the same role and countries", async () => {
    const admin = sync;
    await admin.createKeys("admin passphrase", "admin backup passphrase");
    await admin.createHub("https://hub.example.org", "hub identity passphrase");
    const [earlier, colleague, laptop] = await Promise.all([
      makeInstall(hub),
      makeInstall(hub),
      makeInstall(hub),
    ]);
    for (const [install, countries] of [
      [earlier, ["ML"]],
      [colleague, ["NE"]],
    ] as const) {
      const card = install.keys.card();
      await admin.enrolDevice(card, card.fingerprint, "field", [...countries]);
    }
    const own = laptop.keys.card();
    const claiming = (replaced: string) =>
      deviceCard(own.signingKey, own.recipient, [replaced]);
    for (const replaced of [colleague.deviceId, `pd${"0".repeat(32)}`]) {
      const card = claiming(replaced);
      await expect(
        admin.enrolDevice(card, card.fingerprint, "field", ["ML"]),
      ).rejects.toMatchObject({ code: "INVALID_ARGUMENT" });
    }
    const card = claiming(earlier.deviceId);
    const enrolled = await admin.enrolDevice(card, card.fingerprint, "field", [
      "ML",
    ]);
    expect(
      enrolled.admin?.devices.some(
        (device) => device.deviceId === laptop.deviceId,
      ),
    ).toBe(true);
  });
});

describe("restoring a backup on a new laptop", () => {
  it("gives a new linked device id that can open the old device's own bundles to rebuild", async () => {
    const roster = (entries: Parameters<TestHub["roster"]>[1]) =>
      hub.roster(1, entries);
    const old = sync;
    const created = await old.createKeys(
      "old laptop passphrase",
      "backup passphrase",
    );
    await old.trustHub(hub.card, hub.card.fingerprint);
    const oldCard = created.status.deviceCard;
    if (!oldCard) throw new Error("no card");
    await old.importRoster(
      roster([
        {
          card: oldCard,
          role: "field",
          countries: ["ML"],
          enrolledAt: NOW.toISOString(),
        },
      ]),
    );
    await old.seal("country:ML", [
      {
        kind: "tombstone",
        deviceId: oldCard.deviceId,
        stream: "country:ML",
        seq: 1,
        hlc: "1763892000000:000000",
        entity: "observation",
        entityId: "obs-1",
      },
    ]);
    const [sealed] = old.pendingFiles();

    const fresh = new SyncService(
      mkdtempSync(join(tmpdir(), "pd-sync-restored-")),
      null,
      () => NOW,
      10,
    );
    await expect(
      fresh.restore(
        created.backup,
        "wrong passphrase",
        "new laptop passphrase",
        "new backup passphrase",
      ),
    ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const restored = await fresh.restore(
      created.backup,
      "backup passphrase",
      "new laptop passphrase",
      "new backup passphrase",
    );
    expect(restored.status.deviceId).not.toBe(oldCard.deviceId);
    expect(restored.backup.base64).not.toBe(created.backup.base64);
    await fresh.trustHub(hub.card, hub.card.fingerprint);
    await fresh.importRoster(
      roster([
        {
          card: oldCard,
          role: "field",
          countries: ["ML"],
          enrolledAt: NOW.toISOString(),
        },
      ]),
    );
    const opened = await fresh.open(sealed ?? { name: "", base64: "" });
    expect(opened.ops.map((op) => op.entityId)).toEqual(["obs-1"]);
  });
});

describe("a fork", () => {
  /** A field install that sealed ML seq 1 and hub seq 1, then got a receipt showing a fork. */
  async function forkedField() {
    const field = sync;
    const created = await field.createKeys(
      "field passphrase",
      "backup passphrase",
    );
    const card = created.status.deviceCard;
    if (!card) throw new Error("no card");
    const old = card.deviceId;
    const hubStaff = await makeInstall(hub, { holdsHubIdentity: true });
    await field.trustHub(hub.card, hub.card.fingerprint);
    await field.importRoster(
      hub.roster(1, [
        {
          card,
          role: "field",
          countries: ["ML"],
          enrolledAt: NOW.toISOString(),
        },
        entryFor(hubStaff, "hub", []),
      ]),
    );
    const tombstone = (stream: Stream, seq: number): Op => ({
      kind: "tombstone",
      deviceId: old,
      stream,
      seq,
      hlc: "1763892000000:000000",
      entity: "observation",
      entityId: `obs-${stream}-${seq}`,
    });
    await field.seal("country:ML", [tombstone("country:ML", 1)]);
    await field.seal("hub", [tombstone("hub", 1)]);
    await expect(field.relink("new backup passphrase")).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
    });

    // The hub holds other content for ML seq 1 (this laptop was restored from an older copy).
    const receipt = hubStaff.bundles.issueReceipt(
      old,
      [
        {
          stream: "country:ML",
          seqFirst: 1,
          seqLast: 1,
          bodySha256: "2".repeat(64),
        },
      ],
      NOW,
    );
    const { status } = await field.acceptReceipt(receipt);
    expect(status.fork).toEqual({
      stream: "country:ML",
      seq: 1,
      detectedAt: NOW.toISOString(),
    });
    return { field, old, tombstone };
  }

  it("moves the install to a new linked device id that re-issues what never left", async () => {
    const { field, old, tombstone } = await forkedField();
    await expect(
      field.seal("country:ML", [tombstone("country:ML", 2)]),
    ).rejects.toMatchObject({ code: "SEQ_FORK" });

    await expect(field.relink("short")).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
    });
    const moved = await field.relink("new backup passphrase");
    expect(moved.status.deviceId).not.toBe(old);
    // Its new card names the id it replaces, for the admin to confirm.
    expect(moved.status.deviceCard?.replaces).toEqual([old]);
    expect(moved.status).toMatchObject({
      fork: null,
      relink: { from: old, reissueFrom: { "country:ML": 1, hub: 2 } },
      // The new id has sealed nothing; the old id's untouched hub range is still offered.
      nextSeq: {},
      pending: [{ stream: "hub", seqFirst: 1, seqLast: 1 }],
    });
    const backup = await readBackup(
      new Uint8Array(Buffer.from(moved.backup.base64, "base64")),
      "new backup passphrase",
    );
    expect(backup.publicKeys).toMatchObject({
      deviceId: moved.status.deviceId,
      previousDeviceIds: [old],
    });
    // Exports go on under the new id, from seq 1, in files of their own.
    const next = moved.status.deviceId ?? "";
    await field.seal("country:ML", [
      { ...tombstone("country:ML", 1), deviceId: next },
    ]);
    expect(field.pendingFiles().map((file) => file.name)).toHaveLength(2);
    await expect(field.relink("new backup passphrase")).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
    });
  });

  it("is made again, from the forked id, after a move interrupted once the new keys were written", async () => {
    const { field, old } = await forkedField();
    await field.keys.relink(passphraseProtector("field passphrase", 10), NOW);
    const interrupted = field.keys.public()?.deviceId;
    const moved = await field.relink("new backup passphrase");
    expect(moved.status.relink).toEqual({
      from: old,
      reissueFrom: { "country:ML": 1, hub: 2 },
    });
    expect(field.keys.public()?.previousDeviceIds).toEqual([interrupted, old]);
    expect(moved.status.pending).toEqual([
      { stream: "hub", seqFirst: 1, seqLast: 1, stored: false },
    ]);
  });
});
