import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import {
  closeChromium,
  launchChromium,
  startTestShell,
} from "../e2e/support/desk-app";

const LOADS = 9;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Renderer size and time to the first interactive screen, beside a blank page loaded in the same run. */
export async function startupBenchmark(): Promise<Record<string, unknown>> {
  const assets = resolve("out/renderer/assets");
  const scripts = readdirSync(assets).filter((file) => file.endsWith(".js"));
  const bytes = scripts.map((file) => readFileSync(join(assets, file)));
  const rendererJsBytes = bytes.reduce((sum, b) => sum + b.length, 0);
  const rendererJsGzipBytes = bytes.reduce(
    (sum, b) => sum + gzipSync(b, { level: 9 }).length,
    0,
  );

  const blank = createServer((_request, response) => {
    response
      .writeHead(200, { "content-type": "text/html" })
      .end("<!doctype html><title>blank</title><p>blank</p>");
  });
  await new Promise<void>((done) => blank.listen(0, "127.0.0.1", done));
  const blankUrl = `http://127.0.0.1:${(blank.address() as AddressInfo).port}/`;

  const browser = await launchChromium();
  const interactive: number[] = [];
  const blankLoads: number[] = [];
  try {
    for (let i = 0; i < LOADS; i += 1) {
      // Each load is a new launch: its own shell, ticket and fresh data folder.
      const shell = await startTestShell(
        mkdtempSync(join(tmpdir(), "pd-bench-startup-")),
      );
      const context = await browser.newContext({ locale: "en-GB" });
      const page = await context.newPage();
      let started = performance.now();
      await page.goto(blankUrl, { waitUntil: "load" });
      blankLoads.push(performance.now() - started);
      started = performance.now();
      await page.goto(shell.pageUrl);
      // Interactive: the first screen's heading is shown and its first control takes focus.
      await page
        .getByRole("heading", { name: "Welcome to Prevention Desk" })
        .waitFor();
      await page.getByRole("radio", { name: "English" }).focus();
      interactive.push(performance.now() - started);
      await context.close();
      await shell.bridge.close();
    }
  } finally {
    await closeChromium();
    blank.close();
  }
  const figures = {
    seed: null,
    lang: null,
    loads: LOADS,
    rendererJsBytes,
    rendererJsGzipBytes,
    interactiveMedianMs: Math.round(median(interactive)),
    blankPageMs: Math.round(median(blankLoads)),
  };
  console.log(
    `startup: renderer JS ${(rendererJsBytes / 1024).toFixed(0)} KiB (${(rendererJsGzipBytes / 1024).toFixed(0)} KiB gzip); ` +
      `first interactive screen ${figures.interactiveMedianMs} ms median of ${LOADS} (target < 1000 ms); ` +
      `baseline blank page ${figures.blankPageMs} ms`,
  );
  return figures;
}
