import { ipcMain } from "electron";
import ElectronStore from "electron-store";
import type { Settings } from "../../shared/domain/settings";
import {
  SETTINGS_FILE_MODE,
  type SettingsStore,
} from "../services/settings-service";

/** The same settings.json as conf writes, through electron-store inside Electron. */
export function openElectronSettingsStore(dataDir: string): SettingsStore {
  const store = new ElectronStore<Settings>({
    cwd: dataDir,
    name: "settings",
    configFileMode: SETTINGS_FILE_MODE,
  });
  // electron-store answers this channel for renderers that use it; ours never do, and an IPC
  // listener without our sender check has no place in main.
  ipcMain.removeAllListeners("electron-store-get-data");
  return {
    read: () => store.store,
    write: (settings) => {
      store.store = settings;
    },
  };
}
