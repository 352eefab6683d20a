import { afterEach, describe, expect, it } from "vitest";
import { allOps } from "../../../../src-renderer/db/op-packs";
import {
  beginLocalWrite,
  commitLocalWrite,
  opTables,
} from "../../../../src-renderer/db/op-log";
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
