import ElectronStore from "electron-store";
import type { Settings } from "../../shared/domain/settings";
import type { SettingsStore } from "../services/settings-service";

/** The same settings.json as conf writes, through electron-store inside Electron. */
export function openElectronSettingsStore(dataDir: string): SettingsStore {
  const store = new ElectronStore<Settings>({ cwd: dataDir, name: "settings" });
  return {
    read: () => store.store,
    write: (settings) => {
      store.store = settings;
    },
  };
}
