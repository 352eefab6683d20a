import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  meetingStatistics,
  monthsBetween,
  type StatsRecord,
} from "../../../../shared/meeting-input/statistics";
import { corpusLines } from "../../../../src-main/demo/corpus";

const record = (change: Partial<StatsRecord>): StatsRecord => ({
  observedAt: "2026-03-10",
  reportedAt: "2026-03-10T12:00:00Z",
  country: "ML",
  adminArea: "Gao",
  category: "violence-civilians",
  indicators: ["violence-civilians.abductions"],
  severity: 2,
  trend: "stable",
  responseLog: [],
  ...change,
});
const QUERY = { countries: ["ML"], from: "2026-01-01", to: "2026-04-30" };

describe("meeting input statistics", () => {
  it("counts only the countries and period asked, by category, indicator, severity, trend and area", () => {
    const stats = meetingStatistics(
      [
        record({}),
        record({
          severity: 4,
          adminArea: null,
          category: "hate-speech",
          indicators: ["hate-speech.online-incitement", "hate-speech.radio"],
        }),
        record({ trend: "escalating" }),
        record({ country: "NE" }),
        record({ observedAt: "2025-12-31" }),
        record({ observedAt: "2026-05-01" }),
      ],
      QUERY,
    );
    expect(stats.observations).toBe(3);
    expect(stats.byCategory).toEqual([
      { key: "violence-civilians", count: 2 },
      { key: "hate-speech", count: 1 },
    ]);
    expect(stats.byIndicator.map((count) => count.key)).toEqual([
      "violence-civilians.abductions",
      "hate-speech.online-incitement",
      "hate-speech.radio",
    ]);
    expect(stats.bySeverity).toEqual([0, 2, 0, 1, 0]);
    expect(stats.byTrend).toEqual([
      { key: "stable", count: 2 },
      { key: "escalating", count: 1 },
    ]);
    expect(stats.byAdminArea).toEqual([
      { key: "Gao", count: 2 },
      { key: "", count: 1 },
    ]);
    expect(stats.monthly).toEqual([
      { month: "2026-01", count: 0, severe: 0 },
      { month: "2026-02", count: 0, severe: 0 },
      { month: "2026-03", count: 3, severe: 1 },
      { month: "2026-04", count: 0, severe: 0 },
    ]);
  });

  it("finds an area whose month at least doubles the one before, from 3 observations", () => {
    const stats = meetingStatistics(
      [
        record({ observedAt: "2026-02-03" }),
        ...Array.from({ length: 3 }, () =>
          record({ observedAt: "2026-03-05" }),
        ),
        ...Array.from({ length: 4 }, () =>
          record({ observedAt: "2026-04-05", adminArea: "Mopti" }),
        ),
        record({ observedAt: "2026-04-06" }),
      ],
      QUERY,
    );
    expect(stats.escalations).toEqual([
      { adminArea: "Mopti", month: "2026-04", count: 4, previous: 0 },
      { adminArea: "Gao", month: "2026-03", count: 3, previous: 1 },
    ]);
  });

  it("times early warnings to their first response, in hours", () => {
    const alert = (hours: number | null) =>
      record({
        severity: 5,
        responseLog:
          hours === null
            ? []
            : [
                {
                  at: new Date(
                    Date.parse("2026-03-10T12:00:00Z") +
                      hours * 3_600_000 +
                      86_400_000,
                  ).toISOString(),
                },
                {
                  at: new Date(
                    Date.parse("2026-03-10T12:00:00Z") + hours * 3_600_000,
                  ).toISOString(),
                },
              ],
      });
    const stats = meetingStatistics(
      [
        alert(2),
        alert(10),
        alert(30),
        alert(null),
        record({ responseLog: [{ at: "2026-03-10T13:00:00Z" }] }),
      ],
      QUERY,
    );
    expect(stats.earlyAction).toEqual({
      alerts: 4,
      responded: 3,
      medianHours: 10,
      p90Hours: 30,
    });
  });

  it("lists every month of a period across a year's end", () => {
    expect(monthsBetween("2025-11-15", "2026-02-01")).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ]);
  });

  it("agrees with counting the corpus by hand (2,000 records, every country)", () => {
    const records = corpusLines(2_000, { seed: 3, lang: "mixed" }).map(
      (line) => JSON.parse(line) as StatsRecord,
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...new Set(records.map((r) => r.country))),
        fc.constantFrom("2025-06-01", "2025-11-15", "2026-01-01"),
        (country, from) => {
          const query = { countries: [country], from, to: "2026-12-31" };
          const stats = meetingStatistics(records, query);
          const mine = records.filter(
            (r) =>
              r.country === country &&
              r.observedAt >= from &&
              r.observedAt <= query.to,
          );
          const monthlyTotal = stats.monthly.reduce(
            (sum, m) => sum + m.count,
            0,
          );
          return (
            stats.observations === mine.length &&
            monthlyTotal === mine.length &&
            stats.bySeverity.reduce((a, b) => a + b, 0) === mine.length &&
            stats.byAdminArea.reduce((sum, c) => sum + c.count, 0) ===
              mine.length &&
            stats.byCategory.every(
              ({ key, count }) =>
                count === mine.filter((r) => r.category === key).length,
            )
          );
        },
      ),
      { numRuns: 60, seed: 5 },
    );
  });
});
