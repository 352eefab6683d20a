/**
 * The statistics of a meeting input (issue 8): from the observations of some countries over a
 * period, counts by category, indicator, severity, trend and admin area, a monthly series,
 * notable escalations, and the time from an alert to the first response. One pass over the
 * records; the rendering applies small-count suppression (`shared/non-attribution/`).
 */
export interface StatsRecord {
  /** YYYY-MM-DD */
  observedAt: string;
  /** ISO date-time */
  reportedAt: string;
  country: string;
  adminArea: string | null;
  category: string;
  indicators: readonly string[];
  /** 1 (low) to 5 (critical). */
  severity: number;
  trend: string;
  responseLog: readonly { at: string }[];
}

export interface StatsQuery {
  countries: readonly string[];
  /** Inclusive, YYYY-MM-DD. */
  from: string;
  to: string;
}

export interface Count {
  key: string;
  count: number;
}

export interface Escalation {
  /** "" for observations placed only at country level. */
  adminArea: string;
  month: string;
  count: number;
  previous: number;
}

export interface MeetingStatistics {
  observations: number;
  byCategory: Count[];
  byIndicator: Count[];
  /** Index 0 is severity 1. */
  bySeverity: number[];
  byTrend: Count[];
  /** Every month of the period, YYYY-MM, with its count and its severe (4–5) count. */
  monthly: { month: string; count: number; severe: number }[];
  byAdminArea: Count[];
  escalations: Escalation[];
  earlyAction: {
    /** Severe or escalating observations: the early warnings. */
    alerts: number;
    /** Of those, how many have a response logged. */
    responded: number;
    /** Hours from report to first response, over the responded alerts. */
    medianHours: number | null;
    p90Hours: number | null;
  };
}

/** An area's month is an escalation from this many observations, at least doubling the month before. */
const ESCALATION_MINIMUM = 3;
const HOUR = 3_600_000;

const tally = (counts: Map<string, number>, key: string) => {
  counts.set(key, (counts.get(key) ?? 0) + 1);
};

const sorted = (counts: Map<string, number>): Count[] =>
  [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));

/** Every month from `from` to `to`, as YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${String(year)}-${String(month).padStart(2, "0")}`;
    if (key > last) return months;
    months.push(key);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
}

const quantile = (sortedValues: readonly number[], q: number) =>
  sortedValues.length === 0
    ? null
    : (sortedValues[
        Math.min(
          sortedValues.length - 1,
          Math.floor(q * (sortedValues.length - 1) + 0.5),
        )
      ] ?? null);

export function meetingStatistics(
  records: Iterable<StatsRecord>,
  query: StatsQuery,
): MeetingStatistics {
  const countries = new Set(query.countries);
  const months = monthsBetween(query.from, query.to);
  const monthly = new Map(
    months.map((month) => [month, { month, count: 0, severe: 0 }]),
  );
  const byCategory = new Map<string, number>();
  const byIndicator = new Map<string, number>();
  const byTrend = new Map<string, number>();
  const byAdminArea = new Map<string, number>();
  const areaMonths = new Map<string, Map<string, number>>();
  const bySeverity = [0, 0, 0, 0, 0];
  const responseHours: number[] = [];
  let observations = 0;
  let alerts = 0;

  for (const record of records) {
    if (
      !countries.has(record.country) ||
      record.observedAt < query.from ||
      record.observedAt > query.to
    )
      continue;
    observations += 1;
    tally(byCategory, record.category);
    for (const indicator of record.indicators) tally(byIndicator, indicator);
    tally(byTrend, record.trend);
    const severity = Math.min(5, Math.max(1, Math.round(record.severity)));
    bySeverity[severity - 1] = (bySeverity[severity - 1] ?? 0) + 1;
    const month = record.observedAt.slice(0, 7);
    const bucket = monthly.get(month);
    if (bucket) {
      bucket.count += 1;
      if (severity >= 4) bucket.severe += 1;
    }
    const area = record.adminArea ?? "";
    tally(byAdminArea, area);
    let perMonth = areaMonths.get(area);
    if (perMonth === undefined) {
      perMonth = new Map();
      areaMonths.set(area, perMonth);
    }
    tally(perMonth, month);
    if (severity >= 4 || record.trend === "escalating") {
      alerts += 1;
      const first = record.responseLog.reduce<string | null>(
        (earliest, entry) =>
          earliest === null || entry.at < earliest ? entry.at : earliest,
        null,
      );
      if (first !== null)
        responseHours.push(
          Math.max(
            0,
            (Date.parse(first) - Date.parse(record.reportedAt)) / HOUR,
          ),
        );
    }
  }

  const escalations: Escalation[] = [];
  for (const [adminArea, perMonth] of areaMonths)
    months.forEach((month, index) => {
      const count = perMonth.get(month) ?? 0;
      const previous =
        index === 0 ? null : (perMonth.get(months[index - 1] ?? "") ?? 0);
      if (
        previous !== null &&
        count >= ESCALATION_MINIMUM &&
        count >= 2 * previous
      )
        escalations.push({ adminArea, month, count, previous });
    });
  escalations.sort(
    (a, b) =>
      b.count - b.previous - (a.count - a.previous) ||
      a.month.localeCompare(b.month) ||
      a.adminArea.localeCompare(b.adminArea),
  );
  responseHours.sort((a, b) => a - b);

  return {
    observations,
    byCategory: sorted(byCategory),
    byIndicator: sorted(byIndicator),
    bySeverity,
    byTrend: sorted(byTrend),
    monthly: months.map(
      (month) => monthly.get(month) ?? { month, count: 0, severe: 0 },
    ),
    byAdminArea: sorted(byAdminArea),
    escalations,
    earlyAction: {
      alerts,
      responded: responseHours.length,
      medianHours: quantile(responseHours, 0.5),
      p90Hours: quantile(responseHours, 0.9),
    },
  };
}
