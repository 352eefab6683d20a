import {
  applyOp,
  entityKey,
  type EntityState,
  type JsonValue,
} from "../../shared/sync/merge";
import { receiveHlc, tickHlc } from "../../shared/sync/hlc";
import { loadState, storeState } from "../../shared/sync/stored-state";
import {
  opId,
  type Entity,
  type Op,
  type SetOp,
  type Stream,
} from "../../shared/sync/op";
import { newDeviceId, type DeskDatabase } from "./db";
import { materialisedRows } from "./materialise";

/** Tables every op write touches, so callers open one transaction over all of them. */
export function opTables(db: DeskDatabase) {
  return [
    db.meta,
    db.ops,
    db.streams,
    db.entityStates,
    db.observations,
    db.searchTexts,
    db.observationSummaries,
    db.responseLog,
    db.attachments,
  ];
}

async function metaValue(
  db: DeskDatabase,
  key: string,
): Promise<string | undefined> {
  return (await db.meta.get(key))?.value;
}

/** This device's id, created the first time it is needed. */
export async function localDeviceId(db: DeskDatabase): Promise<string> {
  const existing = await metaValue(db, "deviceId");
  if (existing) return existing;
  const created = newDeviceId();
  await db.meta.put({ key: "deviceId", value: created });
  return created;
}

/**
 * Writes new ops (local or received) to the log and updates everything materialised from
 * them, inside the caller's transaction over `opTables`. Ops already in the log are skipped,
 * so applying the same ops twice, in any order, gives the same state.
 */
export async function applyOpsInTransaction(
  db: DeskDatabase,
  ops: readonly Op[],
): Promise<Op[]> {
  const ids = ops.map(opId);
  const seen = new Set<string>();
  const candidates = ops.filter((_op, index) => {
    const id = ids[index] ?? "";
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const keys = [
    ...new Set(candidates.map((op) => entityKey(op.entity, op.entityId))),
  ];
  // Reads first, in parallel: which ops are already here, the states they change, the tick.
  const [known, stored, lastTick] = await Promise.all([
    db.ops.bulkGet(candidates.map(opId)),
    db.entityStates.bulkGet(keys),
    metaValue(db, "searchTick"),
  ]);
  const fresh = candidates.filter((_op, index) => known[index] === undefined);
  if (fresh.length === 0) return [];

  const states = new Map<string, EntityState>();
  keys.forEach((key, index) => {
    const row = stored[index];
    if (row) states.set(key, loadState(row.state));
  });
  const changed = new Set<string>();
  for (const op of fresh) {
    const key = entityKey(op.entity, op.entityId);
    states.set(key, applyOp(states.get(key), op));
    changed.add(key);
  }
  const changedStates = [...changed].flatMap((key) => {
    const state = states.get(key);
    return state ? [state] : [];
  });
  const rows = materialisedRows(changedStates);
  const tick = Number(lastTick ?? 0) + 1;
  // Then every write at once; empty lists are skipped rather than sent.
  const writes: Promise<unknown>[] = [
    db.meta.put({ key: "searchTick", value: String(tick) }),
    db.ops.bulkAdd(fresh.map((op) => ({ ...op, id: opId(op) }))),
    db.entityStates.bulkPut(
      changedStates.map((state) => ({
        key: entityKey(state.entity, state.entityId),
        state: storeState(state),
      })),
    ),
  ];
  const put = <T>(
    table: { bulkPut: (rows: T[]) => Promise<unknown> },
    rows: T[],
  ) => {
    if (rows.length > 0) writes.push(table.bulkPut(rows));
  };
  put(db.observations, rows.observations);
  put(
    db.searchTexts,
    rows.searchTexts.map((row) => ({ ...row, tick })),
  );
  put(db.observationSummaries, rows.summaries);
  put(db.responseLog, rows.responseLog);
  put(db.attachments, rows.attachments);
  if (rows.deletedObservationIds.length > 0) {
    writes.push(
      db.observations.bulkDelete(rows.deletedObservationIds),
      db.searchTexts.bulkDelete(rows.deletedObservationIds),
      db.observationSummaries.bulkDelete(rows.deletedObservationIds),
    );
  }
  await Promise.all(writes);
  return fresh;
}

/** Received ops move the local clock forward (never more than an hour past the wall clock). */
async function receiveClock(
  db: DeskDatabase,
  ops: readonly Op[],
  nowMs: number,
): Promise<void> {
  let clock = (await metaValue(db, "hlc")) ?? null;
  for (const op of ops) clock = receiveHlc(clock, op.hlc, nowMs).clock;
  if (clock !== null) await db.meta.put({ key: "hlc", value: clock });
}

/**
 * Imports ops that came from elsewhere (a bundle, the hub, demo data) in one durable
 * transaction: all of them or none, each applied once, the clock moved forward.
 */
export async function importOps(
  db: DeskDatabase,
  ops: readonly Op[],
  nowMs: number,
): Promise<number> {
  return db.transaction("rw", opTables(db), async () => {
    const applied = await applyOpsInTransaction(db, ops);
    await receiveClock(db, applied, nowMs);
    return applied.length;
  });
}

export interface LocalChange {
  stream: Stream;
  entity: Entity;
  entityId: string;
  /** Field values to write; `prev` is filled from the current heads of each field. */
  set?: Record<string, JsonValue>;
  tombstone?: boolean;
}

/** Makes this device's next op: the next seq of its stream, a fresh clock reading, prevs from the heads. */
export async function makeLocalOp(
  db: DeskDatabase,
  change: LocalChange,
  nowMs: number,
): Promise<Op> {
  const [deviceId, last, stream, state] = await Promise.all([
    localDeviceId(db),
    metaValue(db, "hlc"),
    db.streams.get(change.stream),
    entityState(db, change.entity, change.entityId),
  ]);
  const hlc = tickHlc(last ?? null, nowMs);
  const seq = (stream?.lastSeq ?? 0) + 1;
  await Promise.all([
    db.meta.put({ key: "hlc", value: hlc }),
    db.streams.put({ stream: change.stream, lastSeq: seq }),
  ]);
  const base = {
    deviceId,
    stream: change.stream,
    seq,
    hlc,
    entity: change.entity,
    entityId: change.entityId,
  };
  if (change.tombstone) return { ...base, kind: "tombstone" };
  const set: SetOp["set"] = {};
  for (const [field, value] of Object.entries(change.set ?? {})) {
    set[field] = {
      value,
      prev: state?.fields[field]?.heads.map((head) => head.opId) ?? [],
    };
  }
  return { ...base, kind: "set", set };
}

/** The merge state of an entity, if any op about it has been applied. */
export async function entityState(
  db: DeskDatabase,
  entity: Entity,
  entityId: string,
): Promise<EntityState | undefined> {
  const row = await db.entityStates.get(entityKey(entity, entityId));
  return row ? loadState(row.state) : undefined;
}
