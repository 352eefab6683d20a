import type { DeskApi } from "../../shared/ipc";
import { connectHttpDesk } from "./desk-http";

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser shell, where the HTTP bridge serves it. */
    readonly desk?: DeskApi;
  }
}

export function connectDesk(): DeskApi {
  return window.desk ?? connectHttpDesk();
}
