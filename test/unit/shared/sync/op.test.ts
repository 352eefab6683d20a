import { describe, expect, it } from "vitest";
import { jsonDataSchema, opSchema } from "../../../../shared/sync/op";

const nested = (depth: number): unknown =>
  depth === 0 ? "leaf" : { child: [nested(depth - 1)] };

describe("field values", () => {
  it("accept JSON data: strings, finite numbers, booleans, null, arrays and plain objects", () => {
    for (const value of [
      "Sévaré",
      0,
      -1.5,
      true,
      null,
      [],
      ["a", 1, null],
      { lat: 14.5, lon: -4.2, tags: ["x"] },
      nested(15),
    ])
      expect(
        jsonDataSchema.safeParse(value).success,
        JSON.stringify(value),
      ).toBe(true);
  });

  it("refuse what JSON cannot carry, a __proto__ member, and nesting past 32 levels", () => {
    for (const value of [
      undefined,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      () => 1,
      Symbol("s"),
      10n,
      new Date(0),
      new Map(),
      [1, undefined],
      { a: Number.NaN },
      JSON.parse('{"__proto__": {"polluted": true}}'),
      { nested: [JSON.parse('{"__proto__": 1}')] },
      nested(17),
    ])
      expect(jsonDataSchema.safeParse(value).success, String(value)).toBe(
        false,
      );
  });

  it("are checked inside ops", () => {
    const op = {
      kind: "set",
      deviceId: "pd-field",
      stream: "country:ML",
      seq: 1,
      hlc: "1763892000000:000000",
      entity: "observation",
      entityId: "obs-1",
      set: { title: { value: "Clashes", prev: [] } },
    };
    expect(opSchema.safeParse(op).success).toBe(true);
    expect(
      opSchema.safeParse({
        ...op,
        set: { title: { value: new Date(0), prev: [] } },
      }).error?.issues[0]?.message,
    ).toBe("Not JSON data.");
  });
});
