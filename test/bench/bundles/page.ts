import type { AuthorEntry } from "../../../shared/sync/may-apply";
import type { Op } from "../../../shared/sync/op";
import { importBundleOps } from "../../../src-renderer/db/bundle-import";
import { DeskDatabase } from "../../../src-renderer/db/db";
import { importOps } from "../../../src-renderer/db/op-log";
import { oneAhead } from "../../../shared/one-ahead";
import { observationSummaries } from "../../../src-renderer/db/observation-reads";

/** Runs inside Chromium, on the app's own import code; test/bench/bundles.ts drives it. */

const bundled = new DeskDatabase({ name: "bench-bundles" });
const plain = new DeskDatabase({ name: "bench-bundles-plain" });

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

const bench = {
  /**
   * Imports bundles 0 to count - 1 as the Sync screen does: each is opened by Node (main in
   * the app) and fetched as JSON, one bundle ahead of mayApply and the apply here.
   */
  async importAll(
    count: number,
    author: AuthorEntry,
  ): Promise<{ wallMs: number; applyMs: number }> {
    let applyMs = 0;
    const started = performance.now();
    await oneAhead(
      Array.from({ length: count }, (_, index) => index),
      async (index) =>
        (await (await fetch(`/open?index=${index}`)).json()) as Op[],
      async (ops) => {
        applyMs += await timed(() =>
          importBundleOps(bundled, ops, author, Date.now()),
        );
        return true;
      },
    );
    return { wallMs: performance.now() - started, applyMs };
  },
  /** Baseline: the same ops through the plain op import, no checks. */
  applyPlain: (json: string) => {
    const ops = JSON.parse(json) as Op[];
    return timed(() => importOps(plain, ops, Date.now()));
  },
  count: async () => (await observationSummaries(bundled)).length,
};

declare global {
  interface Window {
    bundleBench: typeof bench;
  }
}
window.bundleBench = bench;
document.documentElement.dataset.bench = "ready";
