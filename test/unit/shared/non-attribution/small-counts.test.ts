import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suppressSmallCounts } from "../../../../shared/non-attribution/small-counts";

describe("small-count suppression", () => {
  it("hides a count under 3, and the smallest other cell of its row and column", () => {
    const table = suppressSmallCounts([
      [10, 2, 7],
      [5, 8, 9],
    ]);
    expect(table.cells).toEqual([
      [10, null, null],
      [5, null, null],
    ]);
    expect(table.rowTotals).toEqual([19, 22]);
    expect(table.columnTotals).toEqual([15, 10, 16]);
    expect(table.total).toBe(41);
  });

  it("leaves zeros and large counts alone when nothing is small", () => {
    expect(suppressSmallCounts([[0, 3, 40]]).cells).toEqual([[0, 3, 40]]);
  });

  it("hides a second cell in a single line with a total, so the total cannot give it away", () => {
    expect(suppressSmallCounts([[12, 1, 30, 0]]).cells).toEqual([
      [null, null, 30, 0],
    ]);
  });

  it("hides the total of a line whose one hidden cell has nothing beside it", () => {
    expect(suppressSmallCounts([[2], [9]])).toEqual({
      cells: [[null], [null]],
      rowTotals: [null, null],
      columnTotals: [11],
      total: 11,
    });
    expect(suppressSmallCounts([[1]])).toEqual({
      cells: [[null]],
      rowTotals: [null],
      columnTotals: [null],
      total: null,
    });
  });

  it("never shows a small count, and never leaves a hidden cell alone in a line (property)", () => {
    const table = fc
      .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
      .chain(([rows, columns]) =>
        fc.array(
          fc.array(fc.nat({ max: 12 }), {
            minLength: columns,
            maxLength: columns,
          }),
          { minLength: rows, maxLength: rows },
        ),
      );
    fc.assert(
      fc.property(table, (counts) => {
        const { cells, rowTotals, columnTotals } = suppressSmallCounts(counts);
        const columns = counts[0]?.length ?? 0;
        const hiddenIn = (line: (number | null)[]) =>
          line.filter((value) => value === null).length;
        const shown = cells.flat().filter((value) => value !== null);
        // Whatever is shown, no hidden cell is the only unknown of a line with a shown total.
        const columnCells = Array.from({ length: columns }, (_, c) =>
          cells.map((row) => row[c] ?? null),
        );
        const safe = (line: (number | null)[], total: number | null) =>
          total === null || hiddenIn(line) !== 1;
        return (
          shown.every((value) => value === 0 || value >= 3) &&
          cells.every((row, r) => safe(row, rowTotals[r] ?? null)) &&
          columnCells.every((column, c) =>
            safe(column, columnTotals[c] ?? null),
          ) &&
          rowTotals.every(
            (total, r) =>
              total === null ||
              total === (counts[r] ?? []).reduce((a, b) => a + b, 0),
          )
        );
      }),
      { numRuns: 2_000, seed: 11 },
    );
  });
});
