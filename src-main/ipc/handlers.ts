import { DeskFailure } from "../../shared/errors";
import type { AppInfo } from "../../shared/ipc";
import { allowedExternalLink } from "../security/external-links";
import type { SettingsService } from "../services/settings-service";
import type { TaskRunner } from "../services/tasks";
import type { OpenExternal } from "../security/window-hardening";
import type { SyncService } from "../services/sync-service";
import type { Handlers } from "./dispatch";
import { createSyncHandlers } from "./sync-handlers";
import { createHubHandlers } from "./hub-handlers";
import type { ConnectedSync } from "../hub/connected-sync";
import type { Printer } from "../meeting-input/pdf-export";
import { exportMeetingInput } from "../meeting-input/meeting-input-export";

export interface Services {
  appInfo: AppInfo;
  settings: SettingsService;
  tasks: TaskRunner;
  openExternal: OpenExternal;
  sync: SyncService;
  hub: ConnectedSync;
  /** Prints the meeting input's PDF: Electron's Chromium, or the system's in the browser shell. */
  printer: Printer;
}

/** The main-process side of every contract channel, the same in Electron and the browser shell. */
export function createHandlers({
  appInfo,
  settings,
  tasks,
  openExternal,
  sync,
  hub,
  printer,
}: Services): Handlers {
  return {
    ...createSyncHandlers(sync),
    ...createHubHandlers(hub),
    "app.info": () => appInfo,
    "settings.get": () => ({
      settings: settings.get(),
      notices: settings.notices,
    }),
    "settings.setLanguage": ({ language }) => settings.setLanguage(language),
    "settings.setProfile": (profile) => settings.setProfile(profile),
    "settings.setPurgeAfterReceipt": ({ purge }) =>
      settings.setPurgeAfterReceipt(purge),
    "settings.setRole": (roleChoice) => settings.setRole(roleChoice),
    "settings.completeOnboarding": (choice) =>
      settings.completeOnboarding(choice),
    "settings.dismissNotice": ({ id }) => {
      settings.dismissNotice(id);
      return null;
    },
    "links.openExternal": async ({ url }) => {
      const allowed = allowedExternalLink(url);
      if (allowed === null) {
        throw new DeskFailure(
          "LINK_NOT_ALLOWED",
          "Prevention Desk only opens links to its partner sites.",
        );
      }
      await openExternal(allowed);
      return null;
    },
    "meetings.exportInput": (request) => exportMeetingInput(request, printer),
    "task.cancel": ({ taskId }) => {
      tasks.cancel(taskId);
      return null;
    },
  };
}
