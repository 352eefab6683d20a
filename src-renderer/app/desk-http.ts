import { z } from "zod";
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
const SESSION_PATH = "/desk/session";
const sessionSchema = z.object({
  ok: z.literal(true),
  value: z.object({ secret: z.string() }),
});

/**
 * `window.desk` in the browser shell: the same contract over HTTP to the main-process handlers
 * in Node. The window opens with a one-time ticket in its URL fragment; the page trades it for
 * the per-launch secret, keeps that for this tab only, and clears the address bar.
 */
export async function connectHttpDesk(): Promise<DeskApi> {
  const secret = await takeSecret();
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

async function takeSecret(): Promise<string> {
  const ticket = new URLSearchParams(window.location.hash.slice(1)).get(
    "ticket",
  );
  history.replaceState(
    null,
    "",
    window.location.pathname + window.location.search,
  );
  if (ticket) {
    const response = await fetch(SESSION_PATH, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ticket }),
    });
    const session = sessionSchema.safeParse(await response.json());
    if (session.success)
      sessionStorage.setItem(SECRET_KEY, session.data.value.secret);
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
      if (response.status === 401 || response.status === 403) return;
      if (!response.ok || response.body === null)
        throw new Error(`status ${response.status}`);
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
          const message = eventMessageSchema.safeParse(parseLine(line));
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

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}
