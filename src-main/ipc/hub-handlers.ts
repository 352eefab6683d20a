import type { ConnectedSync } from "../hub/connected-sync";
import type { Handlers } from "./dispatch";

type HubHandlers = Pick<Handlers, Extract<keyof Handlers, `hub.${string}`>>;

/** The main-process side of the connected-sync channels: thin calls into `ConnectedSync`. */
export function createHubHandlers(hub: ConnectedSync): HubHandlers {
  return {
    "hub.status": () => hub.status(),
    "hub.previewCode": ({ code }) => hub.preview(code),
    "hub.enrol": ({ code }) => hub.enrol(code),
    "hub.push": () => hub.push(),
    "hub.pull": () => hub.pull(),
    "hub.upload": (file) => hub.upload(file),
    "hub.relay": (file) => hub.relay(file),
    "hub.openInbox": ({ name }) => hub.openInbox(name),
    "hub.imported": ({ name, applied }) => hub.imported(name, applied),
    "hub.createCode": ({ role, countries, days }) =>
      hub.createCode(role, countries, days),
    "hub.confirm": () => hub.confirm(),
  };
}
