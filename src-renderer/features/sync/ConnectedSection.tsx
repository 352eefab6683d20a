import { Alert, Button, Group, Progress, Stack, Text } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useDesk } from "../../app/desk-context";
import { Section } from "../../components/Section";
import { useConnectedSync } from "./connected-sync-context";
import { connectedSummary, timeAgo } from "./connected-summary";
import { EnrolForm } from "./EnrolForm";
import { SyncError } from "./SyncError";
import type { SyncControls } from "./use-sync";

/**
 * Connected sync on the Sync screen: joining the hub with a code, then where sync stands, what
 * waits, its progress and its last problem in plain words, and "Sync now".
 */
export function ConnectedSection({
  sync,
  onEnrolled,
}: {
  sync: SyncControls;
  /** The hub gave this device its role and countries: the settings changed. */
  onEnrolled: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const { desk } = useDesk();
  const connected = useConnectedSync();
  const { hub, online, running, progress, syncNow, refresh } = connected;
  const { status, setStatus } = sync;
  // The sync status changed (keys, a hub created, a roster): so may the connection.
  useEffect(() => {
    void refresh();
  }, [status, refresh]);
  if (status === null || hub === null) return null;
  const summary = connectedSummary(t, i18n.language, connected);

  const enrolled = async () => {
    await refresh();
    const next = await desk.sync.status(null);
    if (next.ok) setStatus(next.value);
    await onEnrolled();
    syncNow();
  };

  return (
    <Section title={t("sync.connected.title")} help={t("sync.connected.help")}>
      {hub.connection === "none" ? (
        status.keys === "unlocked" ? (
          <EnrolForm sync={sync} onEnrolled={enrolled} />
        ) : (
          <Text c="dimmed">{t("sync.connected.keysFirst")}</Text>
        )
      ) : (
        <Stack gap="xs">
          {summary && (
            <Alert
              color={
                summary.tone === "error"
                  ? "red"
                  : summary.tone === "warn"
                    ? "yellow"
                    : "teal"
              }
              variant="light"
            >
              {summary.text}
            </Alert>
          )}
          <Text size="sm">
            {t("sync.connected.hub", { url: hub.hubUrl ?? "" })}
          </Text>
          {summary?.tone !== "ok" && (
            <Text size="sm">
              {hub.lastSyncAt === null
                ? t("sync.connected.state.never")
                : t("sync.connected.lastSync", {
                    when: timeAgo(hub.lastSyncAt, i18n.language),
                  })}
            </Text>
          )}
          <Text size="sm">
            {t("sync.connected.waiting", {
              send: hub.toSend,
              receive: hub.toImport.length,
            })}
          </Text>
          {progress !== null && (
            <Progress
              value={(progress.done / Math.max(1, progress.total)) * 100}
              aria-label={t(`sync.connected.steps.${progress.step}`)}
              animated
            />
          )}
          <Group>
            <Button
              disabled={!online || status.keys !== "unlocked"}
              loading={running}
              onClick={syncNow}
            >
              {t("sync.connected.syncNow")}
            </Button>
            {!online && (
              <Text c="dimmed">{t("sync.connected.offlineHelp")}</Text>
            )}
          </Group>
        </Stack>
      )}
      <SyncError sync={sync} section="connected" />
    </Section>
  );
}
