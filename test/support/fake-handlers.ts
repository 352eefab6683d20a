import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vi } from "vitest";
import { createSyncHandlers } from "../../src-main/ipc/sync-handlers";
import { SyncService } from "../../src-main/services/sync-service";
import { createHubHandlers } from "../../src-main/ipc/hub-handlers";
import { ConnectedSync } from "../../src-main/hub/connected-sync";
import { defaultSettings } from "../../shared/domain/settings";
import type { Handlers } from "../../src-main/ipc/dispatch";

/**
 * Handlers that record their calls and answer with valid contract values; the sync and hub
 * channels are the real ones, on a throwaway data folder.
 */
export function fakeHandlers(): Handlers {
  const settings = () => defaultSettings;
  const sync = new SyncService(
    mkdtempSync(join(tmpdir(), "pd-fake-handlers-")),
    null,
  );
  return {
    ...createSyncHandlers(sync),
    ...createHubHandlers(new ConnectedSync(sync)),
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
    "meetings.exportInput": vi.fn(() => ({ name: "input.md", base64: "" })),
  };
}
