import type {
  BrowserWindowConstructorOptions,
  Event,
  HandlerDetails,
  Session,
  WebContents,
  WebPreferences,
  WindowOpenHandlerResponse,
} from "electron";
import { isAppUrl } from "./app-origin";
import { allowedExternalLink } from "./external-links";

/**
 * Everything that makes the window safe, in one place (Electron security checklist):
 * isolated, sandboxed renderer without Node; no new windows, no navigation away from the
 * app, no webviews, no permissions; external links only through the allow-list.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export function mainWindowOptions(
  preloadPath: string,
  title: string,
): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 520,
    show: false,
    backgroundColor: "#f8f9fa",
    webPreferences: secureWebPreferences(preloadPath),
  };
}

export type OpenExternal = (url: string) => Promise<void>;

type HardenableContents = Pick<WebContents, "setWindowOpenHandler" | "on">;

export function hardenWebContents(
  contents: HardenableContents,
  openExternal: OpenExternal,
): void {
  contents.setWindowOpenHandler(
    ({ url }: HandlerDetails): WindowOpenHandlerResponse => {
      const allowed = allowedExternalLink(url);
      if (allowed !== null) void openExternal(allowed);
      return { action: "deny" };
    },
  );
  const stayInApp = (event: Event, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on("will-navigate", stayInApp);
  contents.on("will-redirect", stayInApp);
  // A subframe may also show the export preview: the app's own markup, in a frame sandboxed
  // without scripts (`srcdoc`, which navigates to about:srcdoc).
  contents.on("will-frame-navigate", (event) => {
    const preview = !event.isMainFrame && event.url === "about:srcdoc";
    if (!isAppUrl(event.url) && !preview) event.preventDefault();
  });
  contents.on("will-attach-webview", (event) => {
    event.preventDefault();
  });
}

type HardenableSession = Pick<
  Session,
  | "setPermissionRequestHandler"
  | "setPermissionCheckHandler"
  | "setDevicePermissionHandler"
>;

export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
