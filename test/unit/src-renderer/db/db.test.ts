import Dexie from "dexie";
import { describe, expect, it, vi } from "vitest";
import {
  DeskDatabase,
  LATEST_VERSION,
  SCHEMA_VERSIONS,
  recordFirstOpen,
} from "../../../../src-renderer/db/db";

let counter = 0;
const uniqueName = () => `pd-test-${++counter}-${Date.now()}`;

describe("Dexie database", () => {
  it("declares its versions in increasing order, latest last", () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(LATEST_VERSION).toBe(versions.at(-1));
  });

  it.each(SCHEMA_VERSIONS.map((v) => v.version))(
    "upgrades a database created at version %i to the latest without losing data",
    async (version) => {
      const name = uniqueName();
      const old = new DeskDatabase({ name, upToVersion: version });
      await old.meta.put({
        key: "firstOpenedAt",
        value: "2026-01-02T03:04:05.000Z",
      });
      old.close();
      const current = new DeskDatabase({ name });
      await current.open();
      expect(current.verno).toBe(LATEST_VERSION);
      expect(await recordFirstOpen(current, new Date())).toBe(
        "2026-01-02T03:04:05.000Z",
      );
      current.close();
    },
  );

  it("records the first opening once", async () => {
    const db = new DeskDatabase({ name: uniqueName() });
    expect(await recordFirstOpen(db, new Date("2026-11-23T10:00:00Z"))).toBe(
      "2026-11-23T10:00:00.000Z",
    );
    expect(await recordFirstOpen(db, new Date("2027-01-01T00:00:00Z"))).toBe(
      "2026-11-23T10:00:00.000Z",
    );
    db.close();
  });

  it("steps aside when a newer version of the app wants to upgrade the database", async () => {
    const name = uniqueName();
    const onVersionChange = vi.fn();
    const db = new DeskDatabase({ name, onVersionChange });
    await db.open();
    const newer = new Dexie(name);
    newer.version(LATEST_VERSION + 1).stores({ meta: "key", later: "id" });
    await newer.open();
    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(db.isOpen()).toBe(false);
    newer.close();
  });
});
