import type { AuthorEntry } from "../../../shared/sync/may-apply";
import type { Op } from "../../../shared/sync/op";
import { importBundleOps } from "../../../src-renderer/db/bundle-import";
import { DeskDatabase } from "../../../src-renderer/db/db";
import { importOps } from "../../../src-renderer/db/op-log";

/** Runs inside Chromium, on the app's own import code; test/bench/bundles.ts drives it. */

const bundled = new DeskDatabase({ name: "bench-bundles" });
const plain = new DeskDatabase({ name: "bench-bundles-plain" });

function take(index: number): Op[] {
  const ops = delivered.get(index);
  if (!ops) throw new Error(`bundle ${index} was not delivered`);
  delivered.delete(index);
  return ops;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Opened bundles delivered to the page, as main's answer reaches the renderer. */
const delivered = new Map<number, Op[]>();

const bench = {
  /** Receives an opened bundle's ops, as JSON text (what crosses from main), and parses them. */
  deliver: (index: number, json: string) => {
    delivered.set(index, JSON.parse(json) as Op[]);
  },
  /** The import path after opening: mayApply for every op, then one strict transaction. */
  applyBundle: (index: number, author: AuthorEntry) =>
    timed(() => importBundleOps(bundled, take(index), author, Date.now())),
  /** Baseline: the same ops through the plain op import, no checks. */
  applyPlain: (json: string) => {
    const ops = JSON.parse(json) as Op[];
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
