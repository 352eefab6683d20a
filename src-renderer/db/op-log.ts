import {
  applyOp,
  entityKey,
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
import Dexie, { type PromiseExtended, type Transaction } from "dexie";
import { newDeviceId, type DeskDatabase } from "./db";
import { materialisedRows } from "./materialise";
import { readStates, type EntityRef } from "./entity-states";
import { compactPacks, writePack } from "./index-packs";
import { heldSeqRanges, packRows, packsOf } from "./op-packs";
import { DeskFailure } from "../../shared/errors";

/** Tables every op write touches, so callers open one transaction over all of them. */
export function opTables(db: DeskDatabase) {
  return [
    db.meta,
    db.opPacks,
    db.refusedOps,
    db.streams,
    db.entityStates,
    db.summaryPacks,
    db.textPacks,
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

/**
 * What an op write reads before it writes, fetched in one round trip so a save waits on the
 * database as little as possible: the states the ops change, the clock, the search tick.
 */
interface WriteBase {
  states: Map<string, EntityState>;
  deviceId: string | undefined;
  hlc: string | undefined;
  searchTick: number;
}

function readWriteBase(
  db: DeskDatabase,
  refs: readonly EntityRef[],
): PromiseExtended<WriteBase> {
  // Dexie's own promises all the way, so the transaction zone follows the caller's awaits.
  return Dexie.Promise.all([
    db.meta.bulkGet(["deviceId", "hlc", "searchTick"]),
    readStates(db, refs),
  ]).then(([meta, states]) => ({
    states,
    deviceId: meta[0]?.value,
    hlc: meta[1]?.value,
    searchTick: Number(meta[2]?.value ?? 0),
  }));
}

/** Decides, before it is applied, whether a received op may change the entity as it stands. */
export type Admit = (op: Op, state: EntityState | undefined) => boolean;

/**
 * Applies fresh ops to the states read beforehand (each only if `admit` lets it) and issues
 * every write at once: the ops, the states, everything materialised from them, and the
 * caller's own `alsoWrite`. Returns the ops applied and the states they produced.
 */
async function writeApplied(
  db: DeskDatabase,
  fresh: readonly Op[],
  base: WriteBase,
  alsoWrite: readonly (() => Promise<unknown>)[] = [],
  admit: Admit = () => true,
): Promise<{ applied: Op[]; changed: Map<string, EntityState> }> {
  // A write that lost its transaction would land piecemeal: refuse it loudly instead.
  // (Dexie's types say there always is one; outside a transaction it is null.)
  const transaction = Dexie.currentTransaction as Transaction | null;
  if (transaction === null)
    throw new Error("Op writes must run inside a transaction over opTables.");
  const changed = new Map<string, EntityState>();
  const applied = fresh.filter((op) => {
    const key = entityKey(op.entity, op.entityId);
    const before = changed.get(key) ?? base.states.get(key);
    if (!admit(op, before)) return false;
    changed.set(key, applyOp(before, op));
    return true;
  });
  const rows = materialisedRows([...changed.values()]);
  const tick = base.searchTick + 1;
  // Empty lists are skipped rather than sent.
  const writes: Promise<unknown>[] = [
    ...alsoWrite.map((write) => write()),
    db.meta.put({ key: "searchTick", value: String(tick) }),
    writePack(db.summaryPacks, tick, rows.summaries),
    writePack(db.textPacks, tick, rows.searchTexts),
  ];
  const put = <T>(
    table: { bulkPut: (rows: T[]) => Promise<unknown> },
    rows: T[],
  ) => {
    if (rows.length > 0) writes.push(table.bulkPut(rows));
  };
  if (applied.length > 0)
    writes.push(db.opPacks.bulkAdd(packRows(packsOf(applied))));
  put(db.entityStates, rows.entityStates);
  put(db.responseLog, rows.responseLog);
  put(db.attachments, rows.attachments);
  // Once this write is stored, small index packs are merged if they are many.
  transaction.idbtrans.addEventListener("complete", () => {
    compactSoon(db);
  });
  await Promise.all(writes);
  return { applied, changed };
}

/** What applying a batch of ops did. */
export interface AppliedOps {
  /** Ops written now (not already in the log, and admitted). */
  applied: Op[];
  /** How many of the ops were already in the log. */
  alreadyPresent: number;
  /** The states before and after, by entity key, of every entity an applied op touched. */
  before: Map<string, EntityState>;
  after: Map<string, EntityState>;
}

/**
 * Writes new ops (local or received) to the log and updates everything materialised from
 * them, inside the caller's transaction over `opTables`. Ops already in the log are skipped,
 * so applying the same ops twice, in any order, gives the same state. `admit` can refuse an
 * op (the import's `mayApply`); a refused op is neither written nor applied.
 */
export async function applyOpsInTransaction(
  db: DeskDatabase,
  ops: readonly Op[],
  admit?: Admit,
): Promise<AppliedOps> {
  const unique = [...new Map(ops.map((op) => [opId(op), op])).values()];
  const refs = new Map(
    unique.map((op) => [entityKey(op.entity, op.entityId), op]),
  );
  const base = await readWriteBase(db, [...refs.values()]);
  // An op is in the log exactly when its entity's state lists it.
  const fresh = unique.filter(
    (op) =>
      !base.states
        .get(entityKey(op.entity, op.entityId))
        ?.opIds.includes(opId(op)),
  );
  const alreadyPresent = ops.length - fresh.length;
  if (fresh.length === 0)
    return { applied: [], alreadyPresent, before: new Map(), after: new Map() };
  await refuseHeldSeqs(db, fresh);
  const { applied, changed } = await writeApplied(db, fresh, base, [], admit);
  const before = new Map(
    [...changed.keys()].flatMap((key) => {
      const state = base.states.get(key);
      return state ? [[key, state] as const] : [];
    }),
  );
  return { applied, alreadyPresent, before, after: changed };
}

/**
 * An op is new when its entity's state does not list it; if its seq is held all the same, the
 * log has other content under that id (a fork): refused, so no seq is ever in two packs.
 */
function refuseHeldSeqs(
  db: DeskDatabase,
  fresh: readonly Op[],
): PromiseExtended<void> {
  const packs = packsOf(fresh);
  return Dexie.Promise.all(
    packs.map((pack) => heldSeqRanges(db, pack.deviceId, pack.stream)),
  ).then((helds) => {
    packs.forEach((pack, index) => {
      const clash = helds[index]?.find(
        ([first, last]) => first <= pack.lastSeq && pack.firstSeq <= last,
      );
      if (clash)
        throw new DeskFailure(
          "SEQ_FORK",
          `Seqs ${clash[0]}–${clash[1]} of ${pack.stream} from ${pack.deviceId} are here with other content.`,
        );
    });
  });
}

/** Received ops move the local clock forward (never more than an hour past the wall clock). */
async function receiveClock(
  db: DeskDatabase,
  ops: readonly Op[],
  nowMs: number,
): Promise<void> {
  // Readings sort as the clock does: only the latest can move it.
  const latest = ops.reduce<string | null>(
    (max, op) => (max === null || op.hlc > max ? op.hlc : max),
    null,
  );
  if (latest === null) return;
  const clock = (await metaValue(db, "hlc")) ?? null;
  await db.meta.put({
    key: "hlc",
    value: receiveHlc(clock, latest, nowMs).clock,
  });
}

/**
 * Imports ops that came from elsewhere (a bundle, the hub, demo data) in one durable
 * transaction: all of them or none, each applied once (and only if `admit` lets it), the
 * clock moved forward, and `alsoWrite` (what the caller records about the result) with them.
 */
export async function importOps(
  db: DeskDatabase,
  ops: readonly Op[],
  nowMs: number,
  admit?: Admit,
  alsoWrite?: (result: AppliedOps) => Promise<unknown>,
): Promise<AppliedOps> {
  return db.transaction("rw", opTables(db), async () => {
    const result = await applyOpsInTransaction(db, ops, admit);
    await receiveClock(db, result.applied, nowMs);
    await alsoWrite?.(result);
    return result;
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

/** A local write under way: what was read about its entity, before the change is decided. */
export interface LocalWrite {
  /** The entity's merge state, if any op about it has been applied. */
  readonly state: EntityState | undefined;
  readonly base: WriteBase;
}

/**
 * Starts a local write inside a transaction over `opTables`: reads the entity's state with the
 * clock and device id in one round trip. The caller decides the change from `state`.
 */
export function beginLocalWrite(
  db: DeskDatabase,
  entity: Entity,
  entityId: string,
): PromiseExtended<LocalWrite> {
  return readWriteBase(db, [{ entity, entityId }]).then((base) => ({
    state: base.states.get(entityKey(entity, entityId)),
    base,
  }));
}

/**
 * Makes this device's next op for the change (the next seq of its stream, a fresh clock
 * reading, prevs from the heads) and writes it, with everything materialised and `alsoWrite`,
 * in one round trip after the stream's last seq is read.
 */
export async function commitLocalWrite(
  db: DeskDatabase,
  { state, base }: LocalWrite,
  change: LocalChange,
  nowMs: number,
  alsoWrite: readonly (() => Promise<unknown>)[] = [],
): Promise<Op> {
  const stream = await db.streams.get(change.stream);
  // A database upgraded from version 1 has its id; a new one gets it with its first op.
  const deviceId = base.deviceId ?? newDeviceId();
  const hlc = tickHlc(base.hlc ?? null, nowMs);
  const seq = (stream?.lastSeq ?? 0) + 1;
  const identity = {
    deviceId,
    stream: change.stream,
    seq,
    hlc,
    entity: change.entity,
    entityId: change.entityId,
  };
  let op: Op;
  if (change.tombstone) op = { ...identity, kind: "tombstone" };
  else {
    const set: SetOp["set"] = {};
    for (const [field, value] of Object.entries(change.set ?? {})) {
      set[field] = {
        value,
        prev: state?.fields[field]?.heads.map((head) => head.opId) ?? [],
      };
    }
    op = { ...identity, kind: "set", set };
  }
  await writeApplied(db, [op], base, [
    ...alsoWrite,
    () =>
      db.meta.bulkPut([
        { key: "hlc", value: hlc },
        { key: "deviceId", value: deviceId },
      ]),
    () => db.streams.put({ stream: change.stream, lastSeq: seq }),
  ]);
  return op;
}

/** Merges small index packs after a write, in its own transaction, one merge at a time. */
const compacting = new WeakSet<DeskDatabase>();
function compactSoon(db: DeskDatabase): void {
  if (compacting.has(db)) return;
  compacting.add(db);
  void db
    .transaction("rw", [db.summaryPacks, db.textPacks], () =>
      Dexie.Promise.all([
        compactPacks(db.summaryPacks),
        compactPacks(db.textPacks),
      ]),
    )
    // A closed database or a full disk: the packs stay as they are, to be merged next time.
    .catch(() => undefined)
    .finally(() => compacting.delete(db));
}
