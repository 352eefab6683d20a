import { scaleBand, scaleLinear } from "d3-scale";
import { line } from "d3-shape";
import type { ExportTable } from "./export-parts";
import { escapeMarkup } from "./markup";

/**
 * The charts of the print view, as SVG strings drawn from the export's tables only: a chart
 * shows what its table shows and nothing more. A cell that is not a plain count (a hidden small
 * count) gets no bar and no point, only its own text.
 */

/** Fits A4's text width (about 170 mm at 96 dpi) without scaling. */
const WIDTH = 640;
const FONT = `font-family="system-ui, 'Segoe UI', 'DejaVu Sans', sans-serif"`;
const INK = "#1f2933";
const MUTED = "#5f6b7a";
const BAR = "#3b6ea5";
const GRID = "#d9dee4";

/** A cell's count, or null when the table does not give one. */
export const countOf = (cell: string): number | null =>
  /^\d+$/.test(cell) ? Number(cell) : null;

/** No text measurement without a DOM: cut by characters, about 6 px each at 11 px. */
const fit = (text: string, pixels: number) => {
  const max = Math.max(4, Math.floor(pixels / 6));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
};

const f = (value: number) => String(Math.round(value * 10) / 10);

function svg(id: string, title: string, height: number, body: string[]) {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-labelledby="${escapeMarkup(id)}" width="${String(WIDTH)}" height="${String(height)}" viewBox="0 0 ${String(WIDTH)} ${String(height)}" ${FONT} font-size="11">`,
    `<title id="${escapeMarkup(id)}">${escapeMarkup(title)}</title>`,
    ...body,
    "</svg>",
  ].join("\n");
}

const LABELS = 200;
const ROW = 18;
const BAR_HEIGHT = 12;
const TOP = 6;

/** One horizontal bar a row, its count at its end; long labels are cut (the table has them whole). */
function barChart(table: ExportTable, id: string): string {
  const counts = table.rows.map(([, cell]) => countOf(cell));
  // Room on the right for the longest count or hidden label.
  const x = scaleLinear()
    .domain([0, Math.max(1, ...counts.map((count) => count ?? 0))])
    .range([LABELS, WIDTH - 84]);
  const height = TOP * 2 + table.rows.length * ROW;
  const body = table.rows.map(([label, cell], index) => {
    const count = counts[index] ?? null;
    const middle = TOP + index * ROW + ROW / 2;
    const name = `<text x="${String(LABELS - 8)}" y="${f(middle)}" dy="0.35em" text-anchor="end" fill="${INK}">${escapeMarkup(fit(label, LABELS - 12))}</text>`;
    if (count === null)
      return `${name}<text x="${String(LABELS + 4)}" y="${f(middle)}" dy="0.35em" fill="${MUTED}" font-style="italic">${escapeMarkup(cell)}</text>`;
    const end = x(count);
    return `${name}<rect x="${String(LABELS)}" y="${f(middle - BAR_HEIGHT / 2)}" width="${f(end - LABELS)}" height="${String(BAR_HEIGHT)}" fill="${BAR}"/><text x="${f(end + 4)}" y="${f(middle)}" dy="0.35em" fill="${INK}">${escapeMarkup(cell)}</text>`;
  });
  body.push(
    `<line x1="${String(LABELS)}" x2="${String(LABELS)}" y1="${String(TOP)}" y2="${String(height - TOP)}" stroke="${MUTED}"/>`,
  );
  return svg(id, table.heading, height, body);
}

const SERIES_HEIGHT = 220;
const MARGIN = { top: 12, right: 12, bottom: 30, left: 44 };

interface Point {
  label: string;
  cell: string;
  count: number | null;
}

/** Months as a line with a dot each; a hidden month breaks the line and shows its text instead. */
function seriesChart(table: ExportTable, id: string): string {
  const points: Point[] = table.rows.map(([label, cell]) => ({
    label,
    cell,
    count: countOf(cell),
  }));
  const bottom = SERIES_HEIGHT - MARGIN.bottom;
  const x = scaleBand()
    .domain(points.map((point) => point.label))
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...points.map((point) => point.count ?? 0))])
    .nice()
    .range([bottom, MARGIN.top]);
  const centre = (point: Point) => (x(point.label) ?? 0) + x.bandwidth() / 2;
  const body: string[] = [];
  for (const tick of y.ticks(4).filter(Number.isInteger))
    body.push(
      `<line x1="${String(MARGIN.left)}" x2="${String(WIDTH - MARGIN.right)}" y1="${f(y(tick))}" y2="${f(y(tick))}" stroke="${GRID}"/>`,
      `<text x="${String(MARGIN.left - 6)}" y="${f(y(tick))}" dy="0.35em" text-anchor="end" fill="${MUTED}">${String(tick)}</text>`,
    );
  // A month label every few bands, so they never run into each other (about 7 characters).
  const every = Math.max(1, Math.ceil(50 / x.bandwidth()));
  points.forEach((point, index) => {
    if (index % every === 0)
      body.push(
        `<text x="${f(centre(point))}" y="${String(bottom + 18)}" text-anchor="middle" font-size="10" fill="${INK}">${escapeMarkup(point.label)}</text>`,
      );
    if (point.count === null)
      body.push(
        `<rect x="${f(x(point.label) ?? 0)}" y="${String(MARGIN.top)}" width="${f(x.bandwidth())}" height="${String(bottom - MARGIN.top)}" fill="#f1f3f6"/>`,
        `<text transform="translate(${f(centre(point))} ${String(bottom - 6)}) rotate(-90)" dy="0.35em" font-size="9" fill="${MUTED}" font-style="italic">${escapeMarkup(point.cell)}</text>`,
      );
  });
  const path = line<Point>()
    .defined((point) => point.count !== null)
    .x(centre)
    .y((point) => y(point.count ?? 0))(points);
  if (path)
    body.push(
      `<path d="${path}" fill="none" stroke="${BAR}" stroke-width="2"/>`,
    );
  for (const point of points)
    if (point.count !== null)
      body.push(
        `<circle cx="${f(centre(point))}" cy="${f(y(point.count))}" r="3" fill="${BAR}"/>`,
      );
  body.push(
    `<line x1="${String(MARGIN.left)}" x2="${String(WIDTH - MARGIN.right)}" y1="${String(bottom)}" y2="${String(bottom)}" stroke="${MUTED}"/>`,
  );
  return svg(id, table.heading, SERIES_HEIGHT, body);
}

/** The chart of one export table; `id` names its title for assistive technology. */
export function tableChart(table: ExportTable, id: string): string {
  return table.kind === "byMonth"
    ? seriesChart(table, id)
    : barChart(table, id);
}
