import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { request, type OutgoingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  startBridge,
  type Bridge,
} from "../../../../src-main/shell/bridge-server";
import { composeMainServices } from "../../../../src-main/services/compose";
import { openConfSettingsStore } from "../../../../src-main/services/settings-store-conf";

const SECRET = "per-launch-secret-0123456789abcdef";
const TICKET = "one-time-ticket-0123456789abcdef";
const MAX_BODY_BYTES = 4 * 1024 * 1024;
let bridge: Bridge | undefined;
afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
});

interface RawRequest {
  method?: string;
  /** Sent byte for byte: neither fetch nor URL get to normalise it. */
  path: string;
  headers?: OutgoingHttpHeaders;
  body?: string | Buffer | Readable;
  /** Leave the request unfinished, to see whether the server answers before the body ends. */
  keepOpen?: boolean;
}

interface RawResponse {
  status: number | undefined;
  text: string;
}

/** A request through node:http, with the exact path, Host and body the test chooses. */
function raw(port: number, options: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: "127.0.0.1",
      port,
      method: options.method ?? "GET",
      path: options.path,
      headers: options.headers,
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("error", reject);
      res.on("end", () => {
        resolve({
          status: res.statusCode,
          text: Buffer.concat(chunks).toString("utf8"),
        });
        req.destroy();
      });
    });
    req.on("error", reject);
    const { body } = options;
    if (body instanceof Readable) body.pipe(req);
    else if (options.keepOpen) req.write(body ?? "");
    else req.end(body);
  });
}

async function start() {
  const base = mkdtempSync(join(tmpdir(), "pd-bridge-"));
  const rendererDir = join(base, "renderer");
  const dataDir = join(base, "data");
  mkdirSync(rendererDir);
  mkdirSync(dataDir);
  writeFileSync(
    join(rendererDir, "index.html"),
    "<!doctype html><title>Prevention Desk</title>",
  );
  let emit: Bridge["emit"] = () => undefined;
  const onTicketReuse = vi.fn();
  const { handlers, tasks } = composeMainServices({
    appInfo: { version: "0.1.0", dataDir, shell: "browser", platform: "linux" },
    openSettingsStore: openConfSettingsStore,
    openExternal: vi.fn(() => Promise.resolve()),
    emit: (event, payload) => {
      emit(event, payload);
    },
    safeStorage: null,
    printer: { pdfOf: () => Promise.reject(new Error("not printed here")) },
  });
  bridge = await startBridge({
    rendererDir,
    handlers,
    secret: SECRET,
    ticket: TICKET,
    onTicketReuse,
    port: 0,
    log: vi.fn(),
  });
  emit = bridge.emit;
  const { origin, port } = bridge;
  /** The headers the page itself sends with every call. */
  const pageHeaders = {
    origin,
    authorization: `Bearer ${SECRET}`,
    "content-type": "application/json",
  };
  const post = (
    channel: string,
    body: string,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${origin}/desk/call/${channel}`, {
      method: "POST",
      headers: { ...pageHeaders, ...headers },
      body,
    });
  const call = (
    channel: string,
    body: unknown,
    headers: Record<string, string> = {},
  ) => post(channel, JSON.stringify(body), headers);
  const exchange = (ticket: string, requestOrigin = origin) =>
    fetch(`${origin}/desk/session`, {
      method: "POST",
      headers: { origin: requestOrigin, "content-type": "application/json" },
      body: JSON.stringify({ ticket }),
    });
  return {
    origin,
    port,
    pageHeaders,
    post,
    call,
    exchange,
    onTicketReuse,
    dataDir,
    tasks,
  };
}

const profile = { name: "Awa", organisation: "Réseau Paix" };

/** A valid profile, padded with JSON whitespace to one byte over the limit. */
function oversizedProfile(): Buffer {
  const json = JSON.stringify(profile);
  const size = MAX_BODY_BYTES + 1;
  return Buffer.from(json + " ".repeat(size - Buffer.byteLength(json)));
}

describe("browser-shell bridge", () => {
  it("serves the built renderer without any secret", async () => {
    const { origin, port } = await start();
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Prevention Desk");
    const index = await raw(port, { path: "/index.html" });
    expect(index.status).toBe(200);
    expect(index.text).toContain("Prevention Desk");
  });

  it("serves nothing outside the renderer folder, however the path is encoded", async () => {
    const { port, call, dataDir } = await start();
    // A real file next to the renderer folder, for a traversal to find.
    await call("settings.setProfile", profile);
    expect(readFileSync(join(dataDir, "settings.json"), "utf8")).toContain(
      "Réseau Paix",
    );
    for (const path of [
      "/..%2fdata%2fsettings.json",
      "/%2e%2e%2fdata%2fsettings.json",
      "/%2e%2e/data/settings.json",
      "/..%5cdata%5csettings.json",
    ]) {
      const response = await raw(port, { path });
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
      expect(response.text).not.toContain("Réseau Paix");
    }
  });

  it("trades the launch ticket for the secret once, and stops the shell if it comes back", async () => {
    const { exchange, onTicketReuse } = await start();
    const first = await exchange(TICKET);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ ok: true, value: { secret: SECRET } });
    expect(onTicketReuse).not.toHaveBeenCalled();
    const again = await exchange(TICKET);
    expect(again.status).toBe(401);
    expect(JSON.stringify(await again.json())).not.toContain(SECRET);
    expect(onTicketReuse).toHaveBeenCalledOnce();
  });

  it.each([
    ["a wrong ticket", "not-the-ticket-0123456789", undefined],
    ["the ticket from a foreign page", TICKET, "https://evil.example"],
  ])(
    "refuses %s without giving the secret away",
    async (_case, ticket, requestOrigin) => {
      const { exchange, origin, onTicketReuse } = await start();
      const response = await exchange(ticket, requestOrigin ?? origin);
      expect([401, 403]).toContain(response.status);
      expect(JSON.stringify(await response.json())).not.toContain(SECRET);
      expect(onTicketReuse).not.toHaveBeenCalled();
      expect((await exchange(TICKET)).status).toBe(200);
    },
  );

  it("forwards a contract call from the page to the main-process handlers", async () => {
    const { call, dataDir } = await start();
    const response = await call("settings.setProfile", profile);
    expect(await response.json()).toMatchObject({
      ok: true,
      value: { profile },
    });
    expect(readdirSync(dataDir)).toContain("settings.json");
  });

  it.each([
    ["without the secret", { authorization: "" }, 401, "UNAUTHORIZED"],
    [
      "with a wrong secret",
      { authorization: "Bearer guess" },
      401,
      "UNAUTHORIZED",
    ],
    [
      "from a foreign Origin",
      { origin: "https://evil.example" },
      403,
      "FORBIDDEN_SENDER",
    ],
    ["from a page with no Origin", { origin: "" }, 403, "FORBIDDEN_SENDER"],
  ])(
    "refuses a call %s and writes nothing",
    async (_case, headers, status, code) => {
      const { call, dataDir } = await start();
      const response = await call("settings.setProfile", profile, headers);
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({
        ok: false,
        error: { code },
      });
      expect(readdirSync(dataDir)).toEqual([]);
    },
  );

  it("refuses a request addressed to another host name (DNS rebinding)", async () => {
    const { port, pageHeaders, dataDir } = await start();
    // Everything else is what the real page sends: only the Host header gives it away.
    const refused = await raw(port, {
      method: "POST",
      path: "/desk/call/settings.setProfile",
      headers: { ...pageHeaders, host: "attacker.example" },
      body: JSON.stringify(profile),
    });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.text)).toMatchObject({
      ok: false,
      error: { code: "FORBIDDEN_SENDER" },
    });
    expect(readdirSync(dataDir)).toEqual([]);

    expect((await raw(port, { path: "/" })).status).toBe(200);
    const page = await raw(port, {
      path: "/",
      headers: { host: "attacker.example" },
    });
    expect(page.status).toBe(404);
    expect(page.text).not.toContain("Prevention Desk");
  });

  it("refuses an unknown channel and a wrong-typed argument", async () => {
    const { call, post, dataDir } = await start();
    const unknown = await call("keys.exportPrivate", null);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({
      ok: false,
      error: { code: "UNKNOWN_CHANNEL" },
    });
    const wrong = await call("settings.setProfile", { name: 42 });
    expect(await wrong.json()).toMatchObject({
      ok: false,
      error: { code: "INVALID_ARGUMENT" },
    });
    const empty = await post("settings.setProfile", "");
    expect(await empty.json()).toMatchObject({
      ok: false,
      error: { code: "INVALID_ARGUMENT" },
    });
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it("answers 400 to a body that is not JSON", async () => {
    const { post, dataDir } = await start();
    const notJson = await post("settings.setProfile", "{");
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({
      ok: false,
      error: { code: "INVALID_ARGUMENT" },
    });
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it("refuses a body over 4 MiB with a declared length, and writes nothing", async () => {
    const { port, pageHeaders, dataDir } = await start();
    const body = oversizedProfile();
    const response = await raw(port, {
      method: "POST",
      path: "/desk/call/settings.setProfile",
      headers: { ...pageHeaders, "content-length": body.length },
      body,
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.text)).toMatchObject({
      ok: false,
      error: { code: "INVALID_ARGUMENT" },
    });
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it("refuses on the declared length alone, before the body arrives", async () => {
    const { port, pageHeaders, dataDir } = await start();
    const response = await raw(port, {
      method: "POST",
      path: "/desk/call/settings.setProfile",
      headers: { ...pageHeaders, "content-length": MAX_BODY_BYTES + 1 },
      body: JSON.stringify(profile),
      keepOpen: true,
    });
    expect(response.status).toBe(413);
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it("refuses a chunked body that grows over 4 MiB, and writes nothing", async () => {
    const { port, pageHeaders, dataDir } = await start();
    const body = oversizedProfile();
    const chunkSize = 256 * 1024;
    const chunks = Array.from(
      { length: Math.ceil(body.length / chunkSize) },
      (_, i) => body.subarray(i * chunkSize, (i + 1) * chunkSize),
    );
    const response = await raw(port, {
      method: "POST",
      path: "/desk/call/settings.setProfile",
      headers: { ...pageHeaders, "transfer-encoding": "chunked" },
      body: Readable.from(chunks),
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.text)).toMatchObject({
      ok: false,
      error: { code: "INVALID_ARGUMENT" },
    });
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it("streams main-process events to the page", async () => {
    const { origin, tasks } = await start();
    const response = await fetch(`${origin}/desk/events`, {
      method: "POST",
      headers: { origin, authorization: `Bearer ${SECRET}` },
    });
    const reader = response.body
      ?.pipeThrough(new TextDecoderStream())
      .getReader();
    const taskId = tasks.start(({ progress }) => {
      progress(1, 2);
      return Promise.resolve();
    });
    let received = "";
    while (!received.includes("task.finished")) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      received += chunk.value;
    }
    const messages = received
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as unknown);
    expect(messages).toEqual([
      { event: "task.progress", payload: { taskId, done: 1, total: 2 } },
      {
        event: "task.finished",
        payload: { taskId, outcome: "done", message: null },
      },
    ]);
    await reader?.cancel();
  });
});
