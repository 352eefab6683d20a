import { describe, expect, it, vi } from "vitest";
import {
  hardenSession,
  hardenWebContents,
  mainWindowOptions,
} from "../../../../src-main/security/window-hardening";
import { isAllowedExternalLink } from "../../../../src-main/security/external-links";

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
  const fire = (event: string, url: string) => {
    const preventDefault = vi.fn();
    (on.get(event) as (e: unknown, url: string) => void)(
      { preventDefault, url },
      url,
    );
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

  it("keeps navigation inside the app and refuses webviews", () => {
    const { fire } = fakeContents();
    expect(fire("will-navigate", "app://prevention-desk/index.html")).toBe(
      false,
    );
    expect(fire("will-navigate", "https://evil.example/")).toBe(true);
    expect(fire("will-redirect", "http://127.0.0.1:9/")).toBe(true);
    expect(fire("will-frame-navigate", "https://evil.example/")).toBe(true);
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

  it("allows only https links to the partner sites, without credentials", () => {
    expect(isAllowedExternalLink("https://quno.org/areas-of-work")).toBe(true);
    expect(isAllowedExternalLink("https://user:pw@quno.org/")).toBe(false);
    expect(isAllowedExternalLink("https://quno.org.evil.example/")).toBe(false);
    expect(isAllowedExternalLink("javascript:alert(1)")).toBe(false);
    expect(isAllowedExternalLink("not a url")).toBe(false);
  });
});
