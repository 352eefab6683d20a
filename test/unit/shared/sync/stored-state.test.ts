import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyOp, materialise } from "../../../../shared/sync/merge";
import {
  loadState,
  storeState,
  type StoredEntityState,
} from "../../../../shared/sync/stored-state";
import { scenarioArb } from "../../../support/sync/simulated-devices";

describe("stored entity state", () => {
  it("loads back exactly the state it stored, conflicts and history included", () => {
    fc.assert(
      fc.property(scenarioArb, ({ log }) => {
        for (const state of materialise(log).values()) {
          const stored = JSON.parse(
            JSON.stringify(storeState(state)),
          ) as ReturnType<typeof storeState>;
          expect(loadState(stored)).toEqual(state);
        }
      }),
    );
  });

  it("loads states stored before version 7 (every field in full, the entry op's stamp in place)", () => {
    fc.assert(
      fc.property(scenarioArb, ({ log }) => {
        for (const state of materialise(log).values()) {
          const stored = storeState(state);
          const legacy: StoredEntityState = {
            ...stored,
            fields: Object.fromEntries(
              Object.entries(stored.fields).map(([name, field]) => [
                name,
                "heads" in field ? field : { heads: [field], superseded: [] },
              ]),
            ),
            entryOp: state.entryOp,
          };
          expect(loadState(legacy)).toEqual(state);
        }
      }),
    );
  });

  it("goes on merging from a loaded state as from the original", () => {
    fc.assert(
      fc.property(scenarioArb, ({ log, split }) => {
        const before = materialise(log.slice(0, split));
        const continued = new Map(
          [...before].map(([key, state]) => [
            key,
            loadState(storeState(state)),
          ]),
        );
        for (const op of log.slice(split)) {
          const key = `${op.entity}/${op.entityId}`;
          continued.set(key, applyOp(continued.get(key), op));
        }
        const expected = materialise(log);
        for (const [key, state] of expected)
          expect(continued.get(key)).toEqual(state);
      }),
    );
  });

  it("stores each value once when a field has a single head", () => {
    const [state] = materialise([
      {
        deviceId: "dev-a",
        stream: "hub",
        seq: 1,
        hlc: "1748736000000:000000",
        entity: "observation",
        entityId: "obs-1",
        kind: "set",
        set: { description: { value: "x".repeat(1000), prev: [] } },
      },
    ]).values();
    expect(state).toBeDefined();
    if (!state) return;
    const stored = JSON.stringify(storeState(state));
    expect(stored.split("x".repeat(1000)).length - 1).toBe(1);
    expect(JSON.stringify(state).split("x".repeat(1000)).length - 1).toBe(3);
  });

  it("writes each op's stamp once, however many fields the op set", () => {
    const fields = ["title", "country", "severity", "trend", "tags"];
    const [state] = materialise([
      {
        deviceId: "dev-a",
        stream: "hub",
        seq: 1,
        hlc: "1748736000000:000000",
        entity: "observation",
        entityId: "obs-1",
        kind: "set",
        set: Object.fromEntries(
          fields.map((field) => [field, { value: field, prev: [] }]),
        ),
      },
    ]).values();
    expect(state).toBeDefined();
    if (!state) return;
    const stored = JSON.stringify(storeState(state));
    // Once among the stamps, once in the list of ops applied; in memory, also in each field
    // (value, head, newest) and as the first op.
    expect(stored.split("dev-a/hub/1").length - 1).toBe(2);
    expect(JSON.stringify(state).split("dev-a/hub/1").length - 1).toBe(
      fields.length * 3 + 2,
    );
  });
});
