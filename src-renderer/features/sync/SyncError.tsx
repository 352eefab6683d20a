import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SyncControls, SyncSection } from "./use-sync";

/** The refusal of the last request made from this section, if any, where the person looks. */
export function SyncError({
  sync,
  section,
}: {
  sync: SyncControls;
  section: SyncSection;
}) {
  const { t } = useTranslation();
  if (sync.error?.section !== section) return null;
  return (
    <Alert
      color="red"
      role="alert"
      title={t("sync.refused")}
      withCloseButton
      onClose={sync.dismiss}
    >
      {sync.error.message}
    </Alert>
  );
}
