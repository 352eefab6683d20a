import {
  compareWrites,
  fieldState,
  type EntityState,
  type FieldState,
  type StampedValue,
} from "./merge";
import type { OpId } from "./op";

/**
 * An entity state as stored: each field keeps its heads and what they superseded, and the
 * newest write only when it is not one of them. The displayed value, its stamp and the
 * conflict flag are derived again on load, so each value is stored once.
 */
export interface StoredFieldState {
  heads: readonly StampedValue[];
  superseded: readonly OpId[];
  newest?: StampedValue;
}

export type StoredEntityState = Omit<EntityState, "fields"> & {
  fields: Readonly<Record<string, StoredFieldState>>;
};

export function storeState(state: EntityState): StoredEntityState {
  const fields: Record<string, StoredFieldState> = {};
  for (const [name, field] of Object.entries(state.fields)) {
    const { heads, superseded, newest } = field;
    const newestIsHead = heads.some((head) => head.opId === newest.opId);
    fields[name] = newestIsHead
      ? { heads, superseded }
      : { heads, superseded, newest };
  }
  return { ...state, fields };
}

export function loadState(stored: StoredEntityState): EntityState {
  const fields: Record<string, FieldState> = {};
  for (const [name, field] of Object.entries(stored.fields)) {
    const newest = field.newest ?? newestOf(field.heads);
    if (newest !== undefined)
      fields[name] = fieldState(field.heads, field.superseded, newest);
  }
  return { ...stored, fields };
}

/** When the newest write is a head, it is the last of the heads by the merge's own order. */
function newestOf(heads: readonly StampedValue[]): StampedValue | undefined {
  return heads.reduce<StampedValue | undefined>(
    (best, head) =>
      best === undefined || compareWrites(head, best) > 0 ? head : best,
    undefined,
  );
}
