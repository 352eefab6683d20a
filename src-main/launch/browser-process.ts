import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export interface BrowserProcessOptions {
  browserPath: string;
  dataDir: string;
  pageUrl: string;
  headless: boolean;
  /** Tests only: a DevTools port on 127.0.0.1, which any local process could connect to. */
  devtools: boolean;
}

const profileArgument = (dataDir: string) =>
  `--user-data-dir=${join(dataDir, "browser-profile")}`;

/** Chromium flags for an app window with its own profile that talks to nothing but the app. */
export function browserArguments(
  options: BrowserProcessOptions,
  isRoot: boolean,
): string[] {
  const args = [
    profileArgument(options.dataDir),
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-features=Translate,MediaRouter",
  ];
  // Chromium refuses to start as root with its sandbox; root is the only case we turn it off.
  if (isRoot) args.push("--no-sandbox");
  if (options.devtools) args.push("--remote-debugging-port=0");
  if (options.headless)
    return [...args, "--headless", "--disable-gpu", options.pageUrl];
  return [...args, `--app=${options.pageUrl}`];
}

export interface BrowserProcess {
  child: ChildProcess;
  /** With `devtools`: the DevTools WebSocket address tests connect to. */
  devtools: Promise<string | null>;
  /**
   * Resolves when the browser is gone: null after a normal exit or a stop we asked for, else
   * why it failed (it never started, or it exited with an error code, with its last words).
   */
  ended: Promise<Error | null>;
}

export function startBrowserProcess(
  options: BrowserProcessOptions,
): BrowserProcess {
  const isRoot = process.platform !== "win32" && process.getuid?.() === 0;
  const child = spawn(options.browserPath, browserArguments(options, isRoot), {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let lastWords = "";
  child.stderr.on("data", (chunk: Buffer) => {
    lastWords = (lastWords + chunk.toString("utf8")).slice(-2_000);
  });
  const ended = new Promise<Error | null>((resolve) => {
    child.once("exit", (code) => {
      if (code === null || code === 0) {
        resolve(null);
        return;
      }
      const line = lastWords.trim().split("\n").at(-1) ?? "";
      resolve(
        new Error(
          `it exited with code ${code}${line === "" ? "" : `: ${line}`}`,
        ),
      );
    });
    child.once("error", resolve);
  });
  // The browser must not outlive the shell that serves its page.
  const killBrowser = () => child.kill("SIGTERM");
  process.once("exit", killBrowser);
  void ended.then(() => process.off("exit", killBrowser));
  const devtools = new Promise<string | null>((resolve) => {
    let seen = "";
    child.stderr.on("data", (chunk: Buffer) => {
      seen += chunk.toString("utf8");
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) resolve(match[1]);
      if (seen.length > 65_536) seen = seen.slice(-4096);
    });
    void ended.then(() => {
      resolve(null);
    });
  });
  return { child, devtools, ended };
}

/**
 * Opens an (allow-listed) link as an ordinary tab: the running browser with the same profile
 * takes it over, as Electron's shell.openExternal hands it to the system browser.
 */
export function openInBrowser(
  browserPath: string,
  dataDir: string,
  url: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(browserPath, [profileArgument(dataDir), "--", url], {
      stdio: "ignore",
      detached: true,
    });
    child.once("error", reject);
    child.once("spawn", () => {
      child.unref();
      resolve();
    });
  });
}
