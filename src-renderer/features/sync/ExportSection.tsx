import { Button, Group, List, Progress, Text } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDesk } from "../../app/desk-context";
import { Section } from "../../components/Section";
import { saveFile } from "./files";
import { sealAttachments, sealNewOps } from "./seal-new";
import { SyncError } from "./SyncError";
import type { SyncControls } from "./use-sync";

/**
 * "Export for the hub": seals what is new, per stream, after the last sealed seq, then saves
 * every range no receipt covers yet (the same bytes as before for ranges already sealed).
 * Drafts and local-only source notes are not in the op log, so they never go in.
 */
export function ExportSection({ sync }: { sync: SyncControls }) {
  const { t } = useTranslation();
  const { desk, db } = useDesk();
  const { status, setStatus, run, busy } = sync;
  const [saved, setSaved] = useState<string[] | null>(null);
  const [progress, setProgress] = useState<{
    done: number;
    total: number;
  } | null>(null);
  const cancelled = useRef(false);
  const stopRequested = () => cancelled.current;
  if (status === null) return null;
  const ready =
    status.keys === "unlocked" &&
    status.hubCard !== null &&
    status.deviceId !== null &&
    status.fork === null;

  /** Seals stream by stream, a bundle's worth at a time, so it shows progress and can stop. */
  const exportAll = async () => {
    const deviceId = status.deviceId;
    if (deviceId === null) return;
    cancelled.current = false;
    setSaved(null);
    const current = await sealNewOps(db, {
      status: () => run("export", () => desk.sync.status(null)),
      seal: (chunk) => run("export", () => desk.sync.seal(chunk)),
      progress: (done, total) => {
        setProgress({ done, total });
      },
      // Read through a call: the flag changes while the loop awaits main.
      stopRequested,
    });
    setProgress(null);
    if (current === null) return;
    setStatus(current);
    // Whatever was sealed, even before a cancel, is saved: sealed ranges are never lost. The
    // attachments those ranges name go with them, in blob bundles.
    const files = await run("export", () => desk.sync.pendingFiles(null));
    if (!files) return;
    files.push(
      ...(await sealAttachments(db, deviceId, current.pending, (request) =>
        run("export", () => desk.sync.sealBlobs(request)),
      )),
    );
    files.forEach(saveFile);
    setSaved(files.map((file) => file.name));
  };

  return (
    <Section title={t("sync.export.title")} help={t("sync.export.help")}>
      {!ready && <Text c="dimmed">{t("sync.export.notReady")}</Text>}
      <Group>
        <Button
          disabled={!ready}
          loading={busy || progress !== null}
          onClick={() => void exportAll()}
        >
          {t("sync.export.button")}
        </Button>
        {progress !== null && (
          <Button
            variant="default"
            onClick={() => {
              cancelled.current = true;
            }}
          >
            {t("sync.export.cancel")}
          </Button>
        )}
      </Group>
      {progress !== null && (
        <Progress
          value={(progress.done / Math.max(1, progress.total)) * 100}
          aria-label={t("sync.export.progress", progress)}
        />
      )}
      {saved !== null && (
        <>
          <Text role="status">
            {saved.length === 0
              ? t("sync.export.nothing")
              : t("sync.export.saved", { count: saved.length })}
          </Text>
          <List size="sm">
            {saved.map((name) => (
              <List.Item key={name}>{name}</List.Item>
            ))}
          </List>
        </>
      )}
      <SyncError sync={sync} section="export" />
    </Section>
  );
}
