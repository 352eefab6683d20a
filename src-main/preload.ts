import { contextBridge, ipcRenderer, type IpcRendererEvent } from "electron";
import {
  buildDeskApi,
  isEventName,
  type Subscribe,
} from "../shared/ipc-channels";

/** Sandboxed preload: exposes `window.desk`, one method per contract channel, and nothing else. */
const on: Subscribe = (event, listener) => {
  const relay = (
    _sender: IpcRendererEvent,
    message: { event: string; payload: never },
  ) => {
    if (isEventName(message.event) && message.event === event)
      listener(message.payload);
  };
  ipcRenderer.on("desk:event", relay);
  return () => {
    ipcRenderer.off("desk:event", relay);
  };
};

contextBridge.exposeInMainWorld(
  "desk",
  buildDeskApi((channel, args) => ipcRenderer.invoke(channel, args), on),
);
