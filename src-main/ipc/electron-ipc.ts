import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from "electron";
import { CHANNELS } from "../../shared/ipc";
import { fail } from "../../shared/errors";
import { isAppUrl } from "../security/app-origin";
import { dispatch, type Handlers, type Logger } from "./dispatch";

type SenderFrame = Pick<WebFrameMain, "url" | "parent">;

/** Only the app's own top-level page may call main; iframes and foreign pages are refused. */
export function isTrustedSender(
  frame: SenderFrame | null | undefined,
): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url);
}

type InvokeEvent = Pick<IpcMainInvokeEvent, "senderFrame">;

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, "handle">,
  handlers: Handlers,
  log: Logger,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: InvokeEvent, args: unknown) => {
      if (!isTrustedSender(event.senderFrame)) {
        log(
          `${channel}: refused a call from ${event.senderFrame?.url ?? "an unknown frame"}`,
        );
        return fail(
          "FORBIDDEN_SENDER",
          "Only the Prevention Desk window may call this.",
        );
      }
      return dispatch(handlers, channel, args, log);
    });
  }
}
