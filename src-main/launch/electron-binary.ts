import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export type ElectronBinary =
  { found: true; path: string } | { found: false; reason: string };

const DOWNLOAD_TIMEOUT_MS = 20_000;

/**
 * Finds the Electron binary the way the `electron` package does, without letting it download
 * for ever: ELECTRON_OVERRIDE_DIST_PATH first, then the package's own install state, then one
 * download attempt of at most 20 seconds.
 */
export function findElectronBinary(
  env: NodeJS.ProcessEnv = process.env,
): ElectronBinary {
  const packageDir = electronPackageDir();
  const installed = () => installedBinary(packageDir, env);
  const existing = installed();
  if (existing !== null) return { found: true, path: existing };
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    return {
      found: false,
      reason: `ELECTRON_OVERRIDE_DIST_PATH (${env.ELECTRON_OVERRIDE_DIST_PATH}) holds no Electron binary`,
    };
  }
  const download = spawnSync(
    process.execPath,
    [join(packageDir, "install.js")],
    {
      encoding: "utf8",
      timeout: DOWNLOAD_TIMEOUT_MS,
      env,
    },
  );
  const downloaded = installed();
  if (downloaded !== null) return { found: true, path: downloaded };
  const why = download.error?.message.includes("ETIMEDOUT")
    ? `the download did not finish within ${DOWNLOAD_TIMEOUT_MS / 1000} s`
    : (/Error: ([^\n]+)/.exec(download.stderr)?.[1] ?? "the download failed");
  return {
    found: false,
    reason: `the Electron binary is not installed and could not be downloaded (${why})`,
  };
}

/** The Electron binary if it is already there; never downloads. */
export function installedElectronBinary(
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  return installedBinary(electronPackageDir(), env);
}

function electronPackageDir(): string {
  return dirname(
    createRequire(import.meta.url).resolve("electron/package.json"),
  );
}

function installedBinary(
  packageDir: string,
  env: NodeJS.ProcessEnv,
): string | null {
  const pathFile = join(packageDir, "path.txt");
  const recorded = existsSync(pathFile)
    ? readFileSync(pathFile, "utf8").trim()
    : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? join(override, recorded ?? defaultExecutable())
    : recorded !== null
      ? join(packageDir, "dist", recorded)
      : null;
  return candidate !== null && existsSync(candidate) ? candidate : null;
}

function defaultExecutable(): string {
  switch (process.platform) {
    case "darwin":
      return "Electron.app/Contents/MacOS/Electron";
    case "win32":
      return "electron.exe";
    default:
      return "electron";
  }
}
