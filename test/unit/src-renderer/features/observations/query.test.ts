import { describe, expect, it } from "vitest";
import type { ObservationSummaryRow } from "../../../../../src-renderer/db/rows";
import {
  NO_FILTERS,
  queryObservations,
  type ObservationFilters,
  type Sort,
  type SortKey,
} from "../../../../../src-renderer/features/observations/query";

const row = (
  id: string,
  changes: Partial<ObservationSummaryRow> = {},
): ObservationSummaryRow => ({
  id,
  observedAt: "2026-06-15",
  country: "ML",
  category: "armed-groups",
  indicators: ["armed-groups.clashes"],
  severity: 3,
  trend: "stable",
  status: "final",
  sensitivity: "restricted",
  title: `Observation ${id}`,
  updatedHlc: "1780000000000:000000",
  hasConflict: false,
  ...changes,
});

/** Each row differs from `base` in one filtered property. */
const base = row("a-base");
const rows: ObservationSummaryRow[] = [
  base,
  row("b-country", { country: "NE" }),
  row("c-category", {
    category: "gbv",
    // A secondary indicator may come from another category.
    indicators: ["gbv.early-marriage", "armed-groups.clashes"],
  }),
  row("d-indicator", {
    indicators: ["armed-groups.recruitment", "displacement.new-displacement"],
  }),
  row("e-severity", { severity: 5 }),
  row("f-trend", { trend: "escalating" }),
  row("g-status", { status: "draft" }),
  row("h-sensitivity", { sensitivity: "confidential" }),
  row("i-early", { observedAt: "2026-01-01" }),
  row("j-late", { observedAt: "2026-12-31" }),
];

const ids = (result: readonly ObservationSummaryRow[]) =>
  result.map((r) => r.id);
const byId: Sort = { key: "observedAt", descending: false };
const filtered = (filters: Partial<ObservationFilters>) =>
  ids(queryObservations(rows, { ...NO_FILTERS, ...filters }, byId, null))
    .slice()
    .sort();

describe("queryObservations: filters", () => {
  it("keeps everything without filters or search", () => {
    expect(filtered({})).toEqual(ids(rows).sort());
  });

  it.each<[string, Partial<ObservationFilters>, string[]]>([
    ["country", { country: "NE" }, ["b-country"]],
    ["category", { category: "gbv" }, ["c-category"]],
    [
      "indicator (any of the row's indicators)",
      { indicator: "displacement.new-displacement" },
      ["d-indicator"],
    ],
    ["severity", { severity: 5 }, ["e-severity"]],
    ["trend", { trend: "escalating" }, ["f-trend"]],
    ["status", { status: "draft" }, ["g-status"]],
    ["sensitivity", { sensitivity: "confidential" }, ["h-sensitivity"]],
  ])("filters by %s", (_name, filters, expected) => {
    expect(filtered(filters)).toEqual(expected);
  });

  it("filters by the base values, leaving out exactly the row that differs", () => {
    const cases: [Partial<ObservationFilters>, string][] = [
      [{ country: "ML" }, "b-country"],
      [{ category: "armed-groups" }, "c-category"],
      [{ indicator: "armed-groups.clashes" }, "d-indicator"],
      [{ severity: 3 }, "e-severity"],
      [{ trend: "stable" }, "f-trend"],
      [{ status: "final" }, "g-status"],
      [{ sensitivity: "restricted" }, "h-sensitivity"],
    ];
    for (const [filters, excluded] of cases) {
      const kept = filtered(filters);
      expect(kept, JSON.stringify(filters)).not.toContain(excluded);
      expect(kept).toHaveLength(rows.length - 1);
    }
  });

  it("combines filters with and", () => {
    expect(filtered({ country: "ML", severity: 5 })).toEqual(["e-severity"]);
    expect(filtered({ country: "NE", severity: 5 })).toEqual([]);
  });

  it("includes both ends of the date range", () => {
    expect(filtered({ from: "2026-01-01", to: "2026-01-01" })).toEqual([
      "i-early",
    ]);
    expect(filtered({ from: "2026-12-31" })).toEqual(["j-late"]);
    expect(filtered({ to: "2026-01-01" })).toEqual(["i-early"]);
    expect(filtered({ from: "2026-01-02", to: "2026-12-30" })).toEqual(
      ids(rows)
        .filter((id) => id !== "i-early" && id !== "j-late")
        .sort(),
    );
    expect(filtered({ from: "2026-12-31", to: "2026-01-01" })).toEqual([]);
  });

  it("narrows to the ids found by search, and finds nothing when search found nothing", () => {
    const found = new Set(["a-base", "b-country", "not-listed"]);
    expect(filtered({})).toHaveLength(rows.length);
    expect(
      ids(queryObservations(rows, NO_FILTERS, byId, found)).sort(),
    ).toEqual(["a-base", "b-country"]);
    expect(
      ids(
        queryObservations(rows, { ...NO_FILTERS, country: "ML" }, byId, found),
      ),
    ).toEqual(["a-base"]);
    expect(queryObservations(rows, NO_FILTERS, byId, new Set())).toEqual([]);
  });

  it("leaves the input list as it was", () => {
    const input = [row("z"), row("y"), row("x")];
    const copy = structuredClone(input);
    const result = queryObservations(input, NO_FILTERS, byId, null);
    expect(input).toEqual(copy);
    expect(result).not.toBe(input);
  });
});

describe("queryObservations: sorting", () => {
  const sortable = [
    row("s1", {
      observedAt: "2026-03-01",
      severity: 2,
      updatedHlc: "1780000000300:000000",
    }),
    row("s2", {
      observedAt: "2026-01-01",
      severity: 5,
      updatedHlc: "1780000000100:000001",
    }),
    row("s3", {
      observedAt: "2026-02-01",
      severity: 1,
      updatedHlc: "1780000000100:000000",
    }),
  ];
  const sorted = (key: SortKey, descending: boolean) =>
    ids(queryObservations(sortable, NO_FILTERS, { key, descending }, null));

  it.each<[SortKey, string[]]>([
    ["observedAt", ["s2", "s3", "s1"]],
    ["severity", ["s3", "s1", "s2"]],
    ["updated", ["s3", "s2", "s1"]],
  ])("sorts by %s, ascending and descending", (key, ascending) => {
    expect(sorted(key, false)).toEqual(ascending);
    expect(sorted(key, true)).toEqual([...ascending].reverse());
  });

  it("breaks ties by id, whatever order the rows come in", () => {
    const tied = ["t-c", "t-a", "t-d", "t-b"].map((id) =>
      row(id, { observedAt: "2026-05-05", severity: 4 }),
    );
    const others = [
      row("u-early", { observedAt: "2026-01-01", severity: 1 }),
      row("u-late", { observedAt: "2026-09-09", severity: 5 }),
    ];
    for (const key of ["observedAt", "severity", "updated"] as const) {
      for (const descending of [false, true]) {
        const sort = { key, descending };
        const forward = ids(
          queryObservations([...tied, ...others], NO_FILTERS, sort, null),
        );
        const backward = ids(
          queryObservations(
            [...others, ...tied].reverse(),
            NO_FILTERS,
            sort,
            null,
          ),
        );
        expect(forward).toEqual(backward);
        if (key !== "updated") {
          expect(forward).toEqual(
            descending
              ? ["u-late", "t-a", "t-b", "t-c", "t-d", "u-early"]
              : ["u-early", "t-a", "t-b", "t-c", "t-d", "u-late"],
          );
        }
      }
    }
    // Every row has the same clock reading: the id alone decides.
    expect(
      ids(
        queryObservations(
          tied,
          NO_FILTERS,
          { key: "updated", descending: true },
          null,
        ),
      ),
    ).toEqual(["t-a", "t-b", "t-c", "t-d"]);
  });
});
