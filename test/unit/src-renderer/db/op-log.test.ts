import { afterEach, describe, expect, it } from "vitest";
import { allOps } from "../../../../src-renderer/db/op-packs";
import {
  beginLocalWrite,
  commitLocalWrite,
  importOps,
  opTables,
} from "../../../../src-renderer/db/op-log";
import { entityState } from "../../../../src-renderer/db/entity-states";
import { formatHlc } from "../../../../shared/sync/hlc";
import { opId, type Op } from "../../../../shared/sync/op";
import {
  NOW,
  deleteDatabases,
  newDatabase,
  summaryById,
} from "./support/observation-db";

afterEach(deleteDatabases);

describe("local op writes", () => {
  const change = {
    stream: "country:ML",
    entity: "observation",
    entityId: "obs-1",
    set: { title: "Sévaré" },
  } as const;

  it("write the op, its state and its summary together, inside the caller's transaction", async () => {
    const db = newDatabase();
    const op = await db.transaction("rw", opTables(db), async () => {
      const write = await beginLocalWrite(db, "observation", "obs-1");
      return commitLocalWrite(db, write, change, NOW.getTime());
    });
    expect(op).toMatchObject({ seq: 1, set: { title: { prev: [] } } });
    expect((await allOps(db)).length).toBe(1);
    expect(await db.streams.get("country:ML")).toEqual({
      stream: "country:ML",
      lastSeq: 1,
    });
    expect(await summaryById(db, "obs-1")).toMatchObject({
      title: "Sévaré",
    });
  });

  it("refuse to write outside a transaction, so nothing lands piecemeal", async () => {
    const db = newDatabase();
    const write = await beginLocalWrite(db, "observation", "obs-1");
    await expect(
      commitLocalWrite(db, write, change, NOW.getTime()),
    ).rejects.toThrow("inside a transaction");
    for (const table of opTables(db))
      expect(await table.count(), table.name).toBe(0);
  });
});

describe("received ops", () => {
  const entry = (deviceId: string, action: string): Op => ({
    kind: "set",
    deviceId,
    stream: "country:ML",
    seq: 1,
    hlc: formatHlc({ ms: NOW.getTime(), counter: 0 }),
    entity: "responseLogEntry",
    entityId: "r-1",
    set: {
      observationId: { value: "obs-1", prev: [] },
      action: { value: action, prev: [] },
    },
  });
  const first = entry("dev-a", "Called the prefect");
  const second = entry("dev-b", "Visited the market");

  it("merge an entry presumed new into one already here under the same id, as in one batch", async () => {
    const db = newDatabase();
    const created = await importOps(db, [first], NOW.getTime());
    expect(created.before.size).toBe(0);
    // Its seq is not held here, so the entry is not read first: found when it is added.
    const merged = await importOps(db, [second], NOW.getTime());
    expect(merged.applied).toEqual([second]);
    expect(merged.before.get("responseLogEntry/r-1")?.opIds).toEqual([
      opId(first),
    ]);

    const together = newDatabase();
    await importOps(together, [second, first], NOW.getTime());
    const state = await entityState(db, "responseLogEntry", "r-1");
    expect(state).toEqual(
      await entityState(together, "responseLogEntry", "r-1"),
    );
    expect(state?.opIds).toHaveLength(2);
    expect(state?.anomalies).toHaveLength(1);
    expect(await db.responseLog.count()).toBe(1);
    expect(await allOps(db)).toHaveLength(2);
  });
});
