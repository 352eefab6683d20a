import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { findBrowser } from "../launch/find-browser";
import type { Printer } from "./pdf-export";

export interface ChromiumPrinterOptions {
  /** The browser to run; by default the one the browser shell would use. */
  browser?: string | null;
  timeoutMs?: number;
}

const run = (file: string, args: string[], timeout: number) =>
  new Promise<void>((resolve, reject) => {
    execFile(
      file,
      args,
      { timeout, killSignal: "SIGKILL" },
      (error, _, stderr) => {
        if (error)
          reject(
            new Error(
              `Chromium could not print the PDF (${error.killed ? `no answer after ${String(timeout)} ms` : (error.message.split("\n")[0] ?? "")}): ${stderr.slice(-500).trim()}`,
            ),
          );
        else resolve();
      },
    );
  });

/**
 * Printing with the system's Chromium in headless mode (browser shell, tests): the page and a
 * throwaway profile in a fresh temporary folder, removed afterwards whatever happens.
 */
export function chromiumPrinter(options: ChromiumPrinterOptions = {}): Printer {
  const timeoutMs = options.timeoutMs ?? 60_000;
  return {
    async pdfOf(html) {
      const browser =
        options.browser === undefined ? findBrowser() : options.browser;
      if (browser === null)
        throw new Error(
          "No Chromium-family browser was found to print the PDF: install Chromium or set PREVENTION_DESK_BROWSER.",
        );
      const folder = await mkdtemp(join(tmpdir(), "prevention-desk-pdf-"));
      try {
        const page = join(folder, "meeting-input.html");
        const pdf = join(folder, "meeting-input.pdf");
        await writeFile(page, html, "utf8");
        const args = [
          `--user-data-dir=${join(folder, "profile")}`,
          "--headless",
          "--disable-gpu",
          "--no-first-run",
          "--no-default-browser-check",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-extensions",
          "--no-pdf-header-footer",
          `--print-to-pdf=${pdf}`,
        ];
        // Chromium refuses to start as root with its sandbox; root is the only case we turn it off.
        if (process.platform !== "win32" && process.getuid?.() === 0)
          args.push("--no-sandbox");
        await run(browser, [...args, pathToFileURL(page).href], timeoutMs);
        const bytes = await readFile(pdf).catch(() => null);
        if (bytes?.subarray(0, 5).toString("latin1") !== "%PDF-")
          throw new Error("Chromium finished without writing a PDF.");
        return new Uint8Array(bytes);
      } finally {
        await rm(folder, { recursive: true, force: true, maxRetries: 3 });
      }
    },
  };
}
