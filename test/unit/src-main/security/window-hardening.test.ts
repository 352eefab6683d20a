import { describe, expect, it, vi } from "vitest";
import {
  hardenSession,
  hardenWebContents,
  mainWindowOptions,
} from "../../../../src-main/security/window-hardening";

type Handler = (...args: never[]) => unknown;

function fakeContents() {
  const on = new Map<string, Handler>();
  let openHandler: Handler | undefined;
  const contents = {
    setWindowOpenHandler: (handler: Handler) => {
      openHandler = handler;
    },
    on: (event: string, handler: Handler) => {
      on.set(event, handler);
      return contents;
    },
  };
  const openExternal = vi.fn(() => Promise.resolve());
  hardenWebContents(contents as never, openExternal);
  /** Fires an event with the arguments Electron 45 passes to its listeners. */
  const fire = (event: string, url: string) => {
    const preventDefault = vi.fn();
    const handler = on.get(event) as ((...args: unknown[]) => void) | undefined;
    if (handler === undefined) throw new Error(`No ${event} handler.`);
    if (event === "will-frame-navigate") {
      // (details: Event<WebContentsWillFrameNavigateEventParams>): no url argument.
      handler({ preventDefault, url, isMainFrame: false });
    } else if (event === "will-attach-webview") {
      handler({ preventDefault }, {}, { src: url });
    } else {
      // (event: Event<...EventParams>, url, isInPlace, isMainFrame, frameProcessId, frameRoutingId)
      handler({ preventDefault, url }, url, false, true, 1, 1);
    }
    return preventDefault.mock.calls.length > 0;
  };
  const open = (url: string) =>
    (openHandler as (d: { url: string }) => unknown)({ url });
  return { on, fire, open, openExternal };
}

describe("window hardening", () => {
  it("creates the window isolated, sandboxed, without Node and with web security", () => {
    const options = mainWindowOptions(
      "/app/out/preload/preload.cjs",
      "Prevention Desk",
    );
    expect(options.webPreferences).toMatchObject({
      preload: "/app/out/preload/preload.cjs",
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it("denies every new window and opens only allow-listed https links outside", () => {
    const { open, openExternal } = fakeContents();
    expect(open("https://gppac.net/")).toEqual({ action: "deny" });
    expect(openExternal).toHaveBeenCalledWith("https://gppac.net/");
    for (const url of [
      "https://evil.example/",
      "http://gppac.net/",
      "file:///etc/passwd",
      "app://prevention-desk/x",
    ]) {
      expect(open(url)).toEqual({ action: "deny" });
    }
    expect(openExternal).toHaveBeenCalledOnce();
  });

  it.each(["will-navigate", "will-redirect", "will-frame-navigate"])(
    "keeps %s inside the app",
    (event) => {
      const { fire } = fakeContents();
      for (const url of [
        "app://prevention-desk/index.html",
        "app://prevention-desk/#/observations",
      ]) {
        expect({ url, prevented: fire(event, url) }).toEqual({
          url,
          prevented: false,
        });
      }
      for (const url of [
        "https://evil.example/",
        "http://127.0.0.1:9/",
        "app://evil.example/index.html",
        "file:///etc/passwd",
        "not a url",
      ]) {
        expect({ url, prevented: fire(event, url) }).toEqual({
          url,
          prevented: true,
        });
      }
    },
  );

  it("lets a subframe show the export preview (about:srcdoc), never the main frame", () => {
    const { fire } = fakeContents();
    expect(fire("will-frame-navigate", "about:srcdoc")).toBe(false);
    expect(fire("will-navigate", "about:srcdoc")).toBe(true);
    expect(fire("will-frame-navigate", "about:blank")).toBe(true);
  });

  it("refuses webviews", () => {
    const { fire } = fakeContents();
    expect(
      fire("will-attach-webview", "app://prevention-desk/index.html"),
    ).toBe(true);
    expect(fire("will-attach-webview", "https://evil.example/")).toBe(true);
  });

  it("answers no to every permission request and check", () => {
    const handlers: Record<string, Handler> = {};
    hardenSession({
      setPermissionRequestHandler: (h: Handler) => (handlers.request = h),
      setPermissionCheckHandler: (h: Handler) => (handlers.check = h),
      setDevicePermissionHandler: (h: Handler) => (handlers.device = h),
    } as never);
    for (const permission of [
      "media",
      "geolocation",
      "notifications",
      "clipboard-read",
    ]) {
      const callback = vi.fn();
      (handlers.request as (...a: unknown[]) => void)({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(
        (handlers.check as (...a: unknown[]) => unknown)({}, permission),
      ).toBe(false);
    }
    expect((handlers.device as () => unknown)()).toBe(false);
  });
});
