import { DirectionProvider, MantineProvider } from "@mantine/core";
import { useState } from "react";
import type { Settings } from "../../shared/domain/settings";
import type { SettingsView } from "../../shared/ipc";
import { Onboarding } from "../features/onboarding/Onboarding";
import { Banners } from "./Banners";
import { Workspace } from "./Workspace";
import { ConnectedSyncProvider } from "../features/sync/connected-sync-context";
import { theme } from "./theme";

/** Onboarding until the person has chosen a language, a profile and a role; then their workspace. */
export function App({ initial }: { initial: SettingsView }) {
  const [settings, setSettings] = useState<Settings>(initial.settings);
  const [notices, setNotices] = useState(initial.notices);
  const { profile, roleChoice } = settings;
  const banners = (
    <Banners
      notices={notices}
      onDismissed={(notice) => {
        setNotices((shown) => shown.filter((other) => other.id !== notice.id));
      }}
    />
  );
  return (
    <DirectionProvider>
      <MantineProvider theme={theme}>
        {settings.onboardedAt !== null &&
        profile !== null &&
        roleChoice !== null ? (
          <ConnectedSyncProvider>
            <Workspace
              settings={settings}
              profile={profile}
              roleChoice={roleChoice}
              onSettingsChange={setSettings}
              banners={banners}
            />
          </ConnectedSyncProvider>
        ) : (
          <Onboarding onDone={setSettings} banners={banners} />
        )}
      </MantineProvider>
    </DirectionProvider>
  );
}
