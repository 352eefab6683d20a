import { Alert, Button, PasswordInput, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDesk } from "../../app/desk-context";
import { adoptDeviceId } from "../../db/device-id";
import { saveFile } from "./files";
import { SyncError } from "./SyncError";
import type { SyncControls } from "./use-sync";

/**
 * Shown when a receipt revealed that the hub holds other content for this device's seqs (the
 * laptop's data was restored from an older copy, or copied to another laptop). Moving to a new
 * device id keeps both: what the hub holds stays, and what never left goes again under the new
 * id. The person saves a new backup, and sends the new device card to the hub admin.
 */
export function ForkSection({ sync }: { sync: SyncControls }) {
  const { t, i18n } = useTranslation();
  const { desk, db } = useDesk();
  const { status, setStatus, run, busy } = sync;
  const [backupPassphrase, setBackupPassphrase] = useState("");
  const [movedTo, setMovedTo] = useState<string | null>(null);
  if (status === null || (status.fork === null && movedTo === null))
    return null;

  const move = async () => {
    const moved = await run("fork", () =>
      desk.sync.relink({ backupPassphrase }),
    );
    if (!moved) return;
    saveFile(moved.backup);
    if (moved.status.deviceId !== null)
      await adoptDeviceId(db, moved.status.deviceId, moved.status.relink);
    setMovedTo(moved.status.deviceId);
    setStatus(moved.status);
  };

  return (
    <Alert
      color={movedTo === null ? "red" : "teal"}
      title={t(movedTo === null ? "sync.fork.title" : "sync.fork.movedTitle")}
    >
      {status.fork !== null && (
        <Stack gap="sm" maw={560}>
          <Text>
            {t("sync.fork.explain", {
              stream: status.fork.stream,
              seq: status.fork.seq,
              date: new Date(status.fork.detectedAt).toLocaleDateString(
                i18n.language,
              ),
            })}
          </Text>
          <PasswordInput
            label={t("sync.keys.backupPassphrase")}
            description={t("sync.fork.backupHelp")}
            value={backupPassphrase}
            onChange={(event) => {
              setBackupPassphrase(event.currentTarget.value);
            }}
          />
          <Button
            onClick={() => void move()}
            loading={busy}
            style={{ alignSelf: "flex-start" }}
          >
            {t("sync.fork.move")}
          </Button>
          <SyncError sync={sync} section="fork" />
        </Stack>
      )}
      {movedTo !== null && <Text>{t("sync.fork.moved", { id: movedTo })}</Text>}
    </Alert>
  );
}
