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

const bench = {
  /** The import path after opening: mayApply for every op, then one strict transaction. */
  applyBundle: (ops: Op[], author: AuthorEntry) =>
    timed(() => importBundleOps(bundled, ops, author, Date.now())),
  /** Baseline: the same ops through the plain op import, no checks. */
  applyPlain: (ops: Op[]) => timed(() => importOps(plain, ops, Date.now())),
  count: () => bundled.observationSummaries.count(),
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
