import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  applyOp,
  conflictedFields,
  currentValues,
  entityKey,
  materialise,
  type EntityState,
} from "../../../../shared/sync/merge";
import { opId, type SetOp } from "../../../../shared/sync/op";
import {
  DEVICES,
  FIELDS,
  YEAR_MS,
  byLww,
  headIds,
  only,
  permutationOf,
  serialise,
  setOp,
  tombstone,
  valueArb,
  write,
} from "../../../support/sync/ops";
import {
  receive,
  scenarioArb,
  simulate,
} from "../../../support/sync/simulated-devices";

// Simulated devices (test/support/sync/simulated-devices.ts): each keeps its own wall clock,
// HLC, seqs and view, edits what it sees and receives a random subset of the others' ops.

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
