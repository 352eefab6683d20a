import { categoryIdSchema, taxonomyLabel } from "../domain/taxonomy";
import { languageSchema } from "../i18n/languages";
import { citation, type Translate } from "../non-attribution/citation";
import {
  MINIMUM_COUNT,
  suppressSmallCounts,
} from "../non-attribution/small-counts";
import { SECTION_IDS, type MeetingInputDocument } from "./document";
import type { Count, MeetingStatistics } from "./statistics";

/**
 * A meeting input laid out for any export format (Markdown, DOCX, the print view): the texts in
 * the export's language, the figures with small counts hidden, the evidence cited by place and
 * time only. Each format only renders these parts, so none can leak more than another.
 */
export interface ExportTable {
  /** Which count it is: the print view draws months as a series, the others as bars. */
  kind: "byCategory" | "bySeverity" | "byTrend" | "byArea" | "byMonth";
  heading: string;
  columns: [string, string];
  rows: [string, string][];
  total: [string, string];
}

export interface ExportParts {
  title: string;
  /** The meeting and the scope, one line each. */
  lines: string[];
  sections: { heading: string; text: string }[];
  figuresHeading: string;
  tables: ExportTable[];
  evidenceHeading: string;
  evidence: { excerpt: string; citation: string }[];
}

/** A category's name in the export's language; an id the taxonomy does not know stays as it is. */
function categoryLabel(id: string, language: string): string {
  const category = categoryIdSchema.safeParse(id);
  const lang = languageSchema.safeParse(language);
  return category.success
    ? taxonomyLabel(category.data, lang.success ? lang.data : "en")
    : id;
}

/** A one-column table of counts, small counts and their complements hidden. */
function countTable(
  kind: ExportTable["kind"],
  label: string,
  counts: readonly Count[],
  t: Translate,
): ExportTable {
  const { cells, columnTotals } = suppressSmallCounts(
    counts.map((count) => [count.count]),
  );
  const hidden = t("meetingInput.figures.hidden", {});
  return {
    kind,
    heading: t(`meetingInput.figures.${kind}`, {}),
    columns: [label, t("meetingInput.figures.observations", {})],
    rows: counts.map((count, index) => [
      count.key,
      String(cells[index]?.[0] ?? hidden),
    ]),
    total: [
      t("meetingInput.figures.total", {}),
      String(columnTotals[0] ?? hidden),
    ],
  };
}

/**
 * The early-warning to early-action line: how many alerts, how many had a response, and the
 * median time to it. A small count (and the median of a few responses) is not given.
 */
function earlyActionLine(statistics: MeetingStatistics, t: Translate): string {
  const { alerts, responded, medianHours } = statistics.earlyAction;
  if (alerts === 0) return t("meetingInput.earlyAction.none", {});
  const small = (count: number) => count > 0 && count < MINIMUM_COUNT;
  const hidden = t("meetingInput.figures.hidden", {});
  const respondedShown = !small(alerts) && !small(responded);
  return t("meetingInput.earlyAction.line", {
    alerts: small(alerts) ? hidden : String(alerts),
    responded: respondedShown ? String(responded) : hidden,
    median:
      respondedShown && medianHours !== null
        ? String(Math.round(medianHours))
        : "—",
  });
}

export function exportParts(
  document: MeetingInputDocument,
  language: string,
  t: Translate,
): ExportParts {
  const { statistics } = document;
  const names = new Intl.DisplayNames([language], {
    type: "region",
    fallback: "code",
  });
  const figure = (name: string) => t(`meetingInput.figures.${name}`, {});
  return {
    title: document.title,
    lines: [
      ...(document.meeting
        ? [
            t("meetingInput.meeting", {
              title: document.meeting.title,
              date: document.meeting.date,
            }),
          ]
        : []),
      t("meetingInput.scope", {
        countries: document.countries
          .map((code) => names.of(code) ?? code)
          .join(", "),
        from: document.period.from,
        to: document.period.to,
        count: String(statistics.observations),
      }),
      earlyActionLine(statistics, t),
    ],
    sections: SECTION_IDS.filter(
      (id) => document.sections[id].trim() !== "",
    ).map((id) => ({
      heading: t(`meetingInput.sections.${id}`, {}),
      text: document.sections[id].trim(),
    })),
    figuresHeading: figure("title"),
    tables: [
      countTable(
        "byCategory",
        figure("category"),
        statistics.byCategory.map(({ key, count }) => ({
          key: categoryLabel(key, language),
          count,
        })),
        t,
      ),
      countTable(
        "bySeverity",
        figure("severity"),
        statistics.bySeverity.map((count, index) => ({
          key: String(index + 1),
          count,
        })),
        t,
      ),
      countTable(
        "byTrend",
        figure("trend"),
        statistics.byTrend.map(({ key, count }) => ({
          key: t(`observation.values.trend.${key}`, { defaultValue: key }),
          count,
        })),
        t,
      ),
      countTable(
        "byArea",
        figure("area"),
        statistics.byAdminArea.map(({ key, count }) => ({
          key: key === "" ? figure("countryLevel") : key,
          count,
        })),
        t,
      ),
      countTable(
        "byMonth",
        figure("month"),
        statistics.monthly.map(({ month, count }) => ({ key: month, count })),
        t,
      ),
    ].filter((table) => table.rows.length > 0),
    evidenceHeading: t("meetingInput.evidence", {}),
    evidence: document.evidence.map(({ excerpt, source }) => ({
      excerpt,
      citation: citation(source, document.level, language, t),
    })),
  };
}
