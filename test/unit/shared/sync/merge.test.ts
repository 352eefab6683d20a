import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatHlc, receiveHlc, tickHlc } from "../../../../shared/sync/hlc";
import {
  applyOp,
  conflictedFields,
  currentValues,
  entityKey,
  materialise,
  type EntityState,
  type JsonValue,
} from "../../../../shared/sync/merge";
import {
  opId,
  opSchema,
  type Entity,
  type Hlc,
  type Op,
  type OpId,
  type SetOp,
  type Stream,
} from "../../../../shared/sync/op";

const NOW = Date.UTC(2025, 5, 1);
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const DEVICES = ["dev-a", "dev-b", "dev-c"] as const;
const FIELDS = ["title", "severity", "status"] as const;

interface Target {
  entity?: Entity;
  entityId?: string;
}

const at = (offsetMs: number): Hlc =>
  formatHlc({ ms: NOW + offsetMs, counter: 0 });
const write = (value: JsonValue, ...prev: OpId[]) => ({ value, prev });

function setOp(
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

function tombstone(
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

function only(ops: Iterable<Op>): EntityState {
  const [state, ...others] = materialise(ops).values();
  expect(others).toEqual([]);
  if (state === undefined) throw new Error("No state.");
  return state;
}

const lwwKey = (op: Op) => [op.hlc, op.deviceId, opId(op)].join("|");
const byLww = (a: Op, b: Op) => (lwwKey(a) < lwwKey(b) ? -1 : 1);
const headIds = (state: EntityState, field: string) =>
  state.fields[field]?.heads.map((head) => head.opId);
/** In key order: `materialise` keeps it, a device's own Map need not. */
const serialise = (states: Map<string, EntityState>) =>
  JSON.stringify([...states].sort(([a], [b]) => (a < b ? -1 : 1)));
const permutationOf = <T>(items: T[]) =>
  fc.shuffledSubarray(items, { minLength: items.length });

const valueArb: fc.Arbitrary<JsonValue> = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.string({ maxLength: 3 }),
  fc.constant(null),
);

// --- Simulated devices: each keeps its own wall clock, HLC, seqs and view, edits what it
// sees (prev = the heads in its view) and receives a random subset of the others' ops.

interface Step {
  device: number;
  wallStep: number;
  action: "sync" | "edit" | "delete" | "append";
  picks: number[];
  entityId: string;
  fields: string[];
  value: JsonValue;
  entry: number;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
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

interface Device {
  id: string;
  wall: number;
  clock: Hlc | null;
  seqs: Map<Stream, number>;
  view: Map<string, EntityState>;
}

function receive(device: Device, op: Op): void {
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

function simulate(steps: Step[]): { log: Op[]; devices: Device[] } {
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

function withDuplicates(ops: Op[], duplicates: [number, number][]): Op[] {
  const out = [...ops];
  for (const [which, where] of duplicates) {
    const op = ops[which % Math.max(1, ops.length)];
    if (op !== undefined) out.splice(where % (out.length + 1), 0, op);
  }
  return out;
}

const scenarioArb = fc
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

describe("merge of simulated devices' op logs", () => {
  it("gives the same state, flags and key order for any permutation and duplication", () => {
    fc.assert(
      fc.property(scenarioArb, ({ log, reordered }) => {
        const expected = materialise(log);
        const actual = materialise(reordered);
        expect(actual).toEqual(expected);
        expect([...actual.keys()]).toEqual([...expected.keys()].sort());
        expect(JSON.stringify([...actual])).toBe(JSON.stringify([...expected]));
      }),
    );
  });

  it("converges: every device that receives everything, in any order, holds the batch state", () => {
    fc.assert(
      fc.property(scenarioArb, ({ steps, log, reordered }) => {
        const expected = serialise(materialise(log));
        for (const device of simulate(steps).devices) {
          for (const op of reordered) receive(device, op);
          expect(serialise(device.view)).toBe(expected);
        }
      }),
    );
  });

  it("continues from states stored as JSON as if never stored", () => {
    fc.assert(
      fc.property(scenarioArb, ({ log, reordered, split }) => {
        const stored = new Map(
          [...materialise(reordered.slice(0, split))].map(([key, state]) => [
            key,
            JSON.parse(JSON.stringify(state)) as EntityState,
          ]),
        );
        for (const op of reordered.slice(split)) {
          const key = entityKey(op.entity, op.entityId);
          stored.set(key, applyOp(stored.get(key), op));
        }
        expect(serialise(stored)).toBe(serialise(materialise(log)));
      }),
    );
  });

  it("matches an independent reading of the op set: heads, conflicts, shown value, deletion, entries", () => {
    // Guards against a generator that never produces the cases the merge exists for.
    const seen = {
      conflicts: 0,
      sequentialEdits: 0,
      deletions: 0,
      anomalies: 0,
    };
    fc.assert(
      fc.property(scenarioArb, ({ log }) => {
        for (const [key, state] of materialise(log)) {
          const ops = log.filter(
            (op) => entityKey(op.entity, op.entityId) === key,
          );
          expect(state.opIds).toEqual(ops.map(opId).sort());
          expect(state.deleted).toBe(ops.some((op) => op.kind === "tombstone"));
          if (state.deleted) seen.deletions++;
          const sets = ops
            .flatMap((op) => (op.kind === "set" ? [op] : []))
            .sort(byLww);
          if (state.entity !== "observation") {
            expect(state.entryOp?.opId).toBe(sets[0] && opId(sets[0]));
            expect(state.anomalies).toEqual(sets.slice(1).map(opId).sort());
            seen.anomalies += state.anomalies.length;
            const entry = Object.entries(sets[0]?.set ?? {});
            expect(currentValues(state)).toEqual(
              Object.fromEntries(entry.map(([name, w]) => [name, w.value])),
            );
            continue;
          }
          for (const field of FIELDS) {
            const writers = sets.filter((op) => Object.hasOwn(op.set, field));
            const named = new Set(
              writers.flatMap((op) => op.set[field]?.prev ?? []),
            );
            const heads = writers.filter((op) => !named.has(opId(op)));
            const shown = heads.at(-1);
            expect(heads.length > 0).toBe(writers.length > 0);
            expect(state.fields[field]?.opId).toBe(shown && opId(shown));
            if (shown === undefined) continue;
            expect(headIds(state, field)).toEqual(heads.map(opId).sort());
            expect(state.fields[field]?.conflict).toBe(heads.length > 1);
            expect(state.fields[field]?.value).toEqual(shown.set[field]?.value);
            if (heads.length > 1) seen.conflicts++;
            else if (writers.length > 1) seen.sequentialEdits++;
          }
        }
      }),
    );
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(0);
  });
});

// --- Targeted properties: the situations people meet, in any arrival order.

const concurrentArb = fc
  .record({
    editors: fc.uniqueArray(fc.constantFrom(...DEVICES), { minLength: 2 }),
    offsets: fc.array(fc.integer({ min: 1, max: 10_000 }), {
      minLength: 3,
      maxLength: 3,
    }),
    values: fc.array(valueArb, { minLength: 3, maxLength: 3 }),
    resolver: fc.constantFrom(...DEVICES),
    resolution: valueArb,
  })
  .chain((plan) => {
    const base = setOp("dev-a", 1, 0, { title: write("base") });
    const edits = plan.editors.map((device, i) =>
      setOp(device, i + 2, plan.offsets[i] ?? 0, {
        title: write(plan.values[i] ?? null, opId(base)),
      }),
    );
    const resolve = setOp(plan.resolver, 9, 20_000, {
      title: write(plan.resolution, ...edits.map(opId)),
    });
    return fc.record({
      edits: fc.constant(edits),
      resolve: fc.constant(resolve),
      unresolved: permutationOf([base, ...edits]),
      resolved: permutationOf([base, ...edits, resolve]),
    });
  });

describe("merge of edits to one field", () => {
  it("flags concurrent edits as a conflict and shows the last writer", () => {
    fc.assert(
      fc.property(concurrentArb, ({ edits, unresolved }) => {
        const state = only(unresolved);
        const winner = [...edits].sort(byLww).at(-1);
        expect(state.fields.title?.conflict).toBe(true);
        expect(headIds(state, "title")).toEqual(edits.map(opId).sort());
        expect(state.fields.title?.opId).toBe(winner && opId(winner));
        expect(conflictedFields(state)).toEqual(["title"]);
      }),
    );
  });

  it("clears the conflict with an op that names every head", () => {
    fc.assert(
      fc.property(concurrentArb, ({ resolve, resolved }) => {
        const state = only(resolved);
        expect(state.fields.title?.conflict).toBe(false);
        expect(headIds(state, "title")).toEqual([opId(resolve)]);
        expect(currentValues(state).title).toEqual(resolve.set.title?.value);
      }),
    );
  });

  it("never flags sequential edits, whatever their clocks say", () => {
    const editArb = fc.tuple(
      fc.constantFrom(...DEVICES),
      fc.integer({ min: -YEAR_MS, max: YEAR_MS }),
      valueArb,
    );
    const chainArb = fc
      .array(editArb, { minLength: 2, maxLength: 8 })
      .map((edits) =>
        edits.reduce<SetOp[]>((chain, [device, offset, value], i) => {
          const previous = chain.at(-1);
          const prev = previous ? [opId(previous)] : [];
          return [
            ...chain,
            setOp(device, i + 1, offset, { title: write(value, ...prev) }),
          ];
        }, []),
      )
      .chain((chain) => fc.tuple(fc.constant(chain), permutationOf(chain)));
    fc.assert(
      fc.property(chainArb, ([chain, arrival]) => {
        const title = only(arrival).fields.title;
        const last = chain.at(-1);
        expect(title?.conflict).toBe(false);
        expect(title?.opId).toBe(last && opId(last));
      }),
    );
  });

  it("keeps the entity deleted once a tombstone is among the ops, in any order", () => {
    const deletedArb = fc
      .tuple(
        concurrentArb,
        fc.constantFrom(...DEVICES),
        fc.integer({ min: -YEAR_MS, max: YEAR_MS }),
      )
      .chain(([{ edits, resolve }, device, offset]) =>
        fc.tuple(
          fc.constant([...edits, resolve]),
          permutationOf([...edits, resolve, tombstone(device, 50, offset)]),
        ),
      );
    fc.assert(
      fc.property(deletedArb, ([edits, arrival]) => {
        const state = only(arrival);
        expect(state.deleted).toBe(true);
        expect(currentValues(state)).toEqual(currentValues(only(edits)));
      }),
    );
  });

  it("keeps the first of several entries with one id, in any order", () => {
    const entryArb = fc.tuple(
      fc.constantFrom(...DEVICES),
      fc.integer({ min: 0, max: 3 }),
      valueArb,
    );
    const entriesArb = fc
      .uniqueArray(entryArb, {
        minLength: 1,
        maxLength: 3,
        selector: ([device]) => device,
      })
      .map((entries) =>
        entries.map(([device, offset, text], i) =>
          setOp(
            device,
            i + 1,
            offset,
            { text: write(text) },
            { entity: "responseLogEntry", entityId: "entry-1" },
          ),
        ),
      )
      .chain((entries) =>
        fc.tuple(fc.constant(entries), permutationOf(entries)),
      );
    fc.assert(
      fc.property(entriesArb, ([entries, arrival]) => {
        const [first, ...others] = [...entries].sort(byLww);
        const state = only(arrival);
        expect(state.entryOp?.opId).toBe(first && opId(first));
        expect(state.anomalies).toEqual(others.map(opId).sort());
        expect(currentValues(state)).toEqual({ text: first?.set.text?.value });
      }),
    );
  });
});

describe("merge examples", () => {
  const create = setOp("dev-a", 1, 0, {
    title: write("Clashes"),
    severity: write(3),
  });
  const a = opId(create);

  it("shows a created observation, then a sequential edit, with history", () => {
    const edit = setOp("dev-b", 1, 10, { severity: write(4, a) });
    const state = only([edit, create]);
    expect(currentValues(state)).toEqual({ severity: 4, title: "Clashes" });
    expect(state.fields.severity).toMatchObject({
      opId: opId(edit),
      conflict: false,
      superseded: [a],
    });
    expect(state).toMatchObject({
      created: at(0),
      updated: at(10),
      deleted: false,
      entryOp: null,
    });
    expect(state.opIds).toEqual([a, opId(edit)]);
    expect(Object.keys(state.fields)).toEqual(["severity", "title"]);
  });

  it("breaks a clock tie by device id, not op id, and keeps heads in op id order", () => {
    // "dev-b" < "dev-b-2" as device ids, but "dev-b/…" > "dev-b-2/…" as op ids.
    const short = setOp("dev-b", 2, 5, { title: write("short", a) });
    const long = setOp("dev-b-2", 7, 5, { title: write("long", a) });
    const title = only([short, create, long]).fields.title;
    expect(title).toMatchObject({
      value: "long",
      deviceId: "dev-b-2",
      conflict: true,
    });
    expect(title?.heads.map((head) => head.value)).toEqual(["long", "short"]);
  });

  it("lets a resolution that arrives first supersede the heads it names, and only those", () => {
    const fromB = setOp("dev-b", 1, 5, { title: write("B", a) });
    const fromC = setOp("dev-c", 1, 6, { title: write("C", a) });
    const resolve = setOp("dev-a", 2, 9, {
      title: write("A", opId(fromB), opId(fromC)),
    });
    const partial = setOp("dev-a", 2, 9, { title: write("A", opId(fromB)) });
    expect(only([resolve, fromC, create, fromB]).fields.title).toMatchObject({
      value: "A",
      conflict: false,
    });
    const stillOpen = only([partial, fromC, create, fromB]).fields.title;
    expect(stillOpen?.heads.map((head) => head.value)).toEqual(["A", "C"]);
    expect(stillOpen?.conflict).toBe(true);
  });

  it("lets an edit made after seeing a future-dated op win over it", () => {
    const future = setOp("dev-z", 1, YEAR_MS, {
      title: write("from the future", a),
    });
    const fixed = setOp("dev-a", 2, 1, { title: write("fixed", opId(future)) });
    expect(only([fixed, future, create]).fields.title).toMatchObject({
      value: "fixed",
      conflict: false,
    });
  });

  it("ignores an op naming itself, and flags a prev cycle until someone resolves it", () => {
    const selfNamed = setOp("dev-a", 1, 0, {
      title: write("x", "dev-a/hub/1"),
    });
    expect(only([selfNamed]).fields.title).toMatchObject({
      value: "x",
      conflict: false,
    });
    const x = setOp("dev-b", 1, 1, { title: write("x", "dev-c/hub/1") });
    const y = setOp("dev-c", 1, 2, { title: write("y", "dev-b/hub/1") });
    expect(only([x, y]).fields.title).toMatchObject({
      value: "y",
      conflict: true,
      heads: [],
    });
    const fix = setOp("dev-a", 1, 3, { title: write("z", opId(x), opId(y)) });
    expect(only([y, fix, x]).fields.title).toMatchObject({
      value: "z",
      conflict: false,
    });
  });

  it("returns the same state for an op already applied", () => {
    const state = applyOp(undefined, create);
    expect(applyOp(state, create)).toBe(state);
    expect(only([create, create, create])).toEqual(state);
  });

  it("refuses to apply an op to another entity's state", () => {
    const other = setOp(
      "dev-a",
      2,
      0,
      { title: write("t") },
      { entityId: "obs-2" },
    );
    expect(() => applyOp(applyOp(undefined, create), other)).toThrow(/obs-2/);
  });

  it("handles field names that Object.prototype also has", () => {
    const state = only([
      setOp("dev-a", 1, 0, {
        constructor: write(1),
        toString: write(2),
        hasOwnProperty: write(3),
      }),
    ]);
    expect(currentValues(state)).toEqual({
      constructor: 1,
      hasOwnProperty: 3,
      toString: 2,
    });
    expect(conflictedFields(state)).toEqual([]);
  });

  it("keeps the fields of a deleted entity, whichever comes first", () => {
    const gone = tombstone("dev-b", 1, -50);
    expect(only([gone])).toMatchObject({
      deleted: true,
      fields: {},
      created: at(-50),
      updated: at(-50),
    });
    const state = only([gone, create]);
    expect(state).toMatchObject({
      deleted: true,
      created: at(-50),
      updated: at(0),
    });
    expect(currentValues(state)).toEqual({ severity: 3, title: "Clashes" });
  });

  it("keeps an append-only entry whole: prev is ignored, later writers are anomalies", () => {
    const target: Target = { entity: "attachment", entityId: "att-1" };
    const first = setOp(
      "dev-a",
      1,
      0,
      { sha256: write("aa"), size: write(10) },
      target,
    );
    const second = setOp(
      "dev-b",
      1,
      1,
      { sha256: write("bb", opId(first)) },
      target,
    );
    const state = only([second, first]);
    expect(currentValues(state)).toEqual({ sha256: "aa", size: 10 });
    expect(state).toMatchObject({
      entryOp: { opId: opId(first) },
      anomalies: [opId(second)],
    });
    expect(state.fields.sha256).toMatchObject({
      conflict: false,
      heads: [{ opId: opId(first) }],
    });
    expect(only([first, tombstone("dev-c", 1, 2, target)]).deleted).toBe(true);
  });
});
