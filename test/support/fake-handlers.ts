import { vi } from "vitest";
import { defaultSettings } from "../../shared/domain/settings";
import type { Handlers } from "../../src-main/ipc/dispatch";

/** Handlers that record their calls and answer with valid contract values. */
export function fakeHandlers(): Handlers {
  const settings = () => defaultSettings;
  return {
    "app.info": vi.fn(() => ({
      version: "0.0.0",
      dataDir: "/tmp/x",
      shell: "browser" as const,
      platform: "linux",
    })),
    "settings.get": vi.fn(() => ({ settings: defaultSettings, notices: [] })),
    "settings.setLanguage": vi.fn(settings),
    "settings.setProfile": vi.fn(settings),
    "settings.setRole": vi.fn(settings),
    "settings.completeOnboarding": vi.fn(settings),
    "settings.dismissNotice": vi.fn(() => null),
    "links.openExternal": vi.fn(() => null),
    "task.cancel": vi.fn(() => null),
  };
}
