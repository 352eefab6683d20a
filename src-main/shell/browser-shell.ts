import { randomBytes } from "node:crypto";
import type { Logger } from "../ipc/dispatch";
import type { OpenExternal } from "../security/window-hardening";
import { composeMainServices } from "../services/compose";
import { chromiumPrinter } from "../meeting-input/chromium-printer";
import { openConfSettingsStore } from "../services/settings-store-conf";
import { startBridge, type Bridge } from "./bridge-server";

export interface BrowserShellOptions {
  dataDir: string;
  rendererDir: string;
  /** 0 picks a free port (tests); the product keeps one port per data folder. */
  port: number;
  version: string;
  openExternal: OpenExternal;
  log: Logger;
  /** Someone presented the launch ticket a second time: stop the shell. */
  onTicketReuse: () => void;
  /** Tests only: a smaller scrypt work factor for passphrases (the app uses age's 2^18). */
  scryptLogN?: number;
}

export interface BrowserShell {
  bridge: Bridge;
  /**
   * The address to open. Its fragment (never sent to a server) holds a one-time ticket that
   * the page trades for the per-launch secret, so what a command line shows is soon worthless.
   */
  pageUrl: string;
}

/** The app without Electron: the real main-process services in Node, the built renderer over HTTP. */
export async function startBrowserShell(
  options: BrowserShellOptions,
): Promise<BrowserShell> {
  const secret = randomBytes(32).toString("base64url");
  const ticket = randomBytes(32).toString("base64url");
  // Events can only flow once the bridge listens; until then there is no page to tell.
  const started: { bridge?: Bridge } = {};
  const { handlers } = composeMainServices({
    appInfo: {
      version: options.version,
      dataDir: options.dataDir,
      shell: "browser",
      platform: process.platform,
    },
    openSettingsStore: openConfSettingsStore,
    openExternal: options.openExternal,
    safeStorage: null,
    printer: chromiumPrinter(),
    ...(options.scryptLogN === undefined
      ? {}
      : { scryptLogN: options.scryptLogN }),
    emit: (event, payload) => {
      started.bridge?.emit(event, payload);
    },
  });
  const bridge = await startBridge({
    rendererDir: options.rendererDir,
    handlers,
    secret,
    ticket,
    onTicketReuse: options.onTicketReuse,
    port: options.port,
    log: options.log,
  });
  started.bridge = bridge;
  return { bridge, pageUrl: `${bridge.origin}/#ticket=${ticket}` };
}
