import {
  compareWrites,
  fieldState,
  type EntityState,
  type FieldState,
  type JsonValue,
  type OpStamp,
  type StampedValue,
} from "./merge";
import type { DeviceId, Hlc, OpId } from "./op";

/**
 * An entity state as stored. Each op's stamp (op id, clock reading, device) is written once in
 * `stamps` and fields name it by index; a field keeps its heads and what they superseded, and
 * its newest write only when that is not one of the heads. The displayed value and the
 * conflict flag are derived again on load, so each value is stored once.
 */
export type StoredStamp = readonly [OpId, Hlc, DeviceId];
/** A write as stored: the index of its stamp in `stamps`, and its value. */
export type StoredWrite = readonly [number, JsonValue];

/**
 * A field as stored: nearly always one write that superseded nothing, stored as that write
 * alone; otherwise its heads, what they superseded, and its newest write when not a head.
 */
export type StoredFieldState =
  | StoredWrite
  | {
      heads: readonly StoredWrite[];
      superseded: readonly OpId[];
      newest?: StoredWrite;
    };

export type StoredEntityState = Omit<
  EntityState,
  "fields" | "firstOp" | "entryOp"
> & {
  stamps: readonly StoredStamp[];
  fields: Readonly<Record<string, StoredFieldState>>;
  /** The index of the first op's stamp. */
  firstOp: number;
  /** The index of the entry op's stamp (states stored before version 7: the stamp itself). */
  entryOp: number | OpStamp | null;
};

export function storeState(state: EntityState): StoredEntityState {
  const stamps: StoredStamp[] = [];
  const indexes = new Map<OpId, number>();
  const stampIndex = ({ opId, hlc, deviceId }: OpStamp): number => {
    let index = indexes.get(opId);
    if (index === undefined) {
      index = stamps.push([opId, hlc, deviceId]) - 1;
      indexes.set(opId, index);
    }
    return index;
  };
  const write = (stamped: StampedValue): StoredWrite => [
    stampIndex(stamped),
    stamped.value,
  ];
  const fields: Record<string, StoredFieldState> = {};
  for (const [name, field] of Object.entries(state.fields)) {
    const { heads, superseded, newest } = field;
    const [only] = heads;
    if (
      only &&
      heads.length === 1 &&
      superseded.length === 0 &&
      only.opId === newest.opId
    ) {
      fields[name] = write(only);
      continue;
    }
    const stored = { heads: heads.map(write), superseded };
    fields[name] = heads.some((head) => head.opId === newest.opId)
      ? stored
      : { ...stored, newest: write(newest) };
  }
  return {
    ...state,
    stamps,
    fields,
    firstOp: stampIndex(state.firstOp),
    entryOp: state.entryOp && stampIndex(state.entryOp),
  };
}

export function loadState(stored: StoredEntityState): EntityState {
  const { stamps, fields: storedFields, firstOp, entryOp, ...rest } = stored;
  const stampAt = (index: number): OpStamp => {
    const stamp = stamps[index];
    if (stamp === undefined)
      throw new Error(`Stored entity state names a missing stamp ${index}.`);
    const [opId, hlc, deviceId] = stamp;
    return { opId, hlc, deviceId };
  };
  const stamped = ([index, value]: StoredWrite): StampedValue => ({
    ...stampAt(index),
    value,
  });
  const fields: Record<string, FieldState> = {};
  for (const [name, field] of Object.entries(storedFields)) {
    if (isStoredWrite(field)) {
      const only = stamped(field);
      fields[name] = fieldState([only], [], only);
      continue;
    }
    const heads = field.heads.map(stamped);
    const newest = field.newest ? stamped(field.newest) : newestOf(heads);
    if (newest !== undefined)
      fields[name] = fieldState(heads, field.superseded, newest);
  }
  return {
    ...rest,
    fields,
    firstOp: stampAt(firstOp),
    entryOp: typeof entryOp === "number" ? stampAt(entryOp) : entryOp,
  };
}

function isStoredWrite(field: StoredFieldState): field is StoredWrite {
  return Array.isArray(field);
}

/** When the newest write is a head, it is the last of the heads by the merge's own order. */
function newestOf(heads: readonly StampedValue[]): StampedValue | undefined {
  return heads.reduce<StampedValue | undefined>(
    (best, head) =>
      best === undefined || compareWrites(head, best) > 0 ? head : best,
    undefined,
  );
}

/** A state as the JSON text the local database keeps. */
export function stateToJson(state: EntityState): string {
  return JSON.stringify(storeState(state));
}

/** The state back from `stateToJson`'s text (written by this app, so not validated again). */
export function stateFromJson(json: string): EntityState {
  return loadState(JSON.parse(json) as StoredEntityState);
}
