import {
  meetingStatistics,
  type StatsRecord,
} from "../../shared/meeting-input/statistics";
import { corpusLines } from "../../src-main/demo/corpus";
import i18next from "i18next";
import { resources } from "../../shared/i18n/resources";
import { DEFAULT_EXPORT_LEVEL } from "../../shared/non-attribution/citation";
import { chromiumPrinter } from "../../src-main/meeting-input/chromium-printer";
import { meetingInputDocx } from "../../src-main/meeting-input/docx-export";
import { meetingInputPdf } from "../../src-main/meeting-input/pdf-export";
import { round } from "./support/bench-page";

const OBSERVATIONS = Number(process.env.BENCH_OBSERVATIONS ?? 100_000);
const SEED = 1;
const LANG = "mixed";
const REPEATS = 7;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ??
  Number.NaN;

/**
 * `npm run bench -- meeting-input`: all statistics for the country with the most observations
 * over the corpus's last twelve months, beside one plain pass over the same records counting
 * that country's, and its DOCX and PDF exports (the PDF printed by the system Chromium, whose
 * start-up is most of it); medians of 7 runs.
 */
export async function meetingInputBenchmark(): Promise<
  Record<string, unknown>
> {
  console.log(
    `meeting-input: generating ${String(OBSERVATIONS)} corpus records (seed ${String(SEED)}, ${LANG})…`,
  );
  const records = corpusLines(OBSERVATIONS, { seed: SEED, lang: LANG }).map(
    (line) => JSON.parse(line) as StatsRecord,
  );
  const perCountry = new Map<string, number>();
  let last = "";
  for (const record of records) {
    perCountry.set(record.country, (perCountry.get(record.country) ?? 0) + 1);
    if (record.observedAt > last) last = record.observedAt;
  }
  const [country] = [...perCountry].sort((a, b) => b[1] - a[1])[0] ?? [""];
  // Twelve calendar months, ending with the corpus's last.
  const to = last;
  const year = Number(to.slice(0, 4));
  const month = Number(to.slice(5, 7));
  const from =
    month === 12
      ? `${String(year)}-01-01`
      : `${String(year - 1)}-${String(month + 1).padStart(2, "0")}-01`;
  const query = { countries: [country], from, to };

  const statsMs: number[] = [];
  const loopMs: number[] = [];
  let inPeriod = 0;
  for (let i = 0; i < REPEATS; i += 1) {
    let started = performance.now();
    let count = 0;
    for (const record of records)
      if (
        record.country === country &&
        record.observedAt >= from &&
        record.observedAt <= to
      )
        count += 1;
    loopMs.push(performance.now() - started);
    started = performance.now();
    const stats = meetingStatistics(records, query);
    statsMs.push(performance.now() - started);
    inPeriod = stats.observations;
    if (stats.observations !== count)
      throw new Error("The statistics and the plain pass disagree.");
  }
  const document = {
    title: "Country input",
    meeting: null,
    countries: [country],
    period: { from, to },
    sections: {
      overview: "Tensions rose in the second half of the period.",
      trends: "",
      practices: "",
      collaboration: "",
      gaps: "",
      recommendations: "",
    },
    statistics: meetingStatistics(records, query),
    evidence: records
      .filter((record) => record.country === country)
      .slice(0, 20)
      .map((source) => ({ excerpt: "An excerpt a person reviewed.", source })),
    level: DEFAULT_EXPORT_LEVEL,
  };
  const i18n = i18next.createInstance();
  await i18n.init({
    resources,
    lng: "en",
    interpolation: { escapeValue: false },
  });
  const docxMs: number[] = [];
  for (let i = 0; i < REPEATS; i += 1) {
    const started = performance.now();
    await meetingInputDocx(document, "en", (key, values) =>
      i18n.t(key, values),
    );
    docxMs.push(performance.now() - started);
  }
  const printer = chromiumPrinter();
  const pdfMs: number[] = [];
  for (let i = 0; i < REPEATS; i += 1) {
    const started = performance.now();
    await meetingInputPdf(
      document,
      "en",
      (key, values) => i18n.t(key, values),
      printer,
    );
    pdfMs.push(performance.now() - started);
  }
  const figures = {
    observations: records.length,
    seed: SEED,
    lang: LANG,
    query: { country, from, to, observationsInQuery: inPeriod },
    statsMs: round(median(statsMs)),
    baselineLoopMs: round(median(loopMs)),
    exportDocxMs: round(median(docxMs)),
    exportPdfMs: round(median(pdfMs)),
  };
  console.log(
    `meeting-input: DOCX export ${String(figures.exportDocxMs)} ms, PDF export ${String(figures.exportPdfMs)} ms; statistics for ${country} ${from}..${to} (${String(inPeriod)} of ${String(records.length)} observations) in ${String(figures.statsMs)} ms (median of ${String(REPEATS)}; target < 500 ms) vs one plain pass ${String(figures.baselineLoopMs)} ms`,
  );
  return figures;
}
