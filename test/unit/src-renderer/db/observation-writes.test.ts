import { afterEach, describe, expect, it } from "vitest";
import { formatHlc } from "../../../../shared/sync/hlc";
import { opId } from "../../../../shared/sync/op";
import {
  addResponse,
  saveObservation,
} from "../../../../src-renderer/db/observation-writes";
import {
  NOW,
  after,
  allOps,
  deleteDatabases,
  newDatabase,
  opTablesSnapshot,
  record,
  setOf,
  storedDeviceId,
  summaryById,
} from "./support/observation-db";
import { observationById } from "../../../../src-renderer/db/observation-reads";

afterEach(deleteDatabases);

describe("saving observations as ops", () => {
  it("creates one set op, seq 1 in the country stream, and its row and summary", async () => {
    const db = newDatabase();
    expect(await saveObservation(db, "obs-1", record, NOW)).toBe(true);

    const deviceId = await storedDeviceId(db);
    expect(deviceId).toMatch(/^local-/);
    const ops = await allOps(db);
    expect(ops).toHaveLength(1);
    const [op] = ops;
    expect(op).toMatchObject({
      kind: "set",
      deviceId,
      stream: "country:ML",
      seq: 1,
      entity: "observation",
      entityId: "obs-1",
      hlc: formatHlc({ ms: NOW.getTime(), counter: 0 }),
    });
    const set = setOf(op);
    // A new record writes every field that has a value; empty ones (displaced unknown, no
    // suggested action) are simply absent.
    const filled = Object.entries(record)
      .filter(([, value]) => value !== null && value !== "")
      .map(([field]) => field);
    expect(Object.keys(set).sort()).toEqual([...filled, "reportedAt"].sort());
    expect(set.reportedAt).toEqual({ value: NOW.toISOString(), prev: [] });
    expect(set.title).toEqual({ value: record.title, prev: [] });

    expect(await observationById(db, "obs-1")).toMatchObject({
      ...Object.fromEntries(
        filled.map((field) => [field, record[field as keyof typeof record]]),
      ),
      id: "obs-1",
      reportedAt: NOW.toISOString(),
      conflicts: [],
    });
    expect(await summaryById(db, "obs-1")).toEqual({
      id: "obs-1",
      observedAt: "2026-11-20",
      country: "ML",
      category: "armed-groups",
      indicators: ["armed-groups.clashes"],
      severity: 3,
      trend: "escalating",
      status: "draft",
      sensitivity: "restricted",
      title: record.title,
      updatedHlc: op?.hlc,
      hasConflict: false,
    });
    expect(await db.streams.toArray()).toEqual([
      { stream: "country:ML", lastSeq: 1 },
    ]);
  });

  it("writes only the changed field, naming the op it replaces", async () => {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    expect(
      await saveObservation(db, "obs-1", { ...record, severity: 5 }, after(1)),
    ).toBe(true);

    const [first, second] = await allOps(db);
    expect(second).toMatchObject({ stream: "country:ML", seq: 2 });
    expect(setOf(second)).toEqual({
      severity: { value: 5, prev: [first ? opId(first) : ""] },
    });
    expect(first && second && second.hlc > first.hlc).toBe(true);
    expect((await observationById(db, "obs-1"))?.severity).toBe(5);
    expect((await summaryById(db, "obs-1"))?.severity).toBe(5);
  });

  it("writes no op when nothing changed", async () => {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    const before = await opTablesSnapshot(db);
    expect(await saveObservation(db, "obs-1", { ...record }, after(1))).toBe(
      false,
    );
    // The form sends empty inputs as absent, null or "": all mean "no value", not a change.
    expect(
      await saveObservation(
        db,
        "obs-1",
        { ...record, displaced: null, suggestedAction: "" },
        after(2),
      ),
    ).toBe(false);
    expect(await opTablesSnapshot(db)).toEqual(before);
  });

  it("clears a field the form left empty, with a null write naming what it replaces", async () => {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    const { title: _title, ...withoutTitle } = record;
    expect(await saveObservation(db, "obs-1", withoutTitle, after(1))).toBe(
      true,
    );
    const [first, second] = await allOps(db);
    expect(setOf(second)).toEqual({
      title: { value: null, prev: [first ? opId(first) : ""] },
    });
    expect((await observationById(db, "obs-1"))?.title).toBeUndefined();
  });

  it("gives a new audience the whole record when the sensitivity changes", async () => {
    const db = newDatabase();
    await saveObservation(
      db,
      "obs-1",
      { ...record, sensitivity: "confidential" },
      NOW,
    );
    await saveObservation(
      db,
      "obs-1",
      { ...record, sensitivity: "restricted" },
      after(1),
    );
    const moved = (await allOps(db)).find((op) => op.stream === "country:ML");
    expect(moved).toMatchObject({ stream: "country:ML", seq: 1 });
    expect(Object.keys(setOf(moved))).toEqual(
      expect.arrayContaining([
        "title",
        "description",
        "country",
        "sensitivity",
      ]),
    );
  });

  it("puts confidential observations in the hub stream and counts seqs per stream, without gaps", async () => {
    const db = newDatabase();
    const confidential = { ...record, sensitivity: "confidential" } as const;
    await saveObservation(db, "obs-ml", record, NOW);
    await saveObservation(db, "obs-hub", confidential, after(1));
    await saveObservation(db, "obs-ml", { ...record, severity: 4 }, after(2));
    await saveObservation(
      db,
      "obs-hub",
      { ...confidential, severity: 4 },
      after(3),
    );
    await saveObservation(
      db,
      "obs-ne",
      { ...record, country: "NE", sensitivity: "public" },
      after(4),
    );
    await addResponse(
      db,
      {
        observationId: "obs-hub",
        at: after(5).toISOString(),
        action: "Informed the hub focal point.",
        actorType: "focal point",
      },
      after(5),
    );

    const ops = await allOps(db);
    const deviceId = await storedDeviceId(db);
    expect(ops.map((op) => [op.stream, op.seq, op.entityId])).toEqual([
      ["country:ML", 1, "obs-ml"],
      ["country:ML", 2, "obs-ml"],
      ["country:NE", 1, "obs-ne"],
      ["hub", 1, "obs-hub"],
      ["hub", 2, "obs-hub"],
      ["hub", 3, expect.any(String)],
    ]);
    expect(new Set(ops.map((op) => op.deviceId))).toEqual(new Set([deviceId]));
    expect(await db.streams.orderBy("stream").toArray()).toEqual([
      { stream: "country:ML", lastSeq: 2 },
      { stream: "country:NE", lastSeq: 1 },
      { stream: "hub", lastSeq: 3 },
    ]);
    // Every op's clock reading is later than the one before it.
    const readings = ops.map((op) => op.hlc).sort();
    expect(new Set(readings).size).toBe(readings.length);
  });

  it("deletes the draft row in the same transaction as the save", async () => {
    const db = newDatabase();
    const draft = {
      id: "new",
      observationId: "obs-1",
      values: { title: record.title },
      updatedAt: NOW.toISOString(),
    };
    await db.drafts.put(draft);
    await saveObservation(db, "obs-1", record, NOW, "new");
    expect(await db.drafts.get("new")).toBeUndefined();

    // A save that fails keeps the draft: nothing typed is lost, and no seq is used.
    await db.drafts.put({ ...draft, id: "obs-1" });
    const before = await opTablesSnapshot(db);
    db.opPacks.hook("creating", () => {
      throw new Error("The disk is full.");
    });
    await expect(
      saveObservation(
        db,
        "obs-1",
        { ...record, severity: 5 },
        after(1),
        "obs-1",
      ),
    ).rejects.toThrow();
    expect(await db.drafts.get("obs-1")).toEqual({ ...draft, id: "obs-1" });
    expect(await opTablesSnapshot(db)).toEqual(before);
  });

  it("deletes the draft even when the save changes nothing", async () => {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    await db.drafts.put({
      id: "obs-1",
      observationId: "obs-1",
      values: { title: record.title },
      updatedAt: NOW.toISOString(),
    });
    expect(await saveObservation(db, "obs-1", record, after(1), "obs-1")).toBe(
      false,
    );
    expect(await db.drafts.count()).toBe(0);
    expect((await allOps(db)).length).toBe(1);
  });
});

describe("local-only data", () => {
  const source = {
    observationId: "obs-1",
    name: "Aïssata Traoré",
    contact: "+223 76 12 34 56",
    notes: "Met her behind the Sévaré mosque after Friday prayers",
  };
  const draftOnly = "Half-typed sentence that was never saved qzx";

  it("never reaches an op, nor anything materialised from ops", async () => {
    const db = newDatabase();
    await db.drafts.put({
      id: "new",
      observationId: "obs-1",
      values: {
        title: draftOnly,
        sourceName: source.name,
        sourceContact: source.contact,
        sourceNotes: source.notes,
      },
      updatedAt: NOW.toISOString(),
    });
    await db.sources.put(source);
    await saveObservation(db, "obs-1", record, NOW, "new");
    await saveObservation(db, "obs-1", { ...record, severity: 4 }, after(1));
    await addResponse(
      db,
      {
        observationId: "obs-1",
        at: after(2).toISOString(),
        action: "Called the focal point.",
        actorType: "focal point",
      },
      after(2),
    );
    expect(await db.sources.get("obs-1")).toEqual(source);

    const ops = await allOps(db);
    expect(ops).toHaveLength(3);
    const shared = JSON.stringify(await opTablesSnapshot(db));
    expect(shared).toContain(record.title);
    for (const secret of [
      source.name,
      source.contact,
      source.notes,
      draftOnly,
      "Traoré",
      "76 12 34 56",
      "mosque",
      "qzx",
    ]) {
      for (const op of ops) expect(JSON.stringify(op)).not.toContain(secret);
      expect(shared).not.toContain(secret);
    }
  });

  it("takes no seq and writes no op", async () => {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    const before = await opTablesSnapshot(db);
    await db.sources.put(source);
    await db.sources.put({ ...source, notes: "Changed notes" });
    await db.drafts.put({
      id: "obs-1",
      observationId: "obs-1",
      values: { title: draftOnly },
      updatedAt: NOW.toISOString(),
    });
    await db.sources.delete("obs-1");
    await db.drafts.delete("obs-1");
    expect(await opTablesSnapshot(db)).toEqual(before);
    expect(await db.streams.toArray()).toEqual([
      { stream: "country:ML", lastSeq: 1 },
    ]);
  });
});
