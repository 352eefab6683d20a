import { materialise } from "../../../shared/sync/merge";
import type { Op } from "../../../shared/sync/op";
import { DeskDatabase } from "../../../src-renderer/db/db";
import { materialisedRows } from "../../../src-renderer/db/materialise";
import { SearchIndex } from "../../../src-renderer/db/search-index";
import { foldPacks, liveValues } from "../../../src-renderer/db/index-packs";
import { observationSummaries } from "../../../src-renderer/db/observation-reads";
import { saveObservation } from "../../../src-renderer/db/observation-writes";
import { importOps } from "../../../src-renderer/db/op-log";
import { packRows, packsOf } from "../../../src-renderer/db/op-packs";
import type { ObservationSummaryRow } from "../../../src-renderer/db/rows";
import {
  queryObservations,
  NO_FILTERS,
} from "../../../src-renderer/features/observations/query";
import { corpusOps, type CorpusRecord } from "../../../shared/demo/corpus-ops";
import { openRawDatabase, rawPut, rawPutOne } from "./raw-baseline";

/** Runs inside Chromium, on the app's own data code; test/bench/observations.ts drives it. */

const db = new DeskDatabase({ name: "bench-observations" });
const rawDb = openRawDatabase("bench-raw-baseline");
const REMOTE_DEVICE = "bench-field-device";
const seqs = new Map<string, number>();
const rawSeqs = new Map<string, number>();
let rawTick = 0;
let summaries: ObservationSummaryRow[] = [];
const searchIndex = new SearchIndex();

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[
      Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
    ] ?? Number.NaN
  );
};

async function records(start: number, count: number): Promise<CorpusRecord[]> {
  const response = await fetch(`/corpus?start=${start}&count=${count}`);
  return (await response.json()) as CorpusRecord[];
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [performance.now() - started, result];
}

const bench = {
  /** The app's import path: ops into the log, merged, materialised, in one strict transaction. */
  async importChunk(start: number, count: number): Promise<number> {
    const ops = corpusOps(await records(start, count), REMOTE_DEVICE, seqs);
    const [ms] = await timed(() => importOps(db, ops, Date.now()));
    return ms;
  },

  /** The same rows, computed beforehand, put with plain IndexedDB: only the writes are timed. */
  async rawChunk(start: number, count: number): Promise<number> {
    const ops: Op[] = corpusOps(
      await records(start, count),
      REMOTE_DEVICE,
      rawSeqs,
    );
    const rows = {
      packs: packRows(packsOf(ops)),
      materialised: materialisedRows([...materialise(ops).values()]),
    };
    const database = await rawDb;
    rawTick += 1;
    const [ms] = await timed(() => rawPut(database, rawTick, rows));
    return ms;
  },

  async dropRaw(): Promise<void> {
    (await rawDb).close();
    await new Promise((resolve) => {
      indexedDB.deleteDatabase("bench-raw-baseline").onsuccess = resolve;
    });
  },

  /** One observation saved as the capture form saves it, repeated; p95 and a raw-put baseline. */
  async saves(
    start: number,
    count: number,
  ): Promise<{ saveP95Ms: number; rawPutP95Ms: number }> {
    const corpus = await records(start, count);
    const saveTimes: number[] = [];
    for (const record of corpus) {
      const { id, responseLog: _log, ...values } = record;
      const [ms] = await timed(() =>
        saveObservation(db, `${id}-saved`, values as never, new Date()),
      );
      saveTimes.push(ms);
    }
    const scratch = await openRawDatabase("bench-raw-single");
    const rawTimes: number[] = [];
    for (const record of corpus) {
      const [ms] = await timed(() => rawPutOne(scratch, { key: record.id }));
      rawTimes.push(ms);
    }
    scratch.close();
    return {
      saveP95Ms: percentile(saveTimes, 95),
      rawPutP95Ms: percentile(rawTimes, 95),
    };
  },

  /** Loads what the list holds in memory (the summaries), as the Observations screen does. */
  async loadList(): Promise<{ rows: number; loadMs: number }> {
    const [loadMs, rows] = await timed(() => observationSummaries(db));
    summaries = rows;
    return { rows: rows.length, loadMs };
  },

  /** Filtered, sorted first page of the list, for several filters; p95, and a plain scan as baseline. */
  listQueries(): { listQueryP95Ms: number; scanBaselineP95Ms: number } {
    const countries = [...new Set(summaries.map((row) => row.country))];
    const times: number[] = [];
    const scans: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const filters = {
        ...NO_FILTERS,
        country: countries[i % countries.length] ?? null,
        severity: i % 3 === 0 ? 4 : null,
        status: i % 2 === 0 ? "final" : null,
      };
      let started = performance.now();
      queryObservations(
        summaries,
        filters,
        { key: "observedAt", descending: true },
        null,
      ).slice(0, 50);
      times.push(performance.now() - started);
      started = performance.now();
      summaries.filter((row) => row.country === filters.country);
      scans.push(performance.now() - started);
    }
    return {
      listQueryP95Ms: percentile(times, 95),
      scanBaselineP95Ms: percentile(scans, 95),
    };
  },

  /** Loads the in-memory search index, as the Observations screen does on first display. */
  async loadSearch(): Promise<{ size: number; loadMs: number }> {
    const [loadMs] = await timed(() => searchIndex.refresh(db));
    return { size: searchIndex.size, loadMs };
  },

  /** Full-text search through the app's index; baseline: one pass of `includes` over the same texts. */
  async searches(queries: string[]): Promise<{
    searchP95Ms: number;
    scanBaselineP95Ms: number;
    matches: number[];
  }> {
    const texts = liveValues(await foldPacks(db.textPacks));
    const times: number[] = [];
    const scans: number[] = [];
    const matches: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      for (const query of queries) {
        let started = performance.now();
        const ids = searchIndex.search(query);
        times.push(performance.now() - started);
        if (round === 0) matches.push(ids?.size ?? 0);
        const first = ` ${query.split(" ")[0] ?? query}`;
        started = performance.now();
        texts.filter((text) => text.includes(first));
        scans.push(performance.now() - started);
      }
    }
    return {
      searchP95Ms: percentile(times, 95),
      scanBaselineP95Ms: percentile(scans, 95),
      matches,
    };
  },

  async storageMB(): Promise<number> {
    const estimate = await navigator.storage.estimate();
    return (estimate.usage ?? 0) / 1024 / 1024;
  },
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
document.documentElement.dataset.bench = "ready";
