import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
} from "playwright-core";
import {
  startBrowserShell,
  type BrowserShell,
} from "../../../src-main/shell/browser-shell";

export const CHROMIUM =
  process.env.PREVENTION_DESK_BROWSER ?? "/usr/bin/chromium";
/** No sandbox as root, no background traffic on this machine's closed network. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
export const SCREENSHOTS = resolve("test/e2e/screenshots");
const RENDERER = resolve("out/renderer");

export interface DeskSession {
  page: Page;
  shell: BrowserShell;
  dataDir: string;
  /** Console errors and uncaught exceptions the page produced. */
  pageErrors: string[];
  close: () => Promise<void>;
}

let browser: Browser | undefined;

/** Headless Debian Chromium, flags as this machine needs them (no sandbox as root, no background network). */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `The end-to-end tests need Chromium at ${CHROMIUM}: install it (Debian/Ubuntu: apt-get install chromium) or set PREVENTION_DESK_BROWSER.`,
    );
  }
  browser ??= await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return browser;
}

export async function closeChromium(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** The browser shell's services and bridge on a data folder, on a free port, for one page. */
export function startTestShell(dataDir: string): Promise<BrowserShell> {
  return startBrowserShell({
    dataDir,
    rendererDir: RENDERER,
    port: 0,
    version: "0.0.0-e2e",
    openExternal: () => Promise.resolve(),
    log: () => undefined,
    onTicketReuse: () => {
      throw new Error("the launch ticket was presented twice");
    },
    // Passphrases cost age's 2^18 scrypt (about 6 s here) in the app; tests need not wait.
    scryptLogN: 12,
  });
}

/**
 * Starts the app as a person gets it in the browser shell: the real main-process services on a
 * fresh (or given) data folder, the built renderer, a Chromium page opened on it.
 */
export async function openDesk(
  options: { dataDir?: string; locale?: string } = {},
): Promise<DeskSession> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "pd-e2e-"));
  const shell = await startTestShell(dataDir);
  const context: BrowserContext = await (
    await launchChromium()
  ).newContext({
    locale: options.locale ?? "en-GB",
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") pageErrors.push(message.text());
  });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.goto(shell.pageUrl);
  return {
    page,
    shell,
    dataDir,
    pageErrors,
    close: async () => {
      await context.close();
      await shell.bridge.close();
    },
  };
}
