import { Button, List, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDesk } from "../../app/desk-context";
import { Section } from "../../components/Section";
import { adoptDeviceId, opsToSeal } from "../../db/device-id";
import { saveFile } from "./files";
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
  if (status === null) return null;
  const ready =
    status.keys === "unlocked" &&
    status.hubCard !== null &&
    status.deviceId !== null;

  const exportAll = async () => {
    const deviceId = status.deviceId;
    if (deviceId === null) return;
    await adoptDeviceId(db, deviceId);
    let current = status;
    for (const [stream, ops] of await opsToSeal(db, deviceId, status.nextSeq)) {
      const next = await run("export", () => desk.sync.seal({ stream, ops }));
      if (!next) return;
      current = next;
    }
    setStatus(current);
    const files = await run("export", () => desk.sync.pendingFiles(null));
    if (!files) return;
    files.forEach(saveFile);
    setSaved(files.map((file) => file.name));
  };

  return (
    <Section title={t("sync.export.title")} help={t("sync.export.help")}>
      {!ready && <Text c="dimmed">{t("sync.export.notReady")}</Text>}
      <Button
        style={{ alignSelf: "flex-start" }}
        disabled={!ready}
        loading={busy}
        onClick={() => void exportAll()}
      >
        {t("sync.export.button")}
      </Button>
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
