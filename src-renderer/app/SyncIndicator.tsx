import { Box, Button, Group, Loader, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useConnectedSync } from "../features/sync/connected-sync-context";
import {
  connectedSummary,
  type SummaryTone,
} from "../features/sync/connected-summary";

const COLOURS: Record<SummaryTone, string> = {
  ok: "teal",
  busy: "blue",
  warn: "yellow",
  error: "red",
};

/** Connected sync in the app's chrome: one line, and a way to the Sync screen. */
export function SyncIndicator({ onOpen }: { onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const summary = connectedSummary(t, i18n.language, useConnectedSync());
  if (summary === null) return null;
  const colour = COLOURS[summary.tone];
  return (
    <Button
      variant="subtle"
      color="gray"
      size="compact-sm"
      onClick={onOpen}
      aria-label={t("sync.connected.indicator", { state: summary.text })}
      maw={520}
    >
      <Group gap={8} wrap="nowrap">
        {summary.tone === "busy" ? (
          <Loader size={10} color={colour} aria-hidden />
        ) : (
          <Box
            aria-hidden
            w={10}
            h={10}
            style={{
              borderRadius: "50%",
              flex: "none",
              background: `var(--mantine-color-${colour}-6)`,
            }}
          />
        )}
        <Text size="sm" truncate="end" role="status" aria-live="polite">
          {summary.text}
        </Text>
      </Group>
    </Button>
  );
}
