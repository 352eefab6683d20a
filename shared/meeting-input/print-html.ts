import { countOf, tableChart } from "./charts";
import type { ExportParts, ExportTable } from "./export-parts";
import { escapeMarkup as e } from "./markup";

/**
 * The meeting input as one standalone HTML page for A4: what Chromium prints to PDF and what the
 * person previews before saving. No script and nothing fetched (the CSP says so too); every text
 * is escaped, for sections and excerpts are what people typed.
 */

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
@page {
  size: A4;
  margin: 18mm 18mm 20mm;
  @bottom-left { content: "Prevention Desk"; font: 8pt sans-serif; color: #5f6b7a; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt sans-serif; color: #5f6b7a; }
}
* { box-sizing: border-box; }
html {
  background: #e9edf1;
  color: #1f2933;
  font: 10.5pt/1.5 system-ui, "Segoe UI", "DejaVu Sans", sans-serif;
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
body { margin: 0; }
.sheet {
  max-width: 210mm;
  margin: 24px auto;
  padding: 18mm;
  background: #fff;
  box-shadow: 0 1px 6px rgba(31, 41, 51, 0.2);
}
@media print {
  html { background: none; }
  .sheet { max-width: none; margin: 0; padding: 0; box-shadow: none; }
}
header { border-bottom: 2px solid #3b6ea5; padding-bottom: 8pt; margin-bottom: 6pt; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 6pt; }
header p { margin: 0; color: #3e4c59; }
h2 { font-size: 14pt; color: #24476b; margin: 18pt 0 6pt; break-after: avoid; }
p { margin: 0 0 6pt; white-space: pre-line; overflow-wrap: anywhere; orphans: 3; widows: 3; }
figure { margin: 0 0 16pt; }
.figure { break-inside: avoid; }
table { width: 100%; border-collapse: collapse; font-size: 9pt; line-height: 1.35; margin-bottom: 6pt; }
caption { text-align: left; font-weight: 600; font-size: 11pt; padding-bottom: 4pt; }
th, td { padding: 1.5pt 6pt; border-bottom: 1px solid #d9dee4; text-align: left; overflow-wrap: anywhere; }
thead th { border-bottom: 1.5px solid #1f2933; }
tbody tr:nth-child(even) { background: #f4f6f8; }
tfoot th, tfoot td { font-weight: 600; border-top: 1.5px solid #1f2933; border-bottom: none; }
.count { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.hidden { color: #5f6b7a; font-style: italic; }
tbody th { font-weight: normal; }
.chart { display: block; max-width: 100%; height: auto; break-inside: avoid; }
blockquote { margin: 0; padding: 2pt 0 2pt 10pt; border-left: 3px solid #3b6ea5; font-style: italic; }
.evidence figure { break-inside: avoid; margin-bottom: 10pt; }
figcaption { color: #3e4c59; padding-left: 13pt; font-size: 9.5pt; }
`;

/** Blank lines part paragraphs; single line breaks stay (`pre-line`). */
const paragraphs = (text: string) =>
  text
    .trim()
    .split(/\n\s*\n/)
    .map((block) => `<p>${e(block.trim())}</p>`)
    .join("\n");

const countCell = (cell: string) =>
  `<td class="${countOf(cell) === null ? "count hidden" : "count"}">${e(cell)}</td>`;

const row = ([label, cell]: [string, string]) =>
  `<tr><th scope="row">${e(label)}</th>${countCell(cell)}</tr>`;

function figure(table: ExportTable, index: number): string {
  const [label, count] = table.columns;
  return [
    `<figure class="figure">`,
    `<table>`,
    `<caption>${e(table.heading)}</caption>`,
    `<thead><tr><th scope="col">${e(label)}</th><th scope="col" class="count">${e(count)}</th></tr></thead>`,
    `<tbody>`,
    ...table.rows.map(row),
    `</tbody>`,
    `<tfoot>${row(table.total)}</tfoot>`,
    `</table>`,
    tableChart(table, `chart-${String(index + 1)}`),
    `</figure>`,
  ].join("\n");
}

const section = (heading: string, body: string) =>
  `<section>\n<h2>${e(heading)}</h2>\n${body}\n</section>`;

export function printHtml(parts: ExportParts, language: string): string {
  const evidence = parts.evidence.map(
    ({ excerpt, citation }) =>
      `<figure>\n<blockquote>${paragraphs(excerpt)}</blockquote>\n<figcaption>— ${e(citation)}</figcaption>\n</figure>`,
  );
  return `<!doctype html>
<html lang="${e(language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(parts.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main class="sheet">
<header>
<h1>${e(parts.title)}</h1>
${parts.lines.map((text) => `<p>${e(text)}</p>`).join("\n")}
</header>
${[
  ...parts.sections.map(({ heading, text }) =>
    section(heading, paragraphs(text)),
  ),
  section(parts.figuresHeading, parts.tables.map(figure).join("\n")),
  ...(evidence.length > 0
    ? [
        `<section class="evidence">\n<h2>${e(parts.evidenceHeading)}</h2>\n${evidence.join("\n")}\n</section>`,
      ]
    : []),
].join("\n")}
</main>
</body>
</html>
`;
}
