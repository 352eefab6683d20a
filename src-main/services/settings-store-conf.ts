import Conf from "conf";
import type { Settings } from "../../shared/domain/settings";
import { SETTINGS_FILE_MODE, type SettingsStore } from "./settings-service";

/** Settings file outside Electron (tests, browser shell): conf, the library electron-store wraps. */
export function openConfSettingsStore(dataDir: string): SettingsStore {
  const conf = new Conf<Settings>({
    cwd: dataDir,
    configName: "settings",
    configFileMode: SETTINGS_FILE_MODE,
  });
  return {
    read: () => conf.store,
    write: (settings) => {
      conf.store = settings;
    },
  };
}
