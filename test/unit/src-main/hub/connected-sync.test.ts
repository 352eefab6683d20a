import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS } from "../../../support/hub/backends";
import {
  startHubService,
  type RunningHub,
} from "../../../support/hub/hub-service";
import {
  adminInstall,
  connectedInstall,
  enrolWithCode,
  sealCorpus,
  type ConnectedInstall,
} from "../../../support/hub/connected-installs";

const [pglite] = BACKENDS;
if (pglite === undefined) throw new Error("no backend");

describe("connected sync between installs, over real HTTP", () => {
  let running: RunningHub;
  let admin: ConnectedInstall;
  let field: ConnectedInstall;

  beforeAll(async () => {
    running = await startHubService(pglite);
    admin = await adminInstall(running);
    field = await connectedInstall();
  }, 60_000);
  afterAll(async () => {
    await running.close();
  });

  it("shows the hub, role and countries a code joins before it is used", async () => {
    const { text } = await admin.hub.createCode("field", ["ML"], 7);
    expect(field.hub.preview(text)).toEqual({
      hubUrl: running.url,
      hubFingerprint: admin.sync.store.hubCard()?.fingerprint,
      role: "field",
      countries: ["ML"],
      expiresAt: expect.any(String) as unknown,
    });
    expect(() => field.hub.preview(`${text.slice(0, -4)}AAAA`)).toThrow(
      expect.objectContaining({ code: "ENROL_CODE_INVALID" }),
    );
  });

  it("enrols a field device with a code: queued, then confirmed by the admin into the roster", async () => {
    const { text } = await admin.hub.createCode("field", ["ML"], 7);
    // Until the admin's install sends the token's hash, the service does not know it.
    await expect(field.hub.enrol(text)).rejects.toMatchObject({
      code: "ENROL_TOKEN_UNKNOWN",
    });
    expect(field.hub.status().connection).toBe("none");
    await admin.hub.push();
    expect(await field.hub.enrol(text)).toMatchObject({ connection: "queued" });
    expect(field.enrolled).toEqual({ role: "field", countries: ["ML"] });
    // Waiting, it asks only for its roster: no error, still queued.
    expect(await field.hub.pull()).toMatchObject({
      connection: "queued",
      lastError: null,
    });
    await sealCorpus(field, 2, 7);
    await expect(field.hub.push()).rejects.toMatchObject({
      code: "DEVICE_QUEUED",
    });
    expect(field.hub.status().lastError?.code).toBe("DEVICE_QUEUED");

    expect(await admin.hub.confirm()).toMatchObject({
      confirmed: 1,
      unknown: 0,
    });
    expect((await field.hub.pull()).connection).toBe("enrolled");
    expect(field.hub.status().lastError).toBeNull();
    expect((await field.sync.status()).enrolled).toEqual({
      role: "field",
      countries: ["ML"],
    });
  });

  it("sends sealed ranges once; the hub pulls and imports them, and its receipts reach the field device", async () => {
    await sealCorpus(field, 30);
    const pending = field.hub.status().toSend;
    expect(pending).toBeGreaterThan(0);
    expect((await field.hub.push()).toSend).toBe(0);
    // Nothing new: a second push sends nothing again.
    const stored = await running.db.query("SELECT id FROM items");
    await field.hub.push();
    expect(await running.db.query("SELECT id FROM items")).toEqual(stored);

    const pulled = await admin.hub.pull();
    expect(pulled.toImport).toHaveLength(pending);
    for (const name of pulled.toImport) {
      const opened = await admin.hub.openInbox(name);
      expect(opened.deviceId).toBe(field.sync.keys.public()?.deviceId);
      expect(opened.ops.length).toBeGreaterThan(0);
      await admin.hub.imported(name, true);
    }
    expect(admin.hub.status()).toMatchObject({ toImport: [], toSend: 0 });

    await field.hub.pull();
    expect((await field.sync.status()).pending).toEqual([]);
  });

  it("gives regional staff the bundles of their country, and relays a bundle that reached the hub by USB", async () => {
    const regional = await connectedInstall();
    await enrolWithCode(admin, regional, "regional", ["ML"]);
    // The field device learns of its country's regional staff from its next roster slice.
    await field.hub.pull();
    await sealCorpus(field, 5, 11, "country:ML");
    await field.hub.push();
    const { toImport } = await regional.hub.pull();
    expect(toImport.length).toBeGreaterThan(0);
    const opened = await regional.hub.openInbox(toImport[0] ?? "");
    expect(opened.deviceId).toBe(field.sync.keys.public()?.deviceId);
    await regional.hub.imported(toImport[0] ?? "", true);
    // A regional install issues no receipts: only hub staff do.
    expect(regional.hub.status().toSend).toBe(0);

    // A bundle carried by USB: the hub relays it, and the receipt goes back through the service.
    const usb = await connectedInstall();
    await enrolWithCode(admin, usb, "field", ["ML"]);
    await sealCorpus(usb, 3, 12);
    const files = usb.sync.pendingFiles();
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) await admin.hub.relay(file);
    expect(admin.hub.status().toSend).toBe(0);
    await usb.hub.pull();
    expect((await usb.sync.status()).pending).toEqual([]);
  });

  it("a device the service blocked is refused at once, in plain words, and the next roster revokes it", async () => {
    const other = await connectedInstall();
    await enrolWithCode(admin, other, "field", ["NE"]);
    const otherId = other.sync.keys.public()?.deviceId ?? "";
    await running.db.query(
      "UPDATE devices SET status = 'blocked', blocked_at = now() WHERE device_id = $1",
      [otherId],
    );
    await sealCorpus(other, 3);
    await expect(other.hub.push()).rejects.toMatchObject({
      code: "DEVICE_BLOCKED",
    });
    expect(other.hub.status()).toMatchObject({
      connection: "revoked",
      revokedAt: expect.any(String) as unknown,
    });
    expect(await admin.hub.confirm()).toMatchObject({ revoked: 1 });
    const roster = admin.sync.store.roster();
    expect(
      roster?.devices.find((entry) => entry.card.deviceId === otherId)?.revoked,
    ).toBeDefined();
  });
});
