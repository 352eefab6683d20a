import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

const LINUX_NAMES = [
  "chromium",
  "chromium-browser",
  "google-chrome",
  "google-chrome-stable",
  "microsoft-edge",
  "brave-browser",
];

function candidates(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform,
): string[] {
  switch (platform) {
    case "darwin":
      return [
        "Google Chrome.app/Contents/MacOS/Google Chrome",
        "Chromium.app/Contents/MacOS/Chromium",
        "Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
        "Brave Browser.app/Contents/MacOS/Brave Browser",
      ].flatMap((app) => [
        join("/Applications", app),
        join(env.HOME ?? "", "Applications", app),
      ]);
    case "win32":
      return [env.LOCALAPPDATA, env.PROGRAMFILES, env["PROGRAMFILES(X86)"]]
        .filter((base): base is string => base !== undefined)
        .flatMap((base) => [
          join(base, "Google", "Chrome", "Application", "chrome.exe"),
          join(base, "Chromium", "Application", "chrome.exe"),
          join(base, "Microsoft", "Edge", "Application", "msedge.exe"),
        ]);
    default: {
      const path = (env.PATH ?? "").split(delimiter).filter(Boolean);
      const folders = [
        ...new Set([...path, "/usr/bin", "/usr/local/bin", "/snap/bin"]),
      ];
      return LINUX_NAMES.flatMap((name) =>
        folders.map((folder) => join(folder, name)),
      );
    }
  }
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A Chromium-family browser for the browser shell: PREVENTION_DESK_BROWSER first, then the usual places. */
export function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const chosen = env.PREVENTION_DESK_BROWSER;
  if (chosen) return isExecutable(chosen) ? chosen : null;
  return candidates(env, platform).find(isExecutable) ?? null;
}
