/**
 * Small-count suppression for the tables and charts of an export (issue 8): a cell counting
 * fewer than `minimum` observations (but some) is hidden, and so are enough other cells that
 * no hidden cell can be worked back from the totals. A row or column with a hidden cell gets at
 * least two, the second being its smallest other cell, until nothing changes. Totals stay exact,
 * or are hidden where they alone would show a hidden cell.
 */
export const MINIMUM_COUNT = 3;

export interface SuppressedTable {
  /** Each cell's count, or null where it is hidden. */
  cells: (number | null)[][];
  /**
   * Exact totals; null for a line left with one hidden cell and nothing else to hide (a line
   * of one cell), whose total would show that cell.
   */
  rowTotals: (number | null)[];
  columnTotals: (number | null)[];
  total: number | null;
}

const sum = (values: readonly number[]) =>
  values.reduce((total, value) => total + value, 0);

/** The cells of one line (a row or a column): their positions in the table. */
type Line = [number, number][];

export function suppressSmallCounts(
  counts: readonly (readonly number[])[],
  minimum = MINIMUM_COUNT,
): SuppressedTable {
  const columns = counts[0]?.length ?? 0;
  const hidden = counts.map((row) =>
    row.map((count) => count > 0 && count < minimum),
  );
  const lines: Line[] = [
    ...counts.map(
      (_, r) => counts[r]?.map((_, c): [number, number] => [r, c]) ?? [],
    ),
    ...Array.from({ length: columns }, (_, c) =>
      counts.map((_, r): [number, number] => [r, c]),
    ),
  ];
  const count = ([r, c]: [number, number]) => counts[r]?.[c] ?? 0;
  const isHidden = ([r, c]: [number, number]) => hidden[r]?.[c] === true;
  // A line with exactly one hidden cell gives it away through its total: hide one more, the
  // smallest visible cell (a counted one if there is any), and look again.
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (line.filter(isHidden).length !== 1) continue;
      const candidates = line
        .filter((cell) => !isHidden(cell))
        .sort(
          (a, b) =>
            Number(count(a) === 0) - Number(count(b) === 0) ||
            count(a) - count(b),
        );
      const [chosen] = candidates;
      if (chosen === undefined) continue;
      const row = hidden[chosen[0]];
      if (row) row[chosen[1]] = true;
      changed = true;
    }
  }
  const cells = counts.map((row, r) =>
    row.map((value, c) => (hidden[r]?.[c] === true ? null : value)),
  );
  const shownTotal = (line: (number | null)[], total: number) =>
    line.filter((value) => value === null).length === 1 ? null : total;
  return {
    cells,
    rowTotals: counts.map((row, r) => shownTotal(cells[r] ?? [], sum(row))),
    columnTotals: Array.from({ length: columns }, (_, c) =>
      shownTotal(
        cells.map((row) => row[c] ?? null),
        sum(counts.map((row) => row[c] ?? 0)),
      ),
    ),
    total: shownTotal(cells.flat(), sum(counts.map((row) => sum(row)))),
  };
}
