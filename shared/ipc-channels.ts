import type { Result } from "./errors";
import type { ChannelArgs, ChannelResult, EventPayload } from "./ipc";

/**
 * The names of the contract's channels and events, on their own so the sandboxed preload can
 * build `window.desk` without bundling the schemas. `shared/ipc.ts` gives each its schemas and
 * `satisfies` this list, so a channel cannot be half-added.
 */
export const CHANNELS = [
  "app.info",
  "settings.get",
  "settings.setLanguage",
  "settings.setProfile",
  "settings.setPurgeAfterReceipt",
  "settings.setRole",
  "settings.completeOnboarding",
  "settings.dismissNotice",
  "links.openExternal",
  "task.cancel",
  "sync.status",
  "sync.createKeys",
  "sync.restore",
  "sync.relink",
  "sync.unlock",
  "sync.trustHub",
  "sync.importHubIdentity",
  "sync.createHub",
  "sync.enrolDevice",
  "sync.revokeDevice",
  "sync.rosterFiles",
  "sync.importRoster",
  "sync.seal",
  "sync.pendingFiles",
  "sync.open",
  "sync.sealBlobs",
  "sync.issueReceipt",
  "sync.acceptReceipt",
  "hub.status",
  "hub.previewCode",
  "hub.enrol",
  "hub.push",
  "hub.pull",
  "hub.upload",
  "hub.relay",
  "hub.openInbox",
  "hub.imported",
  "hub.createCode",
  "hub.confirm",
  "meetings.exportInput",
] as const;
export type Channel = (typeof CHANNELS)[number];

export const EVENT_NAMES = ["task.progress", "task.finished"] as const;
export type EventName = (typeof EVENT_NAMES)[number];

const channelSet: ReadonlySet<string> = new Set(CHANNELS);
const eventSet: ReadonlySet<string> = new Set(EVENT_NAMES);
export const isChannel = (name: string): name is Channel =>
  channelSet.has(name);
export const isEventName = (name: string): name is EventName =>
  eventSet.has(name);

type DomainOf<C extends string> = C extends `${infer D}.${string}` ? D : never;
export type Invoke = <C extends Channel>(
  channel: C,
  args: ChannelArgs<C>,
) => Promise<Result<ChannelResult<C>>>;
export type Subscribe = <E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
) => () => void;

/** What the renderer sees as `window.desk`: one method per channel, grouped by domain. */
export type DeskApi = {
  [D in DomainOf<Channel>]: {
    [C in Channel as C extends `${D}.${infer V}` ? V : never]: (
      args: ChannelArgs<C>,
    ) => Promise<Result<ChannelResult<C>>>;
  };
} & { on: Subscribe };

/** Builds `window.desk` over any transport (Electron IPC in the preload, HTTP in the browser shell). */
export function buildDeskApi(invoke: Invoke, on: Subscribe): DeskApi {
  const api: Record<string, Record<string, (args: unknown) => unknown>> = {};
  for (const name of CHANNELS) {
    const [domain = "", verb = ""] = name.split(".");
    api[domain] ??= {};
    api[domain][verb] = (args: unknown) =>
      invoke(name, args as ChannelArgs<typeof name>);
  }
  // The loop above creates exactly one method per channel; a test checks the shape.
  return { ...api, on } as unknown as DeskApi;
}
