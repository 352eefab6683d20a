import { Checkbox, FileInput, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDesk } from "../../app/desk-context";
import { Section } from "../../components/Section";
import { SyncError } from "./SyncError";
import type { SyncControls } from "./use-sync";

/** A receipt from the hub: marks exactly the exports it covers as received, and may purge them. */
export function ReceiptSection({ sync }: { sync: SyncControls }) {
  const { t } = useTranslation();
  const { desk } = useDesk();
  const { status, setStatus, run, busy } = sync;
  const [purge, setPurge] = useState(false);
  const [acknowledged, setAcknowledged] = useState<number | null>(null);
  if (status === null) return null;

  const accept = async (file: File | null) => {
    if (!file) return;
    const text = await file.text();
    const result = await run("receipts", () =>
      desk.sync.acceptReceipt({ text, purge }),
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
      <Checkbox
        label={t("sync.receipts.purge")}
        checked={purge}
        onChange={(event) => {
          setPurge(event.currentTarget.checked);
        }}
      />
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
