import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vi } from "vitest";
import { createSyncHandlers } from "../../src-main/ipc/sync-handlers";
import { SyncService } from "../../src-main/services/sync-service";
import { defaultSettings } from "../../shared/domain/settings";
import type { Handlers } from "../../src-main/ipc/dispatch";

/**
 * Handlers that record their calls and answer with valid contract values; the sync channels
 * are the real ones, on a throwaway data folder.
 */
export function fakeHandlers(): Handlers {
  const settings = () => defaultSettings;
  return {
    ...createSyncHandlers(
      new SyncService(mkdtempSync(join(tmpdir(), "pd-fake-handlers-")), null),
    ),
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
    "settings.setPurgeAfterReceipt": vi.fn(settings),
    "settings.completeOnboarding": vi.fn(settings),
    "settings.dismissNotice": vi.fn(() => null),
    "links.openExternal": vi.fn(() => null),
    "task.cancel": vi.fn(() => null),
  };
}
