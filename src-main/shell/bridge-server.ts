import { z } from "zod";
import { createHash, timingSafeEqual } from "node:crypto";
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { fail, ok, type Result } from "../../shared/errors";
import type { EventName, EventPayload } from "../../shared/ipc";
import { dispatch, type Handlers, type Logger } from "../ipc/dispatch";
import { readRendererFile } from "../services/renderer-files";

export const BRIDGE_CALL_PATH = "/desk/call/";
export const BRIDGE_EVENTS_PATH = "/desk/events";
export const BRIDGE_SESSION_PATH = "/desk/session";
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface BridgeOptions {
  rendererDir: string;
  handlers: Handlers;
  /** Per-launch secret for every call; the page gets it once, in exchange for the ticket. */
  secret: string;
  /**
   * One-time ticket in the URL fragment of the window the shell opens. It is visible on the
   * browser's command line, so it is worth nothing once used: the page trades it for the secret.
   */
  ticket: string;
  /** A used ticket came back: someone else may hold the secret, so the shell should stop. */
  onTicketReuse: () => void;
  port: number;
  log: Logger;
}

export interface Bridge {
  origin: string;
  port: number;
  emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  close: () => Promise<void>;
}

/**
 * Serves the built renderer on 127.0.0.1 and `window.desk` over HTTP: every call goes to the
 * same handlers as Electron IPC, only with the per-launch secret, from the app's own origin,
 * addressed to the app's own host (against DNS rebinding).
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const listeners = new Set<ServerResponse>();
  let origin = "";
  const expectedSecret = digest(options.secret);
  const expectedTicket = digest(options.ticket);
  let ticketUsed = false;

  const addressRefusal = (
    request: IncomingMessage,
  ): [number, Result<never>] | null => {
    if (request.headers.host !== new URL(origin).host) {
      return [
        403,
        fail("FORBIDDEN_SENDER", "Requests must be addressed to 127.0.0.1."),
      ];
    }
    if (request.headers.origin !== origin) {
      return [
        403,
        fail(
          "FORBIDDEN_SENDER",
          "Only the Prevention Desk page may call the app.",
        ),
      ];
    }
    return null;
  };

  const refusal = (
    request: IncomingMessage,
  ): [number, Result<never>] | null => {
    const misaddressed = addressRefusal(request);
    if (misaddressed !== null) return misaddressed;
    const token = /^Bearer (.+)$/.exec(
      request.headers.authorization ?? "",
    )?.[1];
    if (
      token === undefined ||
      !timingSafeEqual(digest(token), expectedSecret)
    ) {
      return [
        401,
        fail(
          "UNAUTHORIZED",
          "This page was not opened by this Prevention Desk launch.",
        ),
      ];
    }
    return null;
  };

  const server = createServer((request, response) => {
    void route(request, response).catch((error: unknown) => {
      options.log(
        `bridge: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (!response.headersSent)
        sendJson(response, 500, fail("INTERNAL", "The bridge failed."));
      else response.end();
    });
  });

  const route = async (request: IncomingMessage, response: ServerResponse) => {
    const path = new URL(request.url ?? "/", origin).pathname;
    if (request.method === "GET" || request.method === "HEAD") {
      const file = await readRendererFile(options.rendererDir, path);
      if (file === null || request.headers.host !== new URL(origin).host) {
        response
          .writeHead(404, { "content-type": "text/plain" })
          .end("Not found");
        return;
      }
      response
        .writeHead(200, {
          "content-type": file.contentType,
          "cache-control": "no-store",
          "x-content-type-options": "nosniff",
          "x-frame-options": "DENY",
          "referrer-policy": "no-referrer",
        })
        .end(request.method === "HEAD" ? undefined : file.body);
      return;
    }
    if (request.method !== "POST") {
      sendJson(
        response,
        405,
        fail("UNKNOWN_CHANNEL", "Only GET and POST are served."),
      );
      return;
    }
    if (path === BRIDGE_SESSION_PATH) {
      const misaddressed = addressRefusal(request);
      if (misaddressed !== null) {
        request.resume();
        sendJson(response, ...misaddressed);
        return;
      }
      sendJson(response, ...(await exchangeTicket(request)));
      return;
    }
    const refused = refusal(request);
    if (refused !== null) {
      request.resume();
      sendJson(response, ...refused);
      return;
    }
    if (path === BRIDGE_EVENTS_PATH) {
      request.resume();
      response.writeHead(200, {
        "content-type": "application/x-ndjson",
        "cache-control": "no-store",
      });
      response.write("\n");
      listeners.add(response);
      response.on("close", () => listeners.delete(response));
      return;
    }
    if (!path.startsWith(BRIDGE_CALL_PATH)) {
      request.resume();
      sendJson(
        response,
        404,
        fail("UNKNOWN_CHANNEL", `Nothing is served at ${path}.`),
      );
      return;
    }
    const body = await readBody(request);
    if (body === null) {
      sendJson(
        response,
        413,
        fail("INVALID_ARGUMENT", "The request is larger than 4 MiB."),
      );
      return;
    }
    let args: unknown;
    try {
      args = body.length === 0 ? null : JSON.parse(body.toString("utf8"));
    } catch {
      sendJson(
        response,
        400,
        fail("INVALID_ARGUMENT", "The request body is not JSON."),
      );
      return;
    }
    const channel = path.slice(BRIDGE_CALL_PATH.length);
    const result = await dispatch(options.handlers, channel, args, options.log);
    const status =
      !result.ok && result.error.code === "UNKNOWN_CHANNEL" ? 404 : 200;
    sendJson(response, status, result);
  };

  const exchangeTicket = async (
    request: IncomingMessage,
  ): Promise<[number, Result<unknown>]> => {
    const body = await readBody(request);
    const parsed = ticketRequestSchema.safeParse(parseJson(body));
    const presented = parsed.success ? digest(parsed.data.ticket) : null;
    if (presented === null || !timingSafeEqual(presented, expectedTicket)) {
      return [
        401,
        fail(
          "UNAUTHORIZED",
          "This page was not opened by this Prevention Desk launch.",
        ),
      ];
    }
    if (ticketUsed) {
      options.log("bridge: the launch ticket was presented twice; stopping");
      options.onTicketReuse();
      return [
        401,
        fail("UNAUTHORIZED", "This launch ticket was already used."),
      ];
    }
    ticketUsed = true;
    return [200, ok({ secret: options.secret })];
  };

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    emit: (event, payload) => {
      const line = `${JSON.stringify({ event, payload })}\n`;
      for (const listener of listeners) listener.write(line);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const listener of listeners) listener.end();
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

const ticketRequestSchema = z.object({ ticket: z.string().min(16).max(200) });

function parseJson(body: Buffer | null): unknown {
  try {
    return body === null ? null : JSON.parse(body.toString("utf8"));
  } catch {
    return null;
  }
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: Result<unknown>,
): void {
  response
    .writeHead(status, {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
    })
    .end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<Buffer | null> {
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    request.resume();
    return null;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
