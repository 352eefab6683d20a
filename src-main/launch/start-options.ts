import { resolve } from "node:path";
import { parseArgs } from "node:util";

export interface StartOptions {
  /** Use the browser shell even when Electron is available. */
  browser: boolean;
  /** Explicit data folder; otherwise the installed app's own. */
  dataDir: string | null;
  /** Browser shell without a visible window, for tests; prints the DevTools endpoint. */
  headless: boolean;
}

export const START_USAGE =
  "Usage: npm start [-- [--browser] [--data DIR] [--headless]]";

/** Reads `npm start -- …` arguments; anything unknown is an error that shows the usage. */
export function parseStartOptions(argv: readonly string[]): StartOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      browser: { type: "boolean", default: false },
      data: { type: "string" },
      headless: { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return {
    browser: values.browser || values.headless,
    dataDir: values.data === undefined ? null : resolve(values.data),
    headless: values.headless,
  };
}
