import fc from "fast-check";
import { expect } from "vitest";
import { formatHlc } from "../../../shared/sync/hlc";
import {
  materialise,
  type EntityState,
  type JsonValue,
} from "../../../shared/sync/merge";
import {
  opId,
  type Entity,
  type Hlc,
  type Op,
  type OpId,
  type SetOp,
} from "../../../shared/sync/op";

/** Builders and orderings shared by the merge tests. */

export const NOW = Date.UTC(2025, 5, 1);
export const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
export const DEVICES = ["dev-a", "dev-b", "dev-c"] as const;
export const FIELDS = ["title", "severity", "status"] as const;

export interface Target {
  entity?: Entity;
  entityId?: string;
}

export const at = (offsetMs: number): Hlc =>
  formatHlc({ ms: NOW + offsetMs, counter: 0 });
export const write = (value: JsonValue, ...prev: OpId[]) => ({ value, prev });

export function setOp(
  deviceId: string,
  seq: number,
  offsetMs: number,
  set: SetOp["set"],
  target: Target = {},
): SetOp {
  const { entity = "observation", entityId = "obs-1" } = target;
  return {
    kind: "set",
    deviceId,
    stream: "hub",
    seq,
    hlc: at(offsetMs),
    entity,
    entityId,
    set,
  };
}

export function tombstone(
  deviceId: string,
  seq: number,
  offsetMs: number,
  target: Target = {},
): Op {
  const { entity = "observation", entityId = "obs-1" } = target;
  return {
    kind: "tombstone",
    deviceId,
    stream: "hub",
    seq,
    hlc: at(offsetMs),
    entity,
    entityId,
  };
}

export function only(ops: Iterable<Op>): EntityState {
  const [state, ...others] = materialise(ops).values();
  expect(others).toEqual([]);
  if (state === undefined) throw new Error("No state.");
  return state;
}

export const lwwKey = (op: Op) => [op.hlc, op.deviceId, opId(op)].join("|");
export const byLww = (a: Op, b: Op) => (lwwKey(a) < lwwKey(b) ? -1 : 1);
export const headIds = (state: EntityState, field: string) =>
  state.fields[field]?.heads.map((head) => head.opId);
/** In key order: `materialise` keeps it, a device's own Map need not. */
export const serialise = (states: Map<string, EntityState>) =>
  JSON.stringify([...states].sort(([a], [b]) => (a < b ? -1 : 1)));
export const permutationOf = <T>(items: T[]) =>
  fc.shuffledSubarray(items, { minLength: items.length });

export const valueArb: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.string({ maxLength: 3 }),
  fc.constant(null),
);
