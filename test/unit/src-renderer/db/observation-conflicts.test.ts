import { afterEach, describe, expect, it } from "vitest";
import { opId, opSchema } from "../../../../shared/sync/op";
import { entityHistory } from "../../../../src-renderer/db/observation-reads";
import {
  addAttachment,
  addResponse,
  deleteObservation,
  resolveField,
  saveObservation,
} from "../../../../src-renderer/db/observation-writes";
import {
  NOW,
  after,
  allOps,
  applyInTransaction,
  deleteDatabases,
  newDatabase,
  opTablesSnapshot,
  record,
  remoteSet,
  searchObservationIds,
  setOf,
  summaryById,
} from "./support/observation-db";
import {
  observationById,
  observationSummaries,
} from "../../../../src-renderer/db/observation-reads";

afterEach(deleteDatabases);

describe("applying ops", () => {
  async function filledDatabase() {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    await saveObservation(db, "obs-1", { ...record, severity: 5 }, after(1));
    await saveObservation(
      db,
      "obs-2",
      { ...record, sensitivity: "confidential", title: "Second" },
      after(2),
    );
    await addResponse(
      db,
      {
        observationId: "obs-1",
        at: after(3).toISOString(),
        action: "Called the focal point.",
        actorType: "focal point",
      },
      after(3),
    );
    await addAttachment(
      db,
      {
        observationId: "obs-1",
        sha256: "ab".repeat(32),
        type: "text/plain",
        size: 5,
        name: "note.txt",
      },
      new Blob(["hello"], { type: "text/plain" }),
      after(4),
    );
    await saveObservation(db, "obs-3", { ...record, title: "Third" }, after(5));
    await deleteObservation(db, "obs-3", after(6));
    return db;
  }

  it("changes nothing when the same ops are applied again", async () => {
    const db = await filledDatabase();
    const before = await opTablesSnapshot(db);
    const ops = await allOps(db);
    expect(ops).toHaveLength(7);
    expect(await applyInTransaction(db, ops)).toEqual([]);
    expect(await applyInTransaction(db, [...ops].reverse())).toEqual([]);
    expect(await opTablesSnapshot(db)).toEqual(before);
  });

  it("builds the same rows on another device from the same ops, in any order, duplicated", async () => {
    const db = await filledDatabase();
    // As they arrive elsewhere: parsed at the border.
    const ops = (await allOps(db)).map((row) => opSchema.parse(row));
    const other = newDatabase();
    const applied = await applyInTransaction(other, [
      ...[...ops].reverse(),
      ...ops,
    ]);
    expect(applied).toHaveLength(ops.length);
    expect(await applyInTransaction(other, ops)).toEqual([]);
    const mine = await opTablesSnapshot(db);
    const theirs = await opTablesSnapshot(other);
    // (The op packs differ: this device wrote its ops one save at a time.)
    for (const table of [
      "entityStates",
      "summaryPacks",
      "textPacks",
      "responseLog",
      "attachments",
    ]) {
      const byId = (rows: unknown[]) =>
        [...rows].sort((a, b) =>
          JSON.stringify(a).localeCompare(JSON.stringify(b)),
        );
      expect(byId(theirs[table] ?? []), table).toEqual(byId(mine[table] ?? []));
    }
    expect(await observationById(other, "obs-3")).toBeUndefined();
  });

  it("flags two devices' concurrent edits of one field, and a resolution clears the flag", async () => {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    const [first] = await allOps(db);
    const seen = [first ? opId(first) : ""];
    const fromA = remoteSet("dev-a", 1, 5_000, "obs-1", {
      title: { value: "Title from A", prev: seen },
    });
    const fromB = remoteSet("dev-b", 1, 6_000, "obs-1", {
      title: { value: "Title from B", prev: seen },
      severity: { value: 4, prev: seen },
    });
    expect(await applyInTransaction(db, [fromA, fromB])).toHaveLength(2);

    const row = await observationById(db, "obs-1");
    expect(row?.conflicts).toEqual(["title"]);
    expect(row?.title).toBe("Title from B"); // the later clock reading shows
    expect(row?.severity).toBe(4);
    expect((await summaryById(db, "obs-1"))?.hasConflict).toBe(true);

    // The same ops in the other order, on another device, flag the same field.
    const other = newDatabase();
    await applyInTransaction(other, [fromB, fromA, ...(await allOps(db))]);
    expect((await observationById(other, "obs-1"))?.conflicts).toEqual([
      "title",
    ]);

    await resolveField(db, "obs-1", "title", after(10));
    const resolution = (await allOps(db)).at(-1);
    expect(resolution).toMatchObject({ stream: "country:ML", seq: 2 });
    expect(setOf(resolution)).toEqual({
      title: {
        value: "Title from B",
        prev: [opId(fromA), opId(fromB)].sort(),
      },
    });
    const resolved = await observationById(db, "obs-1");
    expect(resolved?.conflicts).toEqual([]);
    expect(resolved?.title).toBe("Title from B");
    expect((await summaryById(db, "obs-1"))?.hasConflict).toBe(false);
  });

  it("does not flag concurrent edits of different fields", async () => {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    const [first] = await allOps(db);
    const seen = [first ? opId(first) : ""];
    await applyInTransaction(db, [
      remoteSet("dev-a", 1, 5_000, "obs-1", {
        title: { value: "Title from A", prev: seen },
      }),
      remoteSet("dev-b", 1, 6_000, "obs-1", {
        severity: { value: 1, prev: seen },
      }),
    ]);
    expect(await observationById(db, "obs-1")).toMatchObject({
      title: "Title from A",
      severity: 1,
      conflicts: [],
    });
  });
});

describe("deleting observations", () => {
  it("writes a tombstone, removes the row and summary, and keeps the history", async () => {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    await saveObservation(db, "obs-1", { ...record, severity: 5 }, after(1));
    await saveObservation(db, "obs-2", { ...record, title: "Kept" }, after(2));

    await deleteObservation(db, "obs-1", after(3));
    const ops = await allOps(db);
    expect(ops).toHaveLength(4);
    expect(ops.at(-1)).toMatchObject({
      kind: "tombstone",
      stream: "country:ML",
      seq: 4,
      entity: "observation",
      entityId: "obs-1",
    });
    expect(await observationById(db, "obs-1")).toBeUndefined();
    expect(await summaryById(db, "obs-1")).toBeUndefined();
    expect(await observationById(db, "obs-2")).toBeDefined();
    expect(await observationSummaries(db)).toHaveLength(1);
    expect(
      (await entityHistory(db, "observation", "obs-1")).map((op) => [
        op.kind,
        op.seq,
      ]),
    ).toEqual([
      ["set", 1],
      ["set", 2],
      ["tombstone", 4],
    ]);
    expect(await searchObservationIds(db, "securite")).toEqual(new Set());
    expect(await searchObservationIds(db, "kept")).toEqual(new Set(["obs-2"]));
  });

  it("writes nothing for an observation that was never saved", async () => {
    const db = newDatabase();
    await deleteObservation(db, "missing", NOW);
    expect((await allOps(db)).length).toBe(0);
    expect(await db.streams.count()).toBe(0);
  });
});
