import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  rm,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserWindowConstructorOptions } from "electron";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { chromiumPrinter } from "../../../../src-main/meeting-input/chromium-printer";
import {
  electronPrinter,
  type BrowserWindowClass,
} from "../../../../src-main/meeting-input/electron-printer";

describe("the Chromium printer", () => {
  let folder = "";
  let previousTmp: string | undefined;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), "printer-test-"));
    // The printer's temporary folders go here, so the test can see that none is left behind.
    previousTmp = process.env.TMPDIR;
    process.env.TMPDIR = join(folder, "tmp");
    await mkdir(join(folder, "tmp"));
  });
  afterEach(async () => {
    if (previousTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previousTmp;
    await rm(folder, { recursive: true, force: true });
  });

  const fakeBrowser = async (script: string) => {
    const path = join(folder, "browser");
    await writeFile(path, `#!/bin/sh\n${script}\n`);
    await chmod(path, 0o755);
    return path;
  };
  const left = () => readdir(join(folder, "tmp"));

  it.each([
    [
      "exits with an error",
      "echo 'no display' >&2; exit 3",
      10_000,
      /could not print the PDF.*no display/s,
    ],
    ["writes no PDF", "exit 0", 10_000, /finished without writing a PDF/],
    ["does not answer", "exec sleep 10", 300, /no answer after 300 ms/],
  ])(
    "says so when the browser %s, and leaves no temporary files",
    async (_, script, timeoutMs, message) => {
      const printer = chromiumPrinter({
        browser: await fakeBrowser(script),
        timeoutMs,
      });
      await expect(printer.pdfOf("<p>x</p>")).rejects.toThrow(message);
      expect(await left()).toEqual([]);
    },
  );

  it("asks for a browser when there is none", async () => {
    await expect(
      chromiumPrinter({ browser: null }).pdfOf("<p>x</p>"),
    ).rejects.toThrow(/PREVENTION_DESK_BROWSER/);
  });

  it("gives the browser the page as a file and returns the PDF it wrote", async () => {
    // A stand-in that copies the page it was given into the PDF path, after a PDF header.
    const browser = await fakeBrowser(
      `for a; do case "$a" in --print-to-pdf=*) out="\${a#--print-to-pdf=}";; file://*) page="\${a#file://}";; esac; done; { printf '%%PDF-1.4\\n'; cat "$page"; } > "$out"`,
    );
    const pdf = await chromiumPrinter({ browser }).pdfOf("<p>page</p>");
    expect(Buffer.from(pdf).toString("utf8")).toBe("%PDF-1.4\n<p>page</p>");
    expect(await left()).toEqual([]);
  });
});

/** A stand-in for Electron's BrowserWindow that records what the printer does with it. */
function fakeWindowClass(fail: boolean) {
  const log = {
    options: null as BrowserWindowConstructorOptions | null,
    loaded: "",
    destroyed: false,
    requests: [] as [string, boolean][],
  };
  class FakeWindow {
    webContents = {
      session: {
        webRequest: {
          onBeforeRequest: (
            listener: (
              details: { url: string },
              callback: (response: { cancel: boolean }) => void,
            ) => void,
          ) => {
            for (const url of ["data:text/html,x", "https://example.org/x"])
              listener({ url }, ({ cancel }) =>
                log.requests.push([url, cancel]),
              );
          },
        },
      },
      setWindowOpenHandler: () => undefined,
      on: () => undefined,
      printToPDF: (options: object) =>
        fail
          ? Promise.reject(new Error("printing failed"))
          : Promise.resolve(Buffer.from(`%PDF ${JSON.stringify(options)}`)),
    };
    constructor(options: BrowserWindowConstructorOptions) {
      log.options = options;
    }
    loadURL(url: string) {
      log.loaded = url;
      return Promise.resolve();
    }
    destroy() {
      log.destroyed = true;
    }
  }
  // The stand-in has only what the printer uses of the real class.
  return { Window: FakeWindow as unknown as BrowserWindowClass, log };
}

describe("the Electron printer", () => {
  it("prints A4 in a hidden window that runs no script and fetches nothing, then destroys it", async () => {
    const { Window, log } = fakeWindowClass(false);
    const pdf = await electronPrinter(Window).pdfOf("<p>é</p>");
    expect(Buffer.from(pdf).toString()).toBe(
      '%PDF {"pageSize":"A4","printBackground":true}',
    );
    expect(log.options).toMatchObject({
      show: false,
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
      },
    });
    expect(log.options?.webPreferences?.preload).toBeUndefined();
    expect(log.options?.webPreferences?.partition).not.toMatch(/^persist:/);
    expect(log.loaded).toMatch(/^data:text\/html;charset=utf-8;base64,/);
    expect(
      Buffer.from(log.loaded.split(",")[1] ?? "", "base64").toString(),
    ).toBe("<p>é</p>");
    expect(log.requests).toEqual([
      ["data:text/html,x", false],
      ["https://example.org/x", true],
    ]);
    expect(log.destroyed).toBe(true);
  });

  it("destroys the window when printing fails", async () => {
    const { Window, log } = fakeWindowClass(true);
    await expect(electronPrinter(Window).pdfOf("<p>x</p>")).rejects.toThrow(
      "printing failed",
    );
    expect(log.destroyed).toBe(true);
  });
});
