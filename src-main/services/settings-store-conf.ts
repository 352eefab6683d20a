import Conf from "conf";
import type { Settings } from "../../shared/domain/settings";
import type { SettingsStore } from "./settings-service";

/** Settings file outside Electron (tests, browser shell): conf, the library electron-store wraps. */
export function openConfSettingsStore(dataDir: string): SettingsStore {
  const conf = new Conf<Settings>({ cwd: dataDir, configName: "settings" });
  return {
    read: () => conf.store,
    write: (settings) => {
      conf.store = settings;
    },
  };
}
