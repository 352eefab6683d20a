import { describe, expect, it, vi } from "vitest";
import { CHANNELS } from "../../../../shared/ipc";
import { registerIpcHandlers } from "../../../../src-main/ipc/electron-ipc";
import { fakeHandlers } from "../../../support/fake-handlers";

type Listener = (
  event: { senderFrame: { url: string; parent: unknown } | null },
  args: unknown,
) => unknown;

function register() {
  const listeners = new Map<string, Listener>();
  const handlers = fakeHandlers();
  registerIpcHandlers(
    {
      handle: (channel: string, listener: Listener) =>
        listeners.set(channel, listener),
    } as never,
    handlers,
    vi.fn(),
  );
  const call = (
    channel: string,
    frame: { url: string; parent: unknown } | null,
    args: unknown,
  ) => Promise.resolve(listeners.get(channel)?.({ senderFrame: frame }, args));
  return { listeners, handlers, call };
}

const appFrame = { url: "app://prevention-desk/index.html", parent: null };

describe("Electron IPC registration", () => {
  it("registers one handler per contract channel", () => {
    expect([...register().listeners.keys()].sort()).toEqual(
      [...CHANNELS].sort(),
    );
  });

  it("serves the app window", async () => {
    const { call, handlers } = register();
    expect(
      await call("settings.setLanguage", appFrame, { language: "fr" }),
    ).toMatchObject({ ok: true });
    expect(handlers["settings.setLanguage"]).toHaveBeenCalledOnce();
  });

  it.each([
    ["a foreign page", { url: "https://evil.example/", parent: null }],
    ["a file:// page", { url: "file:///tmp/index.html", parent: null }],
    [
      "an iframe inside the app",
      { url: "app://prevention-desk/frame.html", parent: appFrame },
    ],
    ["a destroyed frame", null],
  ])(
    "refuses %s with FORBIDDEN_SENDER before the handler runs",
    async (_case, frame) => {
      const { call, handlers } = register();
      expect(
        await call("settings.setLanguage", frame, { language: "fr" }),
      ).toMatchObject({
        ok: false,
        error: { code: "FORBIDDEN_SENDER" },
      });
      expect(handlers["settings.setLanguage"]).not.toHaveBeenCalled();
    },
  );

  it("refuses a wrong-typed argument from the app window with INVALID_ARGUMENT", async () => {
    const { call, handlers } = register();
    expect(
      await call("settings.setProfile", appFrame, { name: 7 }),
    ).toMatchObject({
      ok: false,
      error: { code: "INVALID_ARGUMENT" },
    });
    expect(handlers["settings.setProfile"]).not.toHaveBeenCalled();
  });
});
