import type { AppInfo } from "../../shared/ipc";
import { createHandlers } from "../ipc/handlers";
import type { Handlers } from "../ipc/dispatch";
import type { OpenExternal } from "../security/window-hardening";
import { SettingsService, type OpenSettingsStore } from "./settings-service";
import type { SafeStorageLike } from "../keys/protector";
import { SyncService } from "./sync-service";
import { ConnectedSync } from "../hub/connected-sync";
import { TaskRunner, type EmitEvent } from "./tasks";
import type { Printer } from "../meeting-input/pdf-export";

export interface MainServicesOptions {
  appInfo: AppInfo;
  openSettingsStore: OpenSettingsStore;
  openExternal: OpenExternal;
  emit: EmitEvent;
  /** Electron's safeStorage; null in the browser shell, where keys always take a passphrase. */
  safeStorage: SafeStorageLike | null;
  /** Prints PDFs: Electron's `printToPDF`, or the system Chromium in the browser shell. */
  printer: Printer;
  /** Tests only: a smaller scrypt work factor for passphrases. */
  scryptLogN?: number;
}

/** Builds the main-process services and their handlers; Electron and the browser shell both call this. */
export function composeMainServices(options: MainServicesOptions): {
  handlers: Handlers;
  tasks: TaskRunner;
} {
  const settings = new SettingsService(
    options.appInfo.dataDir,
    options.openSettingsStore,
  );
  const tasks = new TaskRunner(options.emit);
  const sync = new SyncService(
    options.appInfo.dataDir,
    options.safeStorage,
    () => new Date(),
    options.scryptLogN,
    () => settings.get().purgeAfterReceipt,
  );
  const handlers = createHandlers({
    appInfo: options.appInfo,
    settings,
    tasks,
    openExternal: options.openExternal,
    sync,
    printer: options.printer,
    hub: new ConnectedSync(sync, {
      onEnrolled: (role, countries, at) => {
        settings.enrol({ role, countries }, at);
      },
    }),
  });
  return { handlers, tasks };
}
