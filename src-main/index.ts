import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  session,
  shell,
} from "electron";
import type { EventName, EventPayload } from "../shared/ipc";
import { registerAppScheme, serveRenderer } from "./app/app-protocol";
import { openElectronSettingsStore } from "./app/settings-store-electron";
import { registerIpcHandlers } from "./ipc/electron-ipc";
import { APP_ENTRY_URL } from "./security/app-origin";
import {
  hardenSession,
  hardenWebContents,
  mainWindowOptions,
} from "./security/window-hardening";
import { composeMainServices } from "./services/compose";
import { electronPrinter } from "./meeting-input/electron-printer";
import { claimDataFolder } from "./services/data-folder";

const here = import.meta.dirname;
const log = (message: string) => {
  console.error(`[prevention-desk] ${message}`);
};
const openExternal = (url: string) => shell.openExternal(url);

// `npm start` passes the data folder so that Electron and the browser shell agree on it.
const { values: cli } = parseArgs({
  args: process.argv.slice(app.isPackaged ? 1 : 2),
  options: { data: { type: "string" } },
  strict: false,
});
if (typeof cli.data === "string") app.setPath("userData", resolve(cli.data));

let mainWindow: BrowserWindow | null = null;

// One app per data folder: a second start would fight the first over IndexedDB and settings.
if (!app.requestSingleInstanceLock()) app.quit();
app.on("second-instance", () => {
  if (mainWindow?.isMinimized()) mainWindow.restore();
  mainWindow?.focus();
});

registerAppScheme(protocol);
app.enableSandbox();
app.on("web-contents-created", (_event, contents) => {
  hardenWebContents(contents, openExternal);
});

const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
  mainWindow?.webContents.send("desk:event", { event, payload });
};

async function start(): Promise<void> {
  await app.whenReady();
  const dataDir = app.getPath("userData");
  claimDataFolder(dataDir, "electron");
  hardenSession(session.defaultSession);
  serveRenderer(protocol, join(here, "../renderer"));
  const { handlers } = composeMainServices({
    appInfo: {
      version: app.getVersion(),
      dataDir,
      shell: "electron",
      platform: process.platform,
    },
    openSettingsStore: openElectronSettingsStore,
    openExternal,
    emit,
    safeStorage,
    printer: electronPrinter(BrowserWindow),
  });
  registerIpcHandlers(ipcMain, handlers, log);

  mainWindow = new BrowserWindow(
    mainWindowOptions(join(here, "../preload/preload.cjs"), app.getName()),
  );
  mainWindow.once("ready-to-show", () => mainWindow?.show());
  mainWindow.on("closed", () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(APP_ENTRY_URL);
}

app.on("window-all-closed", () => {
  app.quit();
});

start().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  log(`could not start: ${message}`);
  dialog.showErrorBox("Prevention Desk cannot start", message);
  app.exit(1);
});
