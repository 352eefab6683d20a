import { describe, expect, it } from "vitest";
import {
  exportParts,
  type ExportParts,
  type ExportTable,
} from "../../../../shared/meeting-input/export-parts";
import { printHtml } from "../../../../shared/meeting-input/print-html";
import {
  canaryCountries,
  canaryDocument,
  translate,
} from "../../../support/meeting-input/canary-document";

const HOSTILE = `<script>alert("x")</script> & <img src=x onerror=alert(1)>`;

const table = (
  kind: ExportTable["kind"],
  rows: [string, string][],
): ExportTable => ({
  kind,
  heading: `${kind} <b>`,
  columns: ["Key", "Observations"],
  rows,
  total: ["Total", "hidden"],
});

/** Parts a person could have typed anything into, with hidden cells in every chart kind. */
const hostileParts = (): ExportParts => ({
  title: `Input </title><script>alert(1)</script>`,
  lines: [`Meeting: ${HOSTILE}`],
  sections: [{ heading: "Overview", text: `First ${HOSTILE}\n\nSecond` }],
  figuresHeading: "Figures",
  tables: [
    table("byCategory", [
      ["Protests <script>", "12"],
      ["Displacement", "hidden"],
      ["Hate speech", "0"],
      ["Armed groups", "hidden"],
    ]),
    table("byMonth", [
      ["2026-01", "7"],
      ["2026-02", "hidden"],
      ["2026-03", "5"],
      ["2026-04", "hidden"],
    ]),
  ],
  evidenceHeading: "From the field",
  evidence: [{ excerpt: HOSTILE, citation: "a partner report from <Gao>" }],
});

const charts = (html: string) => html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
const texts = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);

describe("the print view of a meeting input", () => {
  it("shows what people typed as text, never as markup", () => {
    const html = printHtml(hostileParts(), "en");
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain(
      "First &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;",
    );
    expect(html).toContain(
      "<title>Input &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>",
    );
    expect(html).toContain("<p>Second</p>");
    expect(html).toContain("Protests &lt;script&gt;");
    expect(html).toContain("— a partner report from &lt;Gao&gt;");
    expect(charts(html).join("")).toContain("byCategory &lt;b&gt;");
  });

  it("is one standalone page: no script, nothing fetched, a CSP that forbids both", () => {
    const html = printHtml(
      exportParts(
        canaryDocument(canaryCountries[0] ?? ""),
        "en",
        translate("en"),
      ),
      "en",
    );
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).not.toMatch(/<script|<link|<iframe|<object|<embed|<img/i);
    expect(html).not.toMatch(/\b(src|href)=|url\(|@import/i);
    // The only address is the SVG namespace, which names and fetches nothing.
    expect(html.replaceAll("http://www.w3.org/2000/svg", "")).not.toMatch(
      /[a-z]+:\/\//i,
    );
    expect(html).toContain("@page");
  });

  it("draws every table as a chart, hidden cells as their label with no bar or point", () => {
    const html = printHtml(hostileParts(), "en");
    const [bars, series] = charts(html);
    expect(charts(html)).toHaveLength(2);
    for (const chart of [bars, series]) {
      expect(chart).toMatch(/^<svg [^>]*role="img" aria-labelledby="([^"]+)"/);
      expect(chart).toMatch(/<title id="[^"]+">[^<]+<\/title>/);
    }
    // Bars: one for each count (12 and 0), none for the hidden rows; only counts as numbers.
    expect(bars?.match(/<rect /g)).toHaveLength(2);
    expect(texts(bars ?? "").filter((text) => /\d/.test(text ?? ""))).toEqual([
      "12",
      "0",
    ]);
    expect(texts(bars ?? "").filter((text) => text === "hidden")).toHaveLength(
      2,
    );
    // Months: a point for each count, and the hidden months break the line.
    expect(series?.match(/<circle /g)).toHaveLength(2);
    expect(
      texts(series ?? "").filter((text) => text === "hidden"),
    ).toHaveLength(2);
    const path = /<path d="([^"]+)"/.exec(series ?? "")?.[1] ?? "";
    expect(path.match(/M/g)).toHaveLength(2);
    expect(path).not.toContain("L");
  });

  it.each([
    ["en", "Situation overview", "Observations by month", "fewer than 3"],
    ["fr", "Aperçu de la situation", "Observations par mois", "moins de 3"],
  ])(
    "speaks the export's language (%s), hidden counts in charts as words",
    (language, overview, byMonth, hidden) => {
      for (const country of canaryCountries.slice(0, 4)) {
        const parts = exportParts(
          canaryDocument(country),
          language,
          translate(language),
        );
        const html = printHtml(parts, language);
        expect(html).toContain(`<html lang="${language}">`);
        expect(html).toContain(`<h2>${overview}</h2>`);
        expect(html).toContain(`<caption>${byMonth}</caption>`);
        const drawn = charts(html);
        expect(drawn).toHaveLength(parts.tables.length);
        parts.tables.forEach(({ rows }, index) => {
          const chart = drawn[index] ?? "";
          const hiddenRows = rows.filter(([, cell]) => cell === hidden).length;
          expect(texts(chart).filter((text) => text === hidden)).toHaveLength(
            hiddenRows,
          );
          // Nothing is drawn for a hidden row: a mark (bar or point) for each count only.
          expect(
            chart.match(/<rect [^>]*fill="#3b6ea5"|<circle /g) ?? [],
          ).toHaveLength(rows.length - hiddenRows);
        });
        expect(drawn.join("")).toContain(hidden);
      }
    },
  );
});
