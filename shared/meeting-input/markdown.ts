import { citation, type Translate } from "../non-attribution/citation";
import { suppressSmallCounts } from "../non-attribution/small-counts";
import { SECTION_IDS, type MeetingInputDocument } from "./document";
import { categoryIdSchema, taxonomyLabel } from "../domain/taxonomy";
import { languageSchema } from "../i18n/languages";
import type { Count } from "./statistics";

/** A category's name in the export's language; an id the taxonomy does not know stays as it is. */
function categoryLabel(id: string, language: string): string {
  const category = categoryIdSchema.safeParse(id);
  const lang = languageSchema.safeParse(language);
  return category.success
    ? taxonomyLabel(category.data, lang.success ? lang.data : "en")
    : id;
}

/** Table cells and headings must not open Markdown structure of their own. */
const cell = (text: string) =>
  text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\s+/g, " ");
const paragraph = (text: string) =>
  text
    .trim()
    .split(/\n{2,}/)
    .map((block) => block.replace(/^(\s*)([#>|*+-]|\d+\.)/gm, "$1\\$2"))
    .join("\n\n");

/**
 * A one-column table of counts, small counts hidden with their complements: "fewer than 3"
 * stands in for each hidden cell.
 */
function countTable(
  heading: string,
  label: string,
  counts: readonly Count[],
  t: Translate,
): string {
  if (counts.length === 0) return "";
  const { cells, columnTotals } = suppressSmallCounts(
    counts.map((count) => [count.count]),
  );
  const hidden = t("meetingInput.figures.hidden", {});
  const rows = counts.map(
    (count, index) =>
      `| ${cell(count.key)} | ${String(cells[index]?.[0] ?? hidden)} |`,
  );
  return [
    `### ${heading}`,
    "",
    `| ${label} | ${t("meetingInput.figures.observations", {})} |`,
    "| --- | ---: |",
    ...rows,
    `| ${t("meetingInput.figures.total", {})} | ${String(columnTotals[0] ?? hidden)} |`,
    "",
  ].join("\n");
}

/** The meeting input as Markdown, in `language`, without attribution. */
export function meetingInputMarkdown(
  document: MeetingInputDocument,
  language: string,
  t: Translate,
): string {
  const { statistics } = document;
  const names = new Intl.DisplayNames([language], {
    type: "region",
    fallback: "code",
  });
  const lines = [
    `# ${cell(document.title)}`,
    "",
    ...(document.meeting
      ? [
          t("meetingInput.meeting", {
            title: cell(document.meeting.title),
            date: document.meeting.date,
          }),
          "",
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
    "",
  ];
  for (const id of SECTION_IDS) {
    const text = document.sections[id].trim();
    if (text === "") continue;
    lines.push(
      `## ${t(`meetingInput.sections.${id}`, {})}`,
      "",
      paragraph(text),
      "",
    );
  }
  lines.push(`## ${t("meetingInput.figures.title", {})}`, "");
  lines.push(
    countTable(
      t("meetingInput.figures.byCategory", {}),
      t("meetingInput.figures.category", {}),
      statistics.byCategory.map(({ key, count }) => ({
        key: categoryLabel(key, language),
        count,
      })),
      t,
    ),
    countTable(
      t("meetingInput.figures.bySeverity", {}),
      t("meetingInput.figures.severity", {}),
      statistics.bySeverity.map((count, index) => ({
        key: String(index + 1),
        count,
      })),
      t,
    ),
    countTable(
      t("meetingInput.figures.byArea", {}),
      t("meetingInput.figures.area", {}),
      statistics.byAdminArea.map(({ key, count }) => ({
        key: key === "" ? t("meetingInput.figures.countryLevel", {}) : key,
        count,
      })),
      t,
    ),
    countTable(
      t("meetingInput.figures.byMonth", {}),
      t("meetingInput.figures.month", {}),
      statistics.monthly.map(({ month, count }) => ({ key: month, count })),
      t,
    ),
  );
  if (document.evidence.length > 0) {
    lines.push(`## ${t("meetingInput.evidence", {})}`, "");
    for (const { excerpt, source } of document.evidence)
      lines.push(
        `> ${paragraph(excerpt).replace(/\n/g, "\n> ")}`,
        ">",
        `> — ${citation(source, document.level, language, t)}`,
        "",
      );
  }
  return `${lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}
