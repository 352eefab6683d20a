import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, type CDPSession, type Page } from "playwright-core";
import { build } from "vite";
import { readRendererFile } from "../../../src-main/services/renderer-files";
import { CHROMIUM, CHROMIUM_ARGS } from "../../e2e/support/desk-app";

export interface BenchPage {
  page: Page;
  cdp: CDPSession;
  close: () => Promise<void>;
}

/**
 * Builds `test/bench/<name>/` (the app's own data code, bundled as the renderer bundles it),
 * serves it with the extra `routes`, and opens it in Debian's Chromium with a profile on disk,
 * as the app has (an incognito context would keep IndexedDB in memory).
 */
export async function openBenchPage(
  name: string,
  routes: Record<string, (url: URL, response: ServerResponse) => void> = {},
): Promise<BenchPage> {
  const pageDir = mkdtempSync(join(tmpdir(), "pd-bench-page-"));
  await build({
    configFile: false,
    root: resolve("test/bench", name),
    logLevel: "warn",
    build: { outDir: pageDir, emptyOutDir: true, minify: true },
  });
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const route = routes[url.pathname];
    if (route) {
      route(url, response);
      return;
    }
    void readRendererFile(pageDir, url.pathname).then((file) => {
      if (file === null) response.writeHead(404).end();
      else
        response
          .writeHead(200, { "content-type": file.contentType })
          .end(file.body);
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), "pd-bench-profile-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await page.goto(`${origin}/`);
  // Each page marks itself ready once its benchmark object is on `window`.
  await page.waitForFunction(
    () => document.documentElement.dataset.bench === "ready",
  );
  return {
    page,
    cdp,
    close: async () => {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(pageDir, { recursive: true, force: true });
    },
  };
}

export const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[
      Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
    ] ?? Number.NaN
  );
};

export const round = (value: number) => Math.round(value * 100) / 100;
