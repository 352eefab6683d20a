import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Encrypter } from "age-encryption";
import { beforeEach, describe, expect, it } from "vitest";
import { readBackup } from "../../../../src-main/keys/backup";
import { SyncService } from "../../../../src-main/services/sync-service";
import { makeHub, type TestHub } from "../../../support/bundles/installs";

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
