import { join } from "node:path";
import {
  app,
  BrowserWindow,
  ipcMain,
  protocol,
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

const here = import.meta.dirname;
const log = (message: string) => {
  console.error(`[prevention-desk] ${message}`);
};
const openExternal = (url: string) => shell.openExternal(url);

registerAppScheme(protocol);
app.enableSandbox();
app.on("web-contents-created", (_event, contents) => {
  hardenWebContents(contents, openExternal);
});

let mainWindow: BrowserWindow | null = null;
const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
  mainWindow?.webContents.send("desk:event", { event, payload });
};

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  serveRenderer(protocol, join(here, "../renderer"));
  const { handlers } = composeMainServices({
    appInfo: {
      version: app.getVersion(),
      dataDir: app.getPath("userData"),
      shell: "electron",
      platform: process.platform,
    },
    openSettingsStore: openElectronSettingsStore,
    openExternal,
    emit,
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
  log(
    `could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  app.exit(1);
});
