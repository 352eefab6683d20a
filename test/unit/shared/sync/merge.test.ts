import { describe, expect, it } from "vitest";
import {
  applyOp,
  conflictedFields,
  currentValues,
} from "../../../../shared/sync/merge";
import { opId } from "../../../../shared/sync/op";
import {
  YEAR_MS,
  at,
  only,
  setOp,
  tombstone,
  write,
  type Target,
} from "../../../support/sync/ops";

// Properties over simulated devices and arrival orders: merge-convergence.test.ts.

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
