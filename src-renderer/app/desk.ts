import type { DeskApi } from "../../shared/ipc";
import { connectHttpDesk } from "./desk-http";

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser shell, where the HTTP bridge serves it. */
    readonly desk?: DeskApi;
  }
}

/** Electron's preload on app://, the HTTP bridge anywhere else; never one posing as the other. */
export async function connectDesk(): Promise<DeskApi> {
  if (window.location.protocol !== "app:") return connectHttpDesk();
  if (window.desk === undefined)
    throw new Error("The Prevention Desk preload did not load.");
  return window.desk;
}
