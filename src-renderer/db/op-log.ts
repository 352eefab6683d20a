import {
  applyOp,
  type EntityState,
  type JsonValue,
} from "../../shared/sync/merge";
import { receiveHlc, tickHlc } from "../../shared/sync/hlc";
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

const stateKey = (entity: Entity, entityId: string) => `${entity}/${entityId}`;

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
  const known = await db.ops.bulkGet(ids);
  const fresh = ops.filter(
    (_op, index) =>
      known[index] === undefined && ids.indexOf(ids[index] ?? "") === index,
  );
  if (fresh.length === 0) return [];

  const keys = [
    ...new Set(fresh.map((op) => stateKey(op.entity, op.entityId))),
  ];
  const stored = await db.entityStates.bulkGet(keys);
  const states = new Map<string, EntityState>();
  keys.forEach((key, index) => {
    const row = stored[index];
    if (row) states.set(key, row.state);
  });
  for (const op of fresh) {
    const key = stateKey(op.entity, op.entityId);
    states.set(key, applyOp(states.get(key), op));
  }

  await db.ops.bulkAdd(fresh.map((op) => ({ ...op, id: opId(op) })));
  await db.entityStates.bulkPut(
    [...states].map(([key, state]) => ({ key, state })),
  );
  const rows = materialisedRows([...states.values()]);
  const tick = Number((await metaValue(db, "searchTick")) ?? 0) + 1;
  await Promise.all([
    db.meta.put({ key: "searchTick", value: String(tick) }),
    db.observations.bulkPut(rows.observations),
    db.searchTexts.bulkPut(rows.searchTexts.map((row) => ({ ...row, tick }))),
    db.searchTexts.bulkDelete(rows.deletedObservationIds),
    db.observationSummaries.bulkPut(rows.summaries),
    db.observations.bulkDelete(rows.deletedObservationIds),
    db.observationSummaries.bulkDelete(rows.deletedObservationIds),
    db.responseLog.bulkPut(rows.responseLog),
    db.attachments.bulkPut(rows.attachments),
  ]);
  return fresh;
}

/** Received ops move the local clock forward (never more than an hour past the wall clock). */
export async function receiveClock(
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
  const deviceId = await localDeviceId(db);
  const last = (await metaValue(db, "hlc")) ?? null;
  const hlc = tickHlc(last, nowMs);
  const lastSeq = (await db.streams.get(change.stream))?.lastSeq ?? 0;
  await db.meta.put({ key: "hlc", value: hlc });
  await db.streams.put({ stream: change.stream, lastSeq: lastSeq + 1 });
  const base = {
    deviceId,
    stream: change.stream,
    seq: lastSeq + 1,
    hlc,
    entity: change.entity,
    entityId: change.entityId,
  };
  if (change.tombstone) return { ...base, kind: "tombstone" };
  const state = await entityState(db, change.entity, change.entityId);
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
  return (await db.entityStates.get(stateKey(entity, entityId)))?.state;
}
