import { readFileSync } from "node:fs";
import { freePort } from "./free-port";
import { join } from "node:path";
import { z } from "zod";
import { claimDataFolder, readDataFolder } from "../services/data-folder";
import { startBrowserShell } from "../shell/browser-shell";
import {
  openInBrowser,
  startBrowserProcess,
  type BrowserProcess,
} from "./browser-process";

export interface RunBrowserShellOptions {
  appDir: string;
  dataDir: string;
  browserPath: string;
  headless: boolean;
  devtools: boolean;
  say: (line: string) => void;
}

const packageSchema = z.object({ version: z.string() });

/**
 * The browser shell as a person starts it: the data folder's own port, the real services,
 * and a Chromium app window with its own profile. Resolves when the window closes.
 */
export async function runBrowserShell(
  options: RunBrowserShellOptions,
): Promise<void> {
  const { dataDir, say } = options;
  const port = readDataFolder(dataDir)?.port ?? (await freePort());
  const folder = claimDataFolder(dataDir, "browser", port);
  const { version } = packageSchema.parse(
    JSON.parse(readFileSync(join(options.appDir, "package.json"), "utf8")),
  );
  // The ticket-reuse alarm may ring once the browser runs; until then there is nothing to stop.
  const launched: { browser?: BrowserProcess } = {};
  let shell;
  try {
    shell = await startBrowserShell({
      dataDir,
      rendererDir: join(options.appDir, "out", "renderer"),
      port: folder.port ?? port,
      version,
      openExternal: (url) => openInBrowser(options.browserPath, dataDir, url),
      log: (message) => {
        console.error(`[prevention-desk] ${message}`);
      },
      onTicketReuse: () => {
        say(
          "The launch ticket was used twice, so another program may have tried to reach the app. Stopping.",
        );
        launched.browser?.child.kill("SIGTERM");
      },
    });
  } catch (error) {
    if (
      error instanceof Error &&
      "code" in error &&
      error.code === "EADDRINUSE"
    ) {
      throw new Error(
        `Port ${folder.port ?? port} on 127.0.0.1 belongs to this data folder (its local database is tied to it) and is in use. ` +
          `Is Prevention Desk already running with ${dataDir}? Close it and start again.`,
        { cause: error },
      );
    }
    throw error;
  }
  const browser = startBrowserProcess({
    browserPath: options.browserPath,
    dataDir,
    pageUrl: shell.pageUrl,
    headless: options.headless,
    devtools: options.devtools,
  });
  launched.browser = browser;
  say(
    `Prevention Desk (browser shell) is running at ${shell.bridge.origin}/ with data in ${dataDir}.`,
  );
  say("Close its window or press Ctrl+C to stop.");
  if (options.devtools)
    say(`DevTools: ${(await browser.devtools) ?? "unavailable"}`);

  const { child } = browser;
  const run = { stopping: false };
  const stop = () => {
    run.stopping = true;
    child.kill("SIGTERM");
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const failure = await browser.ended;
  process.off("SIGINT", stop);
  process.off("SIGTERM", stop);
  await shell.bridge.close();
  if (failure && !run.stopping)
    throw new Error(
      `${options.browserPath} could not show the app window (${failure.message}). ` +
        "On a machine without a display, use --headless.",
    );
}
