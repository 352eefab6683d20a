import {
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
import Dexie, { type PromiseExtended } from "dexie";
import { newDeviceId, type DeskDatabase } from "./db";
import { isEntry, readStates, type EntityRef } from "./entity-states";
import { heldSeqRanges } from "./op-packs";
import { OpWrite, type Admit } from "./op-write";

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

/** What applying a batch of ops did. */
export interface AppliedOps {
  /** Ops written now (not already in the log, and admitted). */
  applied: Op[];
  /** How many of the ops were already in the log. */
  alreadyPresent: number;
  /** The states before and after, by entity key, of every entity an applied op touched. */
  before: Map<string, EntityState>;
  after: Map<string, EntityState>;
  /** The seq ranges held before, keyed `deviceId stream`, for each device and stream of the ops. */
  held: Map<string, [number, number][]>;
}

/** Entities whose states are read and applied together (see `applyOpsInTransaction`). */
const ENTITIES_PER_GROUP = 500;

/** The ops by entity key, in groups: every op of an entity lands in the same group. */
function entityGroups(ops: readonly Op[]): Map<string, Op[]>[] {
  const byEntity = new Map<string, Op[]>();
  for (const op of ops) {
    const key = entityKey(op.entity, op.entityId);
    const list = byEntity.get(key);
    if (list) list.push(op);
    else byEntity.set(key, [op]);
  }
  const entities = [...byEntity];
  const groups: Map<string, Op[]>[] = [];
  for (let start = 0; start < entities.length; start += ENTITIES_PER_GROUP)
    groups.push(new Map(entities.slice(start, start + ENTITIES_PER_GROUP)));
  return groups;
}

/**
 * Writes new ops (local or received) to the log and updates everything materialised from
 * them, inside the caller's transaction over `opTables`. Ops already in the log are skipped,
 * so applying the same ops twice, in any order, gives the same state. `admit` can refuse an
 * op (the import's `mayApply`); a refused op is neither written nor applied.
 *
 * Every read is asked for at once, in groups of entities: the database reads the later
 * groups while the earlier ones are applied, and stores each group while the next is. An
 * append-only entry none of whose seqs is held here is presumed new and not read: it is
 * added, and merged with the entry found only if one has its id after all (see `OpWrite`).
 */
export async function applyOpsInTransaction(
  db: DeskDatabase,
  ops: readonly Op[],
  admit?: Admit,
): Promise<AppliedOps> {
  const write = new OpWrite(db, admit);
  const unique = [...new Map(ops.map((op) => [opId(op), op])).values()];
  const lastTick = db.meta.get("searchTick");
  const holding = heldSeqs(db, unique);
  // Editable entities are read at once; entries once the held seqs say which are new.
  const groups = entityGroups(unique).map((group) => {
    const [entries, editable] = partition([...group], ([, [op]]) =>
      op ? isEntry(op.entity) : false,
    );
    return { group, entries, editable: readStates(db, firstOps(editable)) };
  });
  const held = await holding;
  const isHeld = (op: Op) =>
    held
      .get(`${op.deviceId} ${op.stream}`)
      ?.some(([first, last]) => first <= op.seq && op.seq <= last) ?? false;
  const reads = groups.map(({ group, entries, editable }) => {
    const [presumed, toRead] = partition(entries, ([, list]) =>
      list.every((op) => !isHeld(op)),
    );
    const presumedNew = new Set(presumed.map(([key]) => key));
    const states = Dexie.Promise.all([
      editable,
      readStates(db, firstOps(toRead)),
    ]).then(([a, b]) => new Map([...a, ...b]));
    return { group, presumedNew, states };
  });
  const before = new Map<string, EntityState>();
  let fresh = 0;
  for (const { group, presumedNew, states: reading } of reads) {
    const states = await reading;
    // An op is in the log exactly when its entity's state lists it.
    const novel = [...group.values()]
      .flat()
      .filter(
        (op) =>
          !states
            .get(entityKey(op.entity, op.entityId))
            ?.opIds.includes(opId(op)),
      );
    fresh += novel.length;
    refuseForks(novel, isHeld);
    write.apply(novel, states, presumedNew);
    for (const [key, state] of states) before.set(key, state);
  }
  await write.finish(Number((await lastTick)?.value ?? 0));
  for (const [key, state] of write.foundAfterAll) before.set(key, state);
  return {
    applied: write.applied,
    alreadyPresent: ops.length - fresh,
    before: new Map([...before].filter(([key]) => write.changed.has(key))),
    after: write.changed,
    held,
  };
}

/** The items that pass and those that do not, in order. */
function partition<T>(
  items: readonly T[],
  test: (item: T) => boolean,
): [T[], T[]] {
  const pass: T[] = [];
  const fail: T[] = [];
  for (const item of items) (test(item) ? pass : fail).push(item);
  return [pass, fail];
}

/** One op per entity of a group's entries: what names the entity to read. */
function firstOps(entities: readonly [string, Op[]][]): Op[] {
  return entities.flatMap(([, [op]]) => (op ? [op] : []));
}

/** The seq ranges held per device and stream of these ops, keyed `deviceId stream`. */
function heldSeqs(
  db: DeskDatabase,
  ops: readonly Op[],
): PromiseExtended<Map<string, [number, number][]>> {
  const streams = [
    ...new Map(
      ops.map((op) => [`${op.deviceId} ${op.stream}`, op] as const),
    ).values(),
  ];
  return Dexie.Promise.all(
    streams.map((op) => heldSeqRanges(db, op.deviceId, op.stream)),
  ).then(
    (ranges) =>
      new Map(
        streams.map((op, index) => [
          `${op.deviceId} ${op.stream}`,
          ranges[index] ?? [],
        ]),
      ),
  );
}

/**
 * An op is new when its entity's state does not list it; if its seq is held all the same, the
 * log has other content under that id (a fork): refused, so no seq is ever in two packs.
 */
function refuseForks(fresh: readonly Op[], isHeld: (op: Op) => boolean): void {
  const forked = fresh.find(isHeld);
  if (forked)
    throw new DeskFailure(
      "SEQ_FORK",
      `Seq ${forked.seq} of ${forked.stream} from ${forked.deviceId} is here with other content.`,
    );
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
  const write = new OpWrite(db);
  write.apply([op], base.states);
  for (const also of alsoWrite) write.also(also());
  write.also(
    db.meta.bulkPut([
      { key: "hlc", value: hlc },
      { key: "deviceId", value: deviceId },
    ]),
  );
  write.also(db.streams.put({ stream: change.stream, lastSeq: seq }));
  await write.finish(base.searchTick);
  return op;
}
