import { spawn } from "node:child_process";
import { join } from "node:path";
import { defaultDataDir, readDataFolder } from "./services/data-folder";
import { findBrowser } from "./launch/find-browser";
import {
  findElectronBinary,
  installedElectronBinary,
} from "./launch/electron-binary";
import { runBrowserShell } from "./launch/run-browser-shell";
import {
  parseStartOptions,
  START_USAGE,
  type StartOptions,
} from "./launch/start-options";

/**
 * `npm start`: the installed app in Electron when its binary is there (or arrives within
 * 20 s), otherwise the same app in a Chromium window served by the same services in Node.
 * A data folder stays with the shell that created it.
 */
const appDir = join(import.meta.dirname, "../..");
const say = (line: string) => {
  console.log(line);
};

async function start(options: StartOptions): Promise<number> {
  const dataDir = options.dataDir ?? defaultDataDir();
  const owner = readDataFolder(dataDir)?.mode;

  if (
    owner === "browser" &&
    !options.browser &&
    installedElectronBinary() !== null
  ) {
    say(
      `This data folder (${dataDir}) belongs to the browser shell, so Prevention Desk opens there. ` +
        "To move to the installed app, export your data from here and import it there.",
    );
  }
  if (owner !== "browser" && !options.browser) {
    const electron = findElectronBinary();
    if (electron.found) return runElectron(electron.path, dataDir);
    if (owner === "electron") {
      say(
        `Prevention Desk cannot start: ${electron.reason}, and this data folder (${dataDir}) belongs to the installed app.`,
      );
      return 1;
    }
    say(
      `Electron is not available (${electron.reason}); starting Prevention Desk in the browser instead.`,
    );
  }
  if (owner === "electron") {
    say(
      `The data folder ${dataDir} belongs to the installed app; use another one with --data DIR for the browser shell.`,
    );
    return 1;
  }
  const browserPath = findBrowser();
  if (browserPath === null) {
    say(
      process.env.PREVENTION_DESK_BROWSER
        ? `PREVENTION_DESK_BROWSER (${process.env.PREVENTION_DESK_BROWSER}) is not an executable file.`
        : "Prevention Desk needs Electron or a Chromium-family browser: install Chromium or Google Chrome " +
            "(Debian/Ubuntu: sudo apt-get install chromium), or set PREVENTION_DESK_BROWSER to one.",
    );
    return 1;
  }
  await runBrowserShell({
    devtools: options.headless && process.env.PREVENTION_DESK_DEVTOOLS === "1",
    appDir,
    dataDir,
    browserPath,
    headless: options.headless,
    say,
  });
  return 0;
}

function runElectron(electronPath: string, dataDir: string): Promise<number> {
  const child = spawn(electronPath, [appDir, "--data", dataDir], {
    stdio: "inherit",
  });
  return new Promise((resolve, reject) => {
    child.once("exit", (code) => {
      resolve(code ?? 0);
    });
    child.once("error", reject);
  });
}

let options: StartOptions;
try {
  options = parseStartOptions(process.argv.slice(2));
} catch (error) {
  say(
    `${error instanceof Error ? error.message : String(error)}\n${START_USAGE}`,
  );
  process.exit(2);
}
start(options).then(
  (code) => process.exit(code),
  (error: unknown) => {
    say(
      `Prevention Desk cannot start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  },
);
