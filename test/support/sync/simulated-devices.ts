import fc from "fast-check";
import { receiveHlc, tickHlc } from "../../../shared/sync/hlc";
import {
  applyOp,
  entityKey,
  type EntityState,
  type JsonValue,
} from "../../../shared/sync/merge";
import {
  opId,
  opSchema,
  type Hlc,
  type Op,
  type Stream,
} from "../../../shared/sync/op";
import {
  DEVICES,
  FIELDS,
  NOW,
  YEAR_MS,
  permutationOf,
  valueArb,
  write,
} from "./ops";

// --- Simulated devices: each keeps its own wall clock, HLC, seqs and view, edits what it
// sees (prev = the heads in its view) and receives a random subset of the others' ops.

export interface Step {
  device: number;
  wallStep: number;
  action: "sync" | "edit" | "delete" | "append";
  picks: number[];
  entityId: string;
  fields: string[];
  value: JsonValue;
  entry: number;
}

export const stepArb: fc.Arbitrary<Step> = fc.record({
  device: fc.nat(DEVICES.length - 1),
  // Mostly small drifts both ways, sometimes a clock set a year wrong.
  wallStep: fc.oneof(
    { weight: 9, arbitrary: fc.integer({ min: -5_000, max: 20_000 }) },
    { weight: 1, arbitrary: fc.constantFrom(YEAR_MS, -YEAR_MS) },
  ),
  action: fc.oneof(
    { weight: 4, arbitrary: fc.constant("sync" as const) },
    { weight: 5, arbitrary: fc.constant("edit" as const) },
    { weight: 1, arbitrary: fc.constant("delete" as const) },
    { weight: 2, arbitrary: fc.constant("append" as const) },
  ),
  picks: fc.array(fc.nat(), { maxLength: 6 }),
  entityId: fc.constantFrom("obs-1", "obs-2"),
  fields: fc.subarray([...FIELDS], { minLength: 1 }),
  value: valueArb,
  entry: fc.nat(5),
});

export interface Device {
  id: string;
  wall: number;
  clock: Hlc | null;
  seqs: Map<Stream, number>;
  view: Map<string, EntityState>;
}

export function receive(device: Device, op: Op): void {
  const key = entityKey(op.entity, op.entityId);
  const before = device.view.get(key);
  if (before?.opIds.includes(opId(op))) return;
  device.clock = receiveHlc(device.clock, op.hlc, device.wall).clock;
  device.view.set(key, applyOp(before, op));
}

function emit(device: Device, log: Op[], body: Record<string, unknown>): void {
  const stream: Stream = body.entityId === "obs-2" ? "country:ML" : "hub";
  const seq = (device.seqs.get(stream) ?? 0) + 1;
  device.seqs.set(stream, seq);
  device.clock = tickHlc(device.clock, device.wall);
  const op = opSchema.parse({
    ...body,
    deviceId: device.id,
    stream,
    seq,
    hlc: device.clock,
  });
  log.push(op);
  receive(device, op);
}

export function simulate(steps: Step[]): { log: Op[]; devices: Device[] } {
  const log: Op[] = [];
  const devices = DEVICES.map((id, i): Device => ({
    id,
    wall: NOW + i * 7_000,
    clock: null,
    seqs: new Map(),
    view: new Map(),
  }));
  for (const { device: index, wallStep, action, entityId, ...step } of steps) {
    const device = devices[index];
    if (device === undefined) throw new Error("No such device.");
    device.wall = Math.max(0, device.wall + wallStep);
    if (action === "sync") {
      for (const pick of step.picks) {
        const op = log[pick % Math.max(1, log.length)];
        if (op !== undefined) receive(device, op);
      }
    } else if (action === "edit") {
      const seen = device.view.get(entityKey("observation", entityId))?.fields;
      const heads = (field: string) =>
        seen?.[field]?.heads.map((head) => head.opId) ?? [];
      const set = Object.fromEntries(
        step.fields.map((field) => [field, write(step.value, ...heads(field))]),
      );
      emit(device, log, { kind: "set", entity: "observation", entityId, set });
    } else if (action === "delete") {
      emit(device, log, { kind: "tombstone", entity: "observation", entityId });
    } else {
      const entity = step.entry % 2 ? "attachment" : "responseLogEntry";
      const set = { text: write(step.value), by: write(device.id) };
      emit(device, log, {
        kind: "set",
        entity,
        entityId: `entry-${step.entry}`,
        set,
      });
    }
  }
  return { log, devices };
}

export function withDuplicates(
  ops: Op[],
  duplicates: [number, number][],
): Op[] {
  const out = [...ops];
  for (const [which, where] of duplicates) {
    const op = ops[which % Math.max(1, ops.length)];
    if (op !== undefined) out.splice(where % (out.length + 1), 0, op);
  }
  return out;
}

export const scenarioArb = fc
  .array(stepArb, { minLength: 1, maxLength: 40 })
  .chain((steps) => {
    const { log } = simulate(steps);
    return fc.record({
      steps: fc.constant(steps),
      log: fc.constant(log),
      split: fc.nat(log.length),
      reordered: fc
        .tuple(
          permutationOf(log),
          fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
        )
        .map(([permutation, duplicates]) =>
          withDuplicates(permutation, duplicates),
        ),
    });
  });
