import type { AuthorEntry } from "../../../shared/sync/may-apply";
import type { Op } from "../../../shared/sync/op";
import { importBundleOps } from "../../../src-renderer/db/bundle-import";
import { DeskDatabase } from "../../../src-renderer/db/db";
import { importOps } from "../../../src-renderer/db/op-log";

/** Runs inside Chromium, on the app's own import code; test/bench/bundles.ts drives it. */

const bundled = new DeskDatabase({ name: "bench-bundles" });
const plain = new DeskDatabase({ name: "bench-bundles-plain" });

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Ops arrive as JSON text, as they cross from main; parsing is not timed. */
const parse = (json: string) => JSON.parse(json) as Op[];

const bench = {
  /** The import path after opening: mayApply for every op, then one strict transaction. */
  applyBundle: (json: string, author: AuthorEntry) => {
    const ops = parse(json);
    return timed(() => importBundleOps(bundled, ops, author, Date.now()));
  },
  /** Baseline: the same ops through the plain op import, no checks. */
  applyPlain: (json: string) => {
    const ops = parse(json);
    return timed(() => importOps(plain, ops, Date.now()));
  },
  count: () => bundled.observationSummaries.count(),
};

declare global {
  interface Window {
    bundleBench: typeof bench;
  }
}
window.bundleBench = bench;
document.documentElement.dataset.bench = "ready";
