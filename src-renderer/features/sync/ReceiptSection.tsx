import { FileInput, Switch, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDesk } from "../../app/desk-context";
import { Section } from "../../components/Section";
import type { Settings } from "../../../shared/domain/settings";
import { useSave } from "../settings/use-save";
import { SyncError } from "./SyncError";
import type { SyncControls } from "./use-sync";

/**
 * A receipt from the hub marks exactly the exports it covers as received; the setting beside it
 * decides whether their kept copies are then deleted.
 */
export function ReceiptSection({
  sync,
  purge,
  onSettingsChange,
}: {
  sync: SyncControls;
  purge: boolean;
  onSettingsChange: (settings: Settings) => void;
}) {
  const { t } = useTranslation();
  const { desk } = useDesk();
  const { status, setStatus, run, busy } = sync;
  const { save, status: saveStatus } = useSave(onSettingsChange);
  const [acknowledged, setAcknowledged] = useState<number | null>(null);
  if (status === null) return null;

  const accept = async (file: File | null) => {
    if (!file) return;
    const text = await file.text();
    const result = await run("receipts", () =>
      desk.sync.acceptReceipt({ text }),
    );
    if (!result) return;
    setStatus(result.status);
    setAcknowledged(result.acknowledged);
  };

  return (
    <Section title={t("sync.receipts.title")} help={t("sync.receipts.help")}>
      <Text>
        {t("sync.receipts.waiting", { count: status.pending.length })}
      </Text>
      <Switch
        label={t("sync.receipts.purge")}
        description={t("sync.receipts.purgeHelp")}
        checked={purge}
        onChange={(event) =>
          void save(
            desk.settings.setPurgeAfterReceipt({
              purge: event.currentTarget.checked,
            }),
          )
        }
      />
      {saveStatus}
      <FileInput
        label={t("sync.receipts.file")}
        accept=".json"
        clearable
        disabled={status.keys !== "unlocked" || busy}
        onChange={(file) => void accept(file)}
      />
      {acknowledged !== null && (
        <Text role="status">
          {t("sync.receipts.acknowledged", { count: acknowledged })}
        </Text>
      )}
      <SyncError sync={sync} section="receipts" />
    </Section>
  );
}
