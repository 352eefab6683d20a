import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  startBridge,
  type Bridge,
} from "../../../../src-main/shell/bridge-server";
import { composeMainServices } from "../../../../src-main/services/compose";
import { openConfSettingsStore } from "../../../../src-main/services/settings-store-conf";

const SECRET = "per-launch-secret-0123456789abcdef";
let bridge: Bridge | undefined;
afterEach(async () => {
  await bridge?.close();
  bridge = undefined;
});

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
  const { handlers, tasks } = composeMainServices({
    appInfo: { version: "0.1.0", dataDir, shell: "browser", platform: "linux" },
    openSettingsStore: openConfSettingsStore,
    openExternal: vi.fn(() => Promise.resolve()),
    emit: (event, payload) => {
      emit(event, payload);
    },
  });
  bridge = await startBridge({
    rendererDir,
    handlers,
    secret: SECRET,
    port: 0,
    log: vi.fn(),
  });
  emit = bridge.emit;
  const { origin } = bridge;
  const call = (
    channel: string,
    body: unknown,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${origin}/desk/call/${channel}`, {
      method: "POST",
      headers: {
        origin,
        authorization: `Bearer ${SECRET}`,
        "content-type": "application/json",
        ...headers,
      },
      body: JSON.stringify(body),
    });
  return { origin, call, dataDir, tasks };
}

const profile = { name: "Awa", organisation: "Réseau Paix" };

describe("browser-shell bridge", () => {
  it("serves the built renderer without any secret", async () => {
    const { origin } = await start();
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Prevention Desk");
    expect((await fetch(`${origin}/../data/settings.json`)).status).toBe(404);
  });

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
    const { origin } = await start();
    const { request } = await import("node:http");
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(`${origin}/desk/call/settings.get`, {
        method: "POST",
        headers: {
          host: "attacker.example",
          origin: "http://attacker.example",
          authorization: `Bearer ${SECRET}`,
        },
      });
      req.on("response", (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on("error", reject);
      req.end("null");
    });
    expect(status).toBe(403);
  });

  it("refuses an unknown channel and a wrong-typed argument", async () => {
    const { call, dataDir } = await start();
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
    const notJson = await call("settings.setProfile", undefined, {});
    expect(await notJson.json()).toMatchObject({ ok: false });
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
