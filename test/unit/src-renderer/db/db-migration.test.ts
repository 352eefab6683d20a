import { afterEach, describe, expect, it } from "vitest";
import {
  DeskDatabase,
  LATEST_VERSION,
  SCHEMA_VERSIONS,
} from "../../../../src-renderer/db/db";
import { localDeviceId } from "../../../../src-renderer/db/op-log";
import { saveObservation } from "../../../../src-renderer/db/observation-writes";

const databases: DeskDatabase[] = [];
function database(name: string, upToVersion?: number): DeskDatabase {
  const db = new DeskDatabase(
    upToVersion === undefined ? { name } : { name, upToVersion },
  );
  databases.push(db);
  return db;
}
const uniqueName = () => `pd-migration-${crypto.randomUUID()}`;
afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

const version2Tables = Object.keys(
  SCHEMA_VERSIONS.find((entry) => entry.version === 2)?.stores ?? {},
);

describe("upgrading a version 1 database", () => {
  it("declares the op-log tables in version 2", () => {
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(2);
    expect(version2Tables.sort()).toEqual(
      [
        "attachments",
        "blobs",
        "drafts",
        "entityStates",
        "observationSummaries",
        "observations",
        "ops",
        "responseLog",
        "searchTexts",
        "sources",
        "streams",
      ].sort(),
    );
  });

  it("keeps the meta rows, gives the device an id, and adds every table empty", async () => {
    const name = uniqueName();
    const old = database(name, 1);
    await old.meta.put({ key: "firstOpenedAt", value: "2026-01-02T03:04:05Z" });
    expect(old.verno).toBe(1);
    expect(old.tables.map((table) => table.name)).toEqual(["meta"]);
    old.close();

    const current = database(name);
    await current.open();
    expect(current.verno).toBe(LATEST_VERSION);
    expect(await current.meta.get("firstOpenedAt")).toEqual({
      key: "firstOpenedAt",
      value: "2026-01-02T03:04:05Z",
    });
    const deviceId = await current.meta.get("deviceId");
    expect(deviceId?.value).toMatch(/^local-[0-9a-f-]{36}$/);
    expect(await current.meta.count()).toBe(2);

    const names = current.tables.map((table) => table.name);
    for (const table of version2Tables) {
      expect(names).toContain(table);
      expect(await current.table(table).count(), table).toBe(0);
    }
    // The id made by the upgrade is the one every op will carry.
    expect(await localDeviceId(current)).toBe(deviceId?.value);
  });

  it("keeps a device id that version 1 already had", async () => {
    const name = uniqueName();
    const old = database(name, 1);
    await old.meta.put({ key: "deviceId", value: "local-earlier" });
    old.close();

    const current = database(name);
    await current.open();
    expect(await current.meta.toArray()).toEqual([
      { key: "deviceId", value: "local-earlier" },
    ]);
  });

  it("can write ops straight after the upgrade", async () => {
    const name = uniqueName();
    const old = database(name, 1);
    await old.meta.put({ key: "firstOpenedAt", value: "2026-01-02T03:04:05Z" });
    old.close();

    const current = database(name);
    await saveObservation(
      current,
      "obs-1",
      { country: "ML", sensitivity: "public", title: "First after upgrade" },
      new Date("2026-11-23T10:00:00Z"),
    );
    const deviceId = (await current.meta.get("deviceId"))?.value;
    expect(await current.ops.toArray()).toMatchObject([
      { deviceId, stream: "country:ML", seq: 1 },
    ]);
    expect(await current.observations.count()).toBe(1);
  });
});
