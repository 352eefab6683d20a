import { fail, type Result } from "../../shared/errors";
import {
  buildDeskApi,
  channelResultSchema,
  eventMessageSchema,
  events,
  isEventName,
  type Channel,
  type ChannelArgs,
  type ChannelResult,
  type DeskApi,
  type EventName,
  type Subscribe,
} from "../../shared/ipc";

const SECRET_KEY = "prevention-desk.bridge-secret";
const CALL_PATH = "/desk/call/";
const EVENTS_PATH = "/desk/events";

/**
 * `window.desk` in the browser shell: the same contract over HTTP to the main-process handlers
 * in Node. The per-launch secret arrives in the URL fragment; it is kept for this tab only and
 * removed from the address bar.
 */
export function connectHttpDesk(): DeskApi {
  const secret = takeSecret();
  const headers = {
    authorization: `Bearer ${secret}`,
    "content-type": "application/json",
  };

  const invoke = async <C extends Channel>(
    channel: C,
    args: ChannelArgs<C>,
  ) => {
    let body: unknown;
    try {
      const response = await fetch(CALL_PATH + channel, {
        method: "POST",
        headers,
        body: JSON.stringify(args),
      });
      body = await response.json();
    } catch {
      return fail("UNAVAILABLE", "The Prevention Desk bridge did not answer.");
    }
    const parsed = channelResultSchema(channel).safeParse(body);
    return parsed.success
      ? (parsed.data as Result<ChannelResult<C>>)
      : fail(
          "INTERNAL",
          `The answer to ${channel} does not match the contract.`,
        );
  };

  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let streaming = false;
  const on: Subscribe = (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    set.add(listener);
    listeners.set(event, set);
    if (!streaming) {
      streaming = true;
      void streamEvents(headers, (name, payload) => {
        const parsed = events[name].safeParse(payload);
        if (parsed.success)
          for (const notify of listeners.get(name) ?? [])
            notify(parsed.data as never);
      });
    }
    return () => set.delete(listener);
  };

  return buildDeskApi(invoke, on);
}

function takeSecret(): string {
  const fromFragment = new URLSearchParams(window.location.hash.slice(1)).get(
    "desk",
  );
  if (fromFragment) {
    sessionStorage.setItem(SECRET_KEY, fromFragment);
    history.replaceState(
      null,
      "",
      window.location.pathname + window.location.search,
    );
  }
  return sessionStorage.getItem(SECRET_KEY) ?? "";
}

/** Reads the bridge's newline-delimited event stream, reconnecting after a dropped connection. */
async function streamEvents(
  headers: Record<string, string>,
  deliver: (event: EventName, payload: unknown) => void,
): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const response = await fetch(EVENTS_PATH, { method: "POST", headers });
      if (response.status === 401 || response.body === null) return;
      attempt = 0;
      const reader = response.body
        .pipeThrough(new TextDecoderStream())
        .getReader();
      let buffered = "";
      for (
        let chunk = await reader.read();
        !chunk.done;
        chunk = await reader.read()
      ) {
        buffered += chunk.value;
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines) {
          if (line.trim() === "") continue;
          const message = eventMessageSchema.safeParse(JSON.parse(line));
          if (message.success && isEventName(message.data.event)) {
            deliver(message.data.event, message.data.payload);
          }
        }
      }
    } catch {
      // The bridge went away (app restarting); wait and reconnect below.
    }
    await new Promise((resolve) =>
      setTimeout(resolve, Math.min(10_000, 500 * 2 ** attempt)),
    );
  }
}
