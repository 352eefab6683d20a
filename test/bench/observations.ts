import { corpusLines } from "../../src-main/demo/corpus";
import { openBenchPage, round } from "./support/bench-page";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const CHUNK = 2_000;
const SEED = 1;
const LANG = "mixed";
const SEARCHES = [
  "securite",
  "marche",
  "attaque",
  "deplaces",
  "eau",
  "sevare",
  "armed men",
  "hate speech",
  "village",
  "election",
];

/** Observations at 100,000: import against raw IndexedDB, save, list, search, size and heap. */
export async function observationsBenchmark(): Promise<
  Record<string, unknown>
> {
  const extra = 100;
  console.log(
    `observations: generating ${ROWS + extra} corpus records (seed ${SEED}, ${LANG})…`,
  );
  const lines = corpusLines(ROWS + extra, { seed: SEED, lang: LANG });
  const { page, cdp, close } = await openBenchPage("observations", {
    "/corpus": (url, response) => {
      const start = Number(url.searchParams.get("start"));
      const count = Number(url.searchParams.get("count"));
      response.writeHead(200, { "content-type": "application/json" });
      response.end(`[${lines.slice(start, start + count).join(",")}]`);
    },
  });
  try {
    // Chunk by chunk, raw puts then the app's import of the same records, so both meet the
    // same disk and the same database size.
    let rawMs = 0;
    let importMs = 0;
    for (let start = 0; start < ROWS; start += CHUNK) {
      const chunk = [start, Math.min(CHUNK, ROWS - start)] as const;
      rawMs += await page.evaluate(
        ([s, c]) => window.bench.rawChunk(s, c),
        chunk,
      );
      importMs += await page.evaluate(
        ([s, c]) => window.bench.importChunk(s, c),
        chunk,
      );
      if ((start / CHUNK) % 10 === 9)
        console.log(`observations: ${start + CHUNK} rows`);
    }
    await page.evaluate(() => window.bench.dropRaw());
    const list = await page.evaluate(() => window.bench.loadList());
    const queries = await page.evaluate(() => window.bench.listQueries());
    const searchLoad = await page.evaluate(() => window.bench.loadSearch());
    const search = await page.evaluate(
      (q) => window.bench.searches(q),
      SEARCHES,
    );
    // Saves come after the reads, once the bulk import has settled, as a person saves on a working day.
    const saves = await page.evaluate(([s, c]) => window.bench.saves(s, c), [
      ROWS,
      extra,
    ] as const);
    const dbSizeMB = await page.evaluate(() => window.bench.storageMB());
    await cdp.send("HeapProfiler.collectGarbage");
    const heap = (await cdp.send("Runtime.getHeapUsage")) as {
      usedSize: number;
    };

    const figures = {
      seed: SEED,
      lang: LANG,
      rows: list.rows,
      importObsPerSec: Math.round(ROWS / (importMs / 1000)),
      rawIdbPutsPerSec: Math.round(ROWS / (rawMs / 1000)),
      saveP95Ms: round(saves.saveP95Ms),
      rawPutP95Ms: round(saves.rawPutP95Ms),
      listLoadMs: Math.round(list.loadMs),
      listQueryP95Ms: round(queries.listQueryP95Ms),
      listScanBaselineP95Ms: round(queries.scanBaselineP95Ms),
      searchP95Ms: round(search.searchP95Ms),
      searchScanBaselineP95Ms: round(search.scanBaselineP95Ms),
      searchIndexLoadMs: Math.round(searchLoad.loadMs),
      searchMatches: Object.fromEntries(
        SEARCHES.map((query, index) => [query, search.matches[index]]),
      ),
      dbSizeMB: round(dbSizeMB),
      rendererHeapMB: round(heap.usedSize / 1024 / 1024),
    };
    console.log(
      [
        `observations at ${figures.rows} rows (seed ${SEED}, ${LANG}):`,
        `  import ${figures.importObsPerSec} obs/s vs raw IndexedDB puts ${figures.rawIdbPutsPerSec} rows/s (target ≥ half)`,
        `  save p95 ${figures.saveP95Ms} ms vs one raw strict put ${figures.rawPutP95Ms} ms (target < 20 ms)`,
        `  list query p95 ${figures.listQueryP95Ms} ms vs plain scan ${figures.listScanBaselineP95Ms} ms (target < 50 ms); list load ${figures.listLoadMs} ms`,
        `  search p95 ${figures.searchP95Ms} ms vs a bare includes() scan ${figures.searchScanBaselineP95Ms} ms (target < 100 ms); index load ${figures.searchIndexLoadMs} ms`,
        `  database ${figures.dbSizeMB} MB, renderer heap ${figures.rendererHeapMB} MB after loading the list and search index (target < 300 MB)`,
      ].join("\n"),
    );
    return figures;
  } finally {
    await close();
  }
}
