import type { Translate } from "../non-attribution/citation";
import type { MeetingInputDocument } from "./document";
import { exportParts, type ExportTable } from "./export-parts";

/** Table cells and headings must not open Markdown structure of their own. */
const cell = (text: string) =>
  text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\s+/g, " ");
const paragraph = (text: string) =>
  text
    .trim()
    .split(/\n{2,}/)
    .map((block) => block.replace(/^(\s*)([#>|*+-]|\d+\.)/gm, "$1\\$2"))
    .join("\n\n");

const table = ({ heading, columns, rows, total }: ExportTable) =>
  [
    `### ${cell(heading)}`,
    "",
    `| ${cell(columns[0])} | ${cell(columns[1])} |`,
    "| --- | ---: |",
    ...[...rows, total].map(
      ([key, value]) => `| ${cell(key)} | ${cell(value)} |`,
    ),
  ].join("\n");

/** The meeting input as Markdown, in `language`, without attribution. */
export function meetingInputMarkdown(
  document: MeetingInputDocument,
  language: string,
  t: Translate,
): string {
  const parts = exportParts(document, language, t);
  const blocks = [
    `# ${cell(parts.title)}`,
    ...parts.lines.map(paragraph),
    ...parts.sections.map(
      ({ heading, text }) => `## ${cell(heading)}\n\n${paragraph(text)}`,
    ),
    `## ${cell(parts.figuresHeading)}`,
    ...parts.tables.map(table),
  ];
  if (parts.evidence.length > 0)
    blocks.push(
      `## ${cell(parts.evidenceHeading)}`,
      ...parts.evidence.map(
        ({ excerpt, citation }) =>
          `> ${paragraph(excerpt).replace(/\n/g, "\n> ")}\n>\n> — ${citation}`,
      ),
    );
  return `${blocks.join("\n\n")}\n`;
}
