import type { ObservationSummaryRow } from "../../db/rows";

export interface ObservationFilters {
  country: string | null;
  category: string | null;
  indicator: string | null;
  severity: number | null;
  trend: string | null;
  status: string | null;
  sensitivity: string | null;
  from: string | null;
  to: string | null;
}

export const NO_FILTERS: ObservationFilters = {
  country: null,
  category: null,
  indicator: null,
  severity: null,
  trend: null,
  status: null,
  sensitivity: null,
  from: null,
  to: null,
};

export type SortKey = "observedAt" | "severity" | "updated";
export interface Sort {
  key: SortKey;
  descending: boolean;
}

const compare: Record<
  SortKey,
  (a: ObservationSummaryRow, b: ObservationSummaryRow) => number
> = {
  observedAt: (a, b) => a.observedAt.localeCompare(b.observedAt),
  severity: (a, b) => a.severity - b.severity,
  updated: (a, b) => a.updatedHlc.localeCompare(b.updatedHlc),
};

/**
 * Filters and sorts the in-memory summaries; `matching` (ids found by full-text search) narrows
 * them further when a search is active. Ties fall back to the id so pages never reshuffle.
 */
export function queryObservations(
  summaries: readonly ObservationSummaryRow[],
  filters: ObservationFilters,
  sort: Sort,
  matching: ReadonlySet<string> | null,
): ObservationSummaryRow[] {
  const result = summaries.filter(
    (row) =>
      (matching === null || matching.has(row.id)) &&
      (filters.country === null || row.country === filters.country) &&
      (filters.category === null || row.category === filters.category) &&
      (filters.indicator === null ||
        row.indicators.includes(filters.indicator)) &&
      (filters.severity === null || row.severity === filters.severity) &&
      (filters.trend === null || row.trend === filters.trend) &&
      (filters.status === null || row.status === filters.status) &&
      (filters.sensitivity === null ||
        row.sensitivity === filters.sensitivity) &&
      (filters.from === null || row.observedAt >= filters.from) &&
      (filters.to === null || row.observedAt <= filters.to),
  );
  const direction = sort.descending ? -1 : 1;
  return result.sort(
    (a, b) => direction * compare[sort.key](a, b) || a.id.localeCompare(b.id),
  );
}
