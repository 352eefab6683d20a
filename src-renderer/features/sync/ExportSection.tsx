import { Button, Group, List, Progress, Text } from "@mantine/core";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDesk } from "../../app/desk-context";
import { Section } from "../../components/Section";
import { blobPartsToSend } from "../../db/attachment-sync";
import { adoptDeviceId, opsToSeal } from "../../db/device-id";
import { saveFile } from "./files";
import { requestChunks } from "./request-chunks";
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
    await adoptDeviceId(db, deviceId, status.relink);
    const chunks = [...(await opsToSeal(db, deviceId, status.nextSeq))].flatMap(
      ([stream, ops]) =>
        requestChunks(ops).map((chunk) => ({ stream, ops: chunk })),
    );
    let current = status;
    for (const [index, chunk] of chunks.entries()) {
      // Read through a call: the flag changes while this loop awaits main.
      if (stopRequested()) break;
      setProgress({ done: index, total: chunks.length });
      const next = await run("export", () => desk.sync.seal(chunk));
      if (!next) break;
      current = next;
    }
    setProgress(null);
    setStatus(current);
    // Whatever was sealed, even before a cancel, is saved: sealed ranges are never lost. The
    // attachments those ranges name go with them, in blob bundles.
    const files = await run("export", () => desk.sync.pendingFiles(null));
    if (!files) return;
    // One part per file keeps every file under what the browser shell's bridge carries.
    for (const [stream, parts] of await blobPartsToSend(
      db,
      deviceId,
      current.pending,
    )) {
      for (const part of parts) {
        const file = await run("export", () =>
          desk.sync.sealBlobs({ stream, parts: [part] }),
        );
        if (file) files.push(file);
      }
    }
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
