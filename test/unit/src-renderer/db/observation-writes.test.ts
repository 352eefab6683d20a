import { afterEach, describe, expect, it } from "vitest";
import type { ObservationValues } from "../../../../shared/domain/observation";
import { formatHlc } from "../../../../shared/sync/hlc";
import {
  opId,
  opSchema,
  type Op,
  type SetOp,
} from "../../../../shared/sync/op";
import { DeskDatabase } from "../../../../src-renderer/db/db";
import {
  applyOpsInTransaction,
  localDeviceId,
  opTables,
} from "../../../../src-renderer/db/op-log";
import { entityHistory } from "../../../../src-renderer/db/observation-reads";
import { SearchIndex } from "../../../../src-renderer/db/search-index";
import {
  addAttachment,
  addResponse,
  deleteObservation,
  resolveField,
  saveObservation,
} from "../../../../src-renderer/db/observation-writes";
import type { OpRow } from "../../../../src-renderer/db/rows";

const NOW = new Date("2026-11-23T10:00:00.000Z");
const after = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

const databases: DeskDatabase[] = [];
function newDatabase(): DeskDatabase {
  const db = new DeskDatabase({
    name: `pd-observation-writes-${crypto.randomUUID()}`,
  });
  databases.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

/** A draft observation in Mali, restricted: its ops travel in `country:ML`. */
const record: ObservationValues = {
  status: "draft",
  observedAt: "2026-11-20",
  timePrecision: "day",
  country: "ML",
  adminArea: "Mopti",
  locality: "Sévaré",
  coordinates: { lat: 14.53, lon: -4.1 },
  geoPrecision: "locality",
  category: "armed-groups",
  indicators: ["armed-groups.clashes"],
  title: "Sécurité du marché de Sévaré",
  description: "Two armed groups clashed near the cattle market at dawn.",
  severity: 3,
  trend: "escalating",
  timeframe: "days",
  likelihood: 4,
  actors: ["armed group"],
  affectedGroups: ["herders"],
  casualties: 2,
  displaced: null,
  sensitivity: "restricted",
  tags: ["market"],
  suggestedAction: "",
};

function setOf(op: Op | undefined): SetOp["set"] {
  if (op?.kind !== "set")
    throw new Error(`Expected a set op, got ${op?.kind}.`);
  return op.set;
}

/** Ops ordered by stream and seq, as they were made. */
async function allOps(db: DeskDatabase): Promise<OpRow[]> {
  const ops = await db.ops.toArray();
  return ops.sort((a, b) => a.stream.localeCompare(b.stream) || a.seq - b.seq);
}

/** Every table an op write touches, as plain data, to compare before and after. */
async function opTablesSnapshot(db: DeskDatabase) {
  const tables = await Promise.all(
    opTables(db).map(async (table) => [table.name, await table.toArray()]),
  );
  return Object.fromEntries(tables) as Record<string, unknown[]>;
}

/** The op a device other than this one made. */
function remoteSet(
  deviceId: string,
  seq: number,
  offsetMs: number,
  entityId: string,
  set: SetOp["set"],
): SetOp {
  return {
    kind: "set",
    deviceId,
    stream: "country:ML",
    seq,
    hlc: formatHlc({ ms: NOW.getTime() + offsetMs, counter: 0 }),
    entity: "observation",
    entityId,
    set,
  };
}

async function applyInTransaction(db: DeskDatabase, ops: readonly Op[]) {
  return db.transaction("rw", opTables(db), () =>
    applyOpsInTransaction(db, ops),
  );
}

describe("saving observations as ops", () => {
  it("creates one set op, seq 1 in the country stream, and its row and summary", async () => {
    const db = newDatabase();
    expect(await saveObservation(db, "obs-1", record, NOW)).toBe(true);

    const deviceId = await localDeviceId(db);
    expect(deviceId).toMatch(/^local-/);
    const ops = await allOps(db);
    expect(ops).toHaveLength(1);
    const [op] = ops;
    expect(op).toMatchObject({
      id: `${deviceId}/country:ML/1`,
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

    expect(await db.observations.get("obs-1")).toMatchObject({
      ...Object.fromEntries(
        filled.map((field) => [field, record[field as keyof typeof record]]),
      ),
      id: "obs-1",
      reportedAt: NOW.toISOString(),
      conflicts: [],
    });
    expect(await db.observationSummaries.get("obs-1")).toEqual({
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
      severity: { value: 5, prev: [first?.id] },
    });
    expect(first && second && second.hlc > first.hlc).toBe(true);
    expect((await db.observations.get("obs-1"))?.severity).toBe(5);
    expect((await db.observationSummaries.get("obs-1"))?.severity).toBe(5);
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
      title: { value: null, prev: [first?.id] },
    });
    expect((await db.observations.get("obs-1"))?.title).toBeUndefined();
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
    const deviceId = await localDeviceId(db);
    expect(ops.map((op) => [op.stream, op.seq, op.entityId])).toEqual([
      ["country:ML", 1, "obs-ml"],
      ["country:ML", 2, "obs-ml"],
      ["country:NE", 1, "obs-ne"],
      ["hub", 1, "obs-hub"],
      ["hub", 2, "obs-hub"],
      ["hub", 3, expect.any(String)],
    ]);
    for (const op of ops) expect(op.id).toBe(opId(op));
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
    db.ops.hook("creating", () => {
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
    expect(await db.ops.count()).toBe(1);
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

    const ops = await db.ops.toArray();
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
    const ops = await db.ops.toArray();
    expect(ops).toHaveLength(7);
    expect(await applyInTransaction(db, ops)).toEqual([]);
    expect(await applyInTransaction(db, [...ops].reverse())).toEqual([]);
    expect(await opTablesSnapshot(db)).toEqual(before);
  });

  it("builds the same rows on another device from the same ops, in any order, duplicated", async () => {
    const db = await filledDatabase();
    // As they arrive elsewhere: parsed at the border, without the stored `id`.
    const ops = (await db.ops.toArray()).map((row) => opSchema.parse(row));
    expect(ops.every((op) => !("id" in op))).toBe(true);
    const other = newDatabase();
    const applied = await applyInTransaction(other, [
      ...[...ops].reverse(),
      ...ops,
    ]);
    expect(applied).toHaveLength(ops.length);
    expect(await applyInTransaction(other, ops)).toEqual([]);
    const mine = await opTablesSnapshot(db);
    const theirs = await opTablesSnapshot(other);
    for (const table of [
      "ops",
      "entityStates",
      "observations",
      "observationSummaries",
      "responseLog",
      "attachments",
    ]) {
      const byId = (rows: unknown[]) =>
        [...rows].sort((a, b) =>
          JSON.stringify(a).localeCompare(JSON.stringify(b)),
        );
      expect(byId(theirs[table] ?? []), table).toEqual(byId(mine[table] ?? []));
    }
    expect(await other.observations.get("obs-3")).toBeUndefined();
  });

  it("flags two devices' concurrent edits of one field, and a resolution clears the flag", async () => {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    const [first] = await allOps(db);
    const seen = [first?.id ?? ""];
    const fromA = remoteSet("dev-a", 1, 5_000, "obs-1", {
      title: { value: "Title from A", prev: seen },
    });
    const fromB = remoteSet("dev-b", 1, 6_000, "obs-1", {
      title: { value: "Title from B", prev: seen },
      severity: { value: 4, prev: seen },
    });
    expect(await applyInTransaction(db, [fromA, fromB])).toHaveLength(2);

    const row = await db.observations.get("obs-1");
    expect(row?.conflicts).toEqual(["title"]);
    expect(row?.title).toBe("Title from B"); // the later clock reading shows
    expect(row?.severity).toBe(4);
    expect((await db.observationSummaries.get("obs-1"))?.hasConflict).toBe(
      true,
    );

    // The same ops in the other order, on another device, flag the same field.
    const other = newDatabase();
    await applyInTransaction(other, [
      fromB,
      fromA,
      ...(await db.ops.toArray()),
    ]);
    expect((await other.observations.get("obs-1"))?.conflicts).toEqual([
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
    const resolved = await db.observations.get("obs-1");
    expect(resolved?.conflicts).toEqual([]);
    expect(resolved?.title).toBe("Title from B");
    expect((await db.observationSummaries.get("obs-1"))?.hasConflict).toBe(
      false,
    );
  });

  it("does not flag concurrent edits of different fields", async () => {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    const [first] = await allOps(db);
    const seen = [first?.id ?? ""];
    await applyInTransaction(db, [
      remoteSet("dev-a", 1, 5_000, "obs-1", {
        title: { value: "Title from A", prev: seen },
      }),
      remoteSet("dev-b", 1, 6_000, "obs-1", {
        severity: { value: 1, prev: seen },
      }),
    ]);
    expect(await db.observations.get("obs-1")).toMatchObject({
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
    expect(await db.observations.get("obs-1")).toBeUndefined();
    expect(await db.observationSummaries.get("obs-1")).toBeUndefined();
    expect(await db.observations.get("obs-2")).toBeDefined();
    expect(await db.observationSummaries.count()).toBe(1);
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
    expect(await db.ops.count()).toBe(0);
    expect(await db.streams.count()).toBe(0);
  });
});

describe("append-only entries", () => {
  const response = {
    observationId: "obs-1",
    at: "2026-11-23T11:00:00Z",
    action: "Called the focal point, who confirmed the clashes.",
    actorType: "focal point",
  } as const;

  it("adds each response as its own entry in the observation's stream", async () => {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    const first = await addResponse(db, response, after(1));
    const second = await addResponse(
      db,
      { ...response, action: "Met the community leaders." },
      after(2),
    );
    expect(first).not.toBe(second);

    const deviceId = await localDeviceId(db);
    expect(
      await db.responseLog
        .where("observationId")
        .equals("obs-1")
        .sortBy("action"),
    ).toEqual(
      [
        { ...response, id: first, deviceId },
        {
          ...response,
          action: "Met the community leaders.",
          id: second,
          deviceId,
        },
      ].sort((a, b) => a.action.localeCompare(b.action)),
    );
    const ops = await allOps(db);
    expect(
      ops.map((op) => [op.entity, op.entityId, op.stream, op.seq]),
    ).toEqual([
      ["observation", "obs-1", "country:ML", 1],
      ["responseLogEntry", first, "country:ML", 2],
      ["responseLogEntry", second, "country:ML", 3],
    ]);
    expect(setOf(ops[1])).toEqual({
      observationId: { value: "obs-1", prev: [] },
      at: { value: response.at, prev: [] },
      action: { value: response.action, prev: [] },
      actorType: { value: "focal point", prev: [] },
    });
    // The observation itself is unchanged by its entries.
    expect((await db.observations.get("obs-1"))?.updatedHlc).toBe(ops[0]?.hlc);
  });

  it("refuses a response to an observation that does not exist, writing nothing", async () => {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    const before = await opTablesSnapshot(db);
    await expect(
      addResponse(db, { ...response, observationId: "missing" }, after(1)),
    ).rejects.toThrow("The observation no longer exists.");
    expect(await opTablesSnapshot(db)).toEqual(before);
  });

  it("stores the attachment's bytes by hash and its description as an op", async () => {
    const db = newDatabase();
    await saveObservation(
      db,
      "obs-1",
      { ...record, sensitivity: "confidential" },
      NOW,
    );
    const bytes = new TextEncoder().encode("photo bytes, already stripped");
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    const sha256 = [...digest]
      .map((byte) => byte.toString(16).padStart(2, "0"))
      .join("");
    const attachment = {
      observationId: "obs-1",
      sha256,
      type: "image/jpeg",
      size: bytes.byteLength,
      name: "market.jpg",
    };
    const id = await addAttachment(
      db,
      attachment,
      new Blob([bytes], { type: "image/jpeg" }),
      after(1),
    );

    expect(await db.attachments.toArray()).toEqual([{ ...attachment, id }]);
    const stored = await db.blobs.get(sha256);
    expect(stored?.type).toBe("image/jpeg");
    expect(await stored?.blob.text()).toBe("photo bytes, already stripped");

    const op = (await allOps(db)).find((row) => row.entity === "attachment");
    expect(op).toMatchObject({ entityId: id, stream: "hub", seq: 2 });
    expect(Object.keys(setOf(op)).sort()).toEqual([
      "name",
      "observationId",
      "sha256",
      "size",
      "type",
    ]);
    expect(JSON.stringify(op)).not.toContain("photo bytes");
  });

  it("writes neither the bytes nor an op when the observation does not exist", async () => {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    const before = await opTablesSnapshot(db);
    await expect(
      addAttachment(
        db,
        {
          observationId: "missing",
          sha256: "cd".repeat(32),
          type: "image/png",
          size: 3,
          name: "x.png",
        },
        new Blob(["png"], { type: "image/png" }),
        after(1),
      ),
    ).rejects.toThrow("The observation no longer exists.");
    expect(await db.blobs.count()).toBe(0);
    expect(await opTablesSnapshot(db)).toEqual(before);
  });
});

/** A fresh in-memory index over the database, as the Observations screen builds it. */
async function searchObservationIds(db: DeskDatabase, query: string) {
  const index = new SearchIndex();
  await index.refresh(db);
  return index.search(query);
}

describe("SearchIndex", () => {
  async function searchable() {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    await saveObservation(
      db,
      "obs-2",
      {
        ...record,
        title: "Security incident at the Ségou checkpoint",
        description: "Traders were stopped.",
        locality: "Ségou",
        tags: ["checkpoint"],
      },
      after(1),
    );
    await saveObservation(
      db,
      "obs-3",
      {
        ...record,
        title: "Marché fermé à Mopti",
        description: "Le marché est resté fermé.",
        locality: "Mopti",
        actors: ["commerçants"],
      },
      after(2),
    );
    return db;
  }

  it("finds by accent-free prefixes, ignoring case", async () => {
    const db = await searchable();
    expect(await searchObservationIds(db, "secur")).toEqual(
      new Set(["obs-1", "obs-2"]),
    );
    expect(await searchObservationIds(db, "SÉCURITÉ")).toEqual(
      new Set(["obs-1"]),
    );
    expect(await searchObservationIds(db, "commercant")).toEqual(
      new Set(["obs-3"]),
    );
    expect(await searchObservationIds(db, "sego")).toEqual(new Set(["obs-2"]));
  });

  it("requires every word", async () => {
    const db = await searchable();
    expect(await searchObservationIds(db, "marche")).toEqual(
      new Set(["obs-1", "obs-3"]),
    );
    expect(await searchObservationIds(db, "marche ferme")).toEqual(
      new Set(["obs-3"]),
    );
    expect(await searchObservationIds(db, "mopti marche secu")).toEqual(
      new Set(["obs-1"]),
    );
    expect(await searchObservationIds(db, "marche segou")).toEqual(new Set());
    expect(await searchObservationIds(db, "zzz")).toEqual(new Set());
  });

  it("follows edits when refreshed, reading only what changed", async () => {
    const db = await searchable();
    const index = new SearchIndex();
    await index.refresh(db);
    expect(index.search("securite")).toEqual(new Set(["obs-1"]));
    await saveObservation(
      db,
      "obs-1",
      { ...record, title: "Calm returned" },
      after(3),
    );
    await index.refresh(db);
    expect(index.search("securite")).toEqual(new Set());
    expect(index.search("calm")).toEqual(new Set(["obs-1"]));
    expect(index.size).toBe(3);
  });

  it("rebuilds itself after many changes and still finds old and new records", async () => {
    const db = await searchable();
    const index = new SearchIndex();
    await index.refresh(db);
    for (let n = 0; n < 2_005; n += 1) {
      await db.searchTexts.put({
        id: `bulk-${n}`,
        text: ` bulk record ${n}`,
        tick: 1_000 + n,
      });
    }
    await index.refresh(db);
    expect(index.size).toBe(3 + 2_005);
    expect(index.search("bulk 2004")).toEqual(new Set(["bulk-2004"]));
    expect(index.search("secur")).toEqual(new Set(["obs-1", "obs-2"]));
  });

  it("returns null for a query without words", async () => {
    const db = await searchable();
    for (const query of ["", "   ", "!? —"]) {
      expect(await searchObservationIds(db, query)).toBeNull();
    }
  });
});
