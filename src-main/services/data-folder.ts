import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { z } from "zod";

export const DATA_FOLDER_FILE = "prevention-desk.json";
export const APP_FOLDER_NAME = "Prevention Desk";

const shellModeSchema = z.enum(["electron", "browser"]);
export type ShellMode = z.infer<typeof shellModeSchema>;

const dataFolderSchema = z.object({
  /** Which shell's profile holds this folder's local database; it never changes by itself. */
  mode: shellModeSchema,
  /** Browser shell only: the page's origin, and so its IndexedDB, depends on this port. */
  port: z.number().int().min(1024).max(65535).optional(),
  createdAt: z.iso.datetime(),
});
export type DataFolder = z.infer<typeof dataFolderSchema>;

/** A data folder that cannot be used as asked; the message says why and what to do. */
export class DataFolderError extends Error {
  override name = "DataFolderError";
}

/** Where Electron keeps `userData` for this app, computed without Electron so both shells agree. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  switch (platform) {
    case "win32":
      return join(
        env.APPDATA ?? join(home, "AppData", "Roaming"),
        APP_FOLDER_NAME,
      );
    case "darwin":
      return join(home, "Library", "Application Support", APP_FOLDER_NAME);
    default:
      return join(
        env.XDG_CONFIG_HOME ?? join(home, ".config"),
        APP_FOLDER_NAME,
      );
  }
}

export function readDataFolder(dataDir: string): DataFolder | null {
  const file = join(dataDir, DATA_FOLDER_FILE);
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    raw = null;
  }
  const parsed = dataFolderSchema.safeParse(raw);
  if (!parsed.success) {
    throw new DataFolderError(
      `${file} is damaged, so Prevention Desk cannot tell which shell this data folder belongs to. Restore it from a backup, or start with another --data folder.`,
    );
  }
  return parsed.data;
}

/**
 * Records that `mode` owns this data folder, or confirms it already does. A folder made by
 * the other shell is refused: the local database lives in that shell's profile, so switching
 * would show an empty app. Moving data between shells is an explicit export and import.
 */
export function claimDataFolder(
  dataDir: string,
  mode: ShellMode,
  port?: number,
  now: () => Date = () => new Date(),
): DataFolder {
  const existing = readDataFolder(dataDir);
  if (existing !== null) {
    if (existing.mode !== mode) throw wrongModeFailure(dataDir, existing.mode);
    return existing;
  }
  const folder: DataFolder = {
    mode,
    ...(port === undefined ? {} : { port }),
    createdAt: now().toISOString(),
  };
  // Names, roles and soon keys live here: only this user may read them.
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  writeFileSync(
    join(dataDir, DATA_FOLDER_FILE),
    `${JSON.stringify(folder, null, 2)}\n`,
    { mode: 0o600 },
  );
  return folder;
}

export function wrongModeFailure(
  dataDir: string,
  owner: ShellMode,
): DataFolderError {
  const owners: Record<ShellMode, string> = {
    electron: "the installed app (Electron)",
    browser: "the browser shell",
  };
  return new DataFolderError(
    `The data folder ${dataDir} belongs to ${owners[owner]}, and Prevention Desk never moves it by itself. ` +
      `Start it that way again, or use another folder with --data DIR; to move the data, export it from one and import it into the other.`,
  );
}
