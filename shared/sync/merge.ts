import { compareHlc } from "./hlc";
import {
  APPEND_ONLY_ENTITIES,
  opId,
  type DeviceId,
  type Entity,
  type FieldWrite,
  type Hlc,
  type Op,
  type OpId,
  type SetOp,
} from "./op";

/**
 * The materialised view of the op log (ARCHITECTURE section 2). The state of an entity is a
 * function of the SET of its ops: `applyOp` is idempotent and commutative, so a stored
 * `EntityState` row can be updated one op at a time in any order and still converge.
 *
 * Editable entities: per field, the heads are the writes no other write of that field names
 * in `prev`; the field shows the last writer among them by (hlc, deviceId, opId) and is in
 * conflict unless exactly one head remains.
 *
 * Append-only entities: an entry is written once. When several `set` ops share an entity id,
 * the first by (hlc, deviceId, opId) is the entry and the others are listed in `anomalies`
 * (never merged field by field); `prev` is ignored. Tombstones delete any entity.
 */

export type JsonValue = FieldWrite["value"];

export interface OpStamp {
  readonly opId: OpId;
  readonly hlc: Hlc;
  readonly deviceId: DeviceId;
}

export interface StampedValue extends OpStamp {
  readonly value: JsonValue;
}

/** The displayed write is spread at the top level so a UI reads `field.value` directly. */
export interface FieldState extends StampedValue {
  /** More than one head, or none left (only a malformed `prev` cycle does that). */
  readonly conflict: boolean;
  /** Sorted by op id. */
  readonly heads: readonly StampedValue[];
  /** Every op id a write of this field names in `prev`, seen or not yet; sorted. */
  readonly superseded: readonly OpId[];
  /** The last writer of all, heads or not: what the field shows if a cycle leaves no head. */
  readonly newest: StampedValue;
}

export interface EntityState {
  readonly entity: Entity;
  readonly entityId: string;
  /** Set by any tombstone; the fields stay for history. */
  readonly deleted: boolean;
  /** Keys in sorted order, so equal states serialise equally. */
  readonly fields: Readonly<Record<string, FieldState>>;
  /** The first op by (hlc, deviceId, opId): whose op created the entity, as far as known. */
  readonly firstOp: OpStamp;
  /** The earliest and latest readings among the applied ops. */
  readonly created: Hlc;
  readonly updated: Hlc;
  /** Every op applied to this entity, sorted by op id. */
  readonly opIds: readonly OpId[];
  /** Append-only entities: the op whose content is the entry; null otherwise or until one. */
  readonly entryOp: OpStamp | null;
  /** Append-only entities: `set` ops that lost to `entryOp`, sorted, for the import report. */
  readonly anomalies: readonly OpId[];
}

const appendOnlyEntities: ReadonlySet<Entity> = new Set(APPEND_ONLY_ENTITIES);

export function entityKey(entity: Entity, entityId: string): string {
  return `${entity}/${entityId}`;
}

/** Last-writer-wins order; op ids differ between distinct ops, so it is total. */
export function compareWrites(a: OpStamp, b: OpStamp): number {
  return (
    compareHlc(a.hlc, b.hlc) ||
    compareStrings(a.deviceId, b.deviceId) ||
    compareStrings(a.opId, b.opId)
  );
}

/** Returns `state` itself when the op was already applied. Ops with one id are assumed equal (signed upstream). */
export function applyOp(state: EntityState | undefined, op: Op): EntityState {
  if (state && (state.entity !== op.entity || state.entityId !== op.entityId)) {
    throw new Error(
      `Op for ${entityKey(op.entity, op.entityId)} applied to ${entityKey(state.entity, state.entityId)}.`,
    );
  }
  const id = opId(op);
  const stamp: OpStamp = { opId: id, hlc: op.hlc, deviceId: op.deviceId };
  const base = state ?? emptyState(op, stamp);
  const opIds = insertSorted(base.opIds, id);
  if (opIds === undefined) return base;
  const next: EntityState = {
    ...base,
    opIds,
    firstOp: compareWrites(stamp, base.firstOp) < 0 ? stamp : base.firstOp,
    created: compareHlc(op.hlc, base.created) < 0 ? op.hlc : base.created,
    updated: compareHlc(op.hlc, base.updated) > 0 ? op.hlc : base.updated,
  };
  if (op.kind === "tombstone") return { ...next, deleted: true };
  return appendOnlyEntities.has(op.entity)
    ? applyEntry(next, op, stamp)
    : { ...next, fields: applyFieldWrites(next.fields, op, stamp) };
}

/** Keyed by `entityKey`, in key order so the result does not depend on arrival order. */
export function materialise(ops: Iterable<Op>): Map<string, EntityState> {
  const states = new Map<string, EntityState>();
  for (const op of ops) {
    const key = entityKey(op.entity, op.entityId);
    states.set(key, applyOp(states.get(key), op));
  }
  return new Map([...states].sort(([a], [b]) => compareStrings(a, b)));
}

/** The displayed value of each field. */
export function currentValues(state: EntityState): Record<string, JsonValue> {
  return Object.fromEntries(
    Object.entries(state.fields).map(([name, field]) => [name, field.value]),
  );
}

/** The fields a person still has to resolve, in name order. */
export function conflictedFields(state: EntityState): string[] {
  return Object.entries(state.fields)
    .filter(([, field]) => field.conflict)
    .map(([name]) => name);
}

function emptyState(op: Op, stamp: OpStamp): EntityState {
  return {
    entity: op.entity,
    entityId: op.entityId,
    deleted: false,
    fields: {},
    firstOp: stamp,
    created: op.hlc,
    updated: op.hlc,
    opIds: [],
    entryOp: null,
    anomalies: [],
  };
}

function applyFieldWrites(
  fields: EntityState["fields"],
  op: SetOp,
  stamp: OpStamp,
): EntityState["fields"] {
  const next: Record<string, FieldState> = { ...fields };
  let added = false;
  for (const [name, write] of Object.entries(op.set)) {
    const prior = Object.hasOwn(next, name) ? next[name] : undefined;
    added ||= prior === undefined;
    next[name] = applyFieldWrite(
      prior,
      { ...stamp, value: write.value },
      write.prev,
    );
  }
  // Keys in sorted order, once per op, so equal states serialise equally.
  return added ? sortedFields(next) : next;
}

function sortedFields(
  fields: Record<string, FieldState>,
): EntityState["fields"] {
  return Object.fromEntries(
    Object.entries(fields).sort(([a], [b]) => compareStrings(a, b)),
  );
}

function applyFieldWrite(
  prior: FieldState | undefined,
  write: StampedValue,
  prev: readonly OpId[],
): FieldState {
  // An op cannot have seen itself; honouring that would hide its only write.
  const named = prev.filter((id) => id !== write.opId);
  // A field's first write that names nothing (nearly every imported one): its only head.
  if (prior === undefined && named.length === 0)
    return fieldState([write], [], write);
  const superseded = [
    ...new Set([...(prior?.superseded ?? []), ...named]),
  ].sort(compareStrings);
  const isSuperseded = new Set(superseded);
  const heads = (prior?.heads ?? []).filter(
    (head) => !isSuperseded.has(head.opId),
  );
  if (!isSuperseded.has(write.opId)) heads.push(write);
  heads.sort((a, b) => compareStrings(a.opId, b.opId));
  const newest =
    prior && compareWrites(prior.newest, write) > 0 ? prior.newest : write;
  return fieldState(heads, superseded, newest);
}

/** A field's state from its heads: the displayed write and the conflict flag follow from them. */
export function fieldState(
  heads: readonly StampedValue[],
  superseded: readonly OpId[],
  newest: StampedValue,
): FieldState {
  const shown =
    heads.reduce<StampedValue | undefined>(
      (best, head) =>
        best === undefined || compareWrites(head, best) > 0 ? head : best,
      undefined,
    ) ?? newest;
  const { opId: shownId, hlc, deviceId, value } = shown;
  return {
    value,
    opId: shownId,
    hlc,
    deviceId,
    conflict: heads.length !== 1,
    heads,
    superseded,
    newest,
  };
}

function applyEntry(
  state: EntityState,
  op: SetOp,
  stamp: OpStamp,
): EntityState {
  const current = state.entryOp;
  if (current !== null && compareWrites(current, stamp) < 0) {
    return {
      ...state,
      anomalies: insertSorted(state.anomalies, stamp.opId) ?? state.anomalies,
    };
  }
  const entries: Record<string, FieldState> = {};
  for (const [name, write] of Object.entries(op.set)) {
    const entry: StampedValue = { ...stamp, value: write.value };
    entries[name] = fieldState([entry], [], entry);
  }
  const fields = sortedFields(entries);
  const anomalies =
    current === null
      ? state.anomalies
      : (insertSorted(state.anomalies, current.opId) ?? state.anomalies);
  return { ...state, fields, entryOp: stamp, anomalies };
}

/** A new sorted list with `id` added, or undefined when `id` is already there. */
function insertSorted(ids: readonly OpId[], id: OpId): OpId[] | undefined {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const probe = ids[middle];
    if (probe !== undefined && probe < id) low = middle + 1;
    else high = middle;
  }
  if (ids[low] === id) return undefined;
  return [...ids.slice(0, low), id, ...ids.slice(low)];
}

/** Code-unit order: the same on every device, unlike `localeCompare`. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
