import { AppShell, Group, NavLink, Text, Title } from "@mantine/core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type {
  Profile,
  RoleChoice,
  Settings,
} from "../../shared/domain/settings";
import { HomePage } from "../features/home/HomePage";
import { SettingsPage } from "../features/settings/SettingsPage";
import { CapturePage } from "../features/capture/CapturePage";
import { ObservationDetail } from "../features/observations/ObservationDetail";
import { ObservationsPage } from "../features/observations/ObservationsPage";
import { AREAS_BY_ROLE, isUpcomingArea, isWorkArea, type Route } from "./areas";
import { AreaIntro } from "./AreaIntro";
import { ExportReminder } from "../features/sync/ExportReminder";
import { SyncPage } from "../features/sync/SyncPage";
import { useConnectedSync } from "../features/sync/connected-sync-context";
import { SyncIndicator } from "./SyncIndicator";
import { MeetingsArea } from "../features/meetings/MeetingsArea";
import { ContributionsPage } from "../features/contributions/ContributionsPage";
import { MeetingInputArea } from "../features/meeting-input/MeetingInputArea";
import "./workspace.css";

interface WorkspaceProps {
  settings: Settings;
  profile: Profile;
  roleChoice: RoleChoice;
  onSettingsChange: (settings: Settings) => void;
  banners: ReactNode;
}

/** The role's workspace: navigation to its areas, opening on Home. */
export function Workspace({
  settings,
  profile,
  roleChoice,
  onSettingsChange,
  banners,
}: WorkspaceProps) {
  const { t } = useTranslation();
  const [route, setRoute] = useState<Route>({ area: "home" });
  const { area, observationId } = route;
  const open = (next: Route) => {
    setRoute(next);
    document.getElementById("main-content")?.focus();
  };
  const areas = AREAS_BY_ROLE[roleChoice.role];
  const { syncNow } = useConnectedSync();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: 0 }}
      padding="lg"
    >
      <a href="#main-content" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={2} size="h4">
            {t("app.name")}
          </Title>
          <Group gap="md">
            <SyncIndicator
              onOpen={() => {
                open({ area: "sync" });
              }}
            />
            <Text size="sm" c="dimmed">
              {t("app.platform")}
            </Text>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t("nav.label")}>
        {areas.map((id) => (
          <NavLink
            key={id}
            component="button"
            label={t(`nav.${id}`)}
            active={id === area}
            aria-current={id === area ? "page" : undefined}
            onClick={() => {
              open({ area: id });
            }}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        {banners}
        {area !== "sync" && (
          <ExportReminder
            onOpenSync={() => {
              open({ area: "sync" });
            }}
          />
        )}
        {area === "home" && (
          <HomePage
            profile={profile}
            roleChoice={roleChoice}
            areas={areas.filter(isWorkArea)}
            onOpen={(id) => {
              open({ area: id });
            }}
          />
        )}
        {area === "settings" && (
          <SettingsPage settings={settings} onSaved={onSettingsChange} />
        )}
        {area === "capture" && (
          <CapturePage
            key={observationId ?? "new"}
            observationId={observationId ?? null}
            defaultCountry={roleChoice.countries[0] ?? ""}
            onSaved={(id) => {
              // Something new to send: a connected install sends it now.
              syncNow();
              open({ area: "observations", observationId: id });
            }}
          />
        )}
        {area === "observations" && observationId !== undefined && (
          <ObservationDetail
            id={observationId}
            onEdit={() => {
              open({ area: "capture", observationId });
            }}
            onDeleted={() => {
              open({ area: "observations" });
            }}
          />
        )}
        {area === "observations" && observationId === undefined && (
          <ObservationsPage
            onOpen={(id) => {
              open({ area: "observations", observationId: id });
            }}
            onRecord={
              areas.includes("capture")
                ? () => {
                    open({ area: "capture" });
                  }
                : null
            }
          />
        )}
        {area === "sync" && (
          <SyncPage
            role={roleChoice.role}
            settings={settings}
            onSettingsChange={onSettingsChange}
          />
        )}
        {area === "contributions" && (
          <ContributionsPage countries={roleChoice.countries} />
        )}
        {area === "meetings" && (
          <MeetingsArea
            role={roleChoice.role}
            countries={roleChoice.countries}
          />
        )}
        {area === "meetingInput" && (
          <MeetingInputArea
            role={roleChoice.role}
            countries={roleChoice.countries}
            profile={profile}
          />
        )}
        {isUpcomingArea(area) && <AreaIntro area={area} />}
      </AppShell.Main>
    </AppShell>
  );
}
