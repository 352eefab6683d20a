import { Alert } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Notice } from "../../shared/ipc";
import { useDesk } from "./desk-context";

/** Something the app did on the person's behalf that they should know about (e.g. settings reset). */
export function NoticeBanner({
  notice,
  onDismissed,
}: {
  notice: Notice;
  onDismissed: () => void;
}) {
  const { t } = useTranslation();
  const { desk } = useDesk();
  return (
    <Alert
      color="yellow"
      role="status"
      withCloseButton
      closeButtonLabel={t("notices.dismiss")}
      onClose={() => {
        void desk.settings.dismissNotice({ id: notice.id }).then(onDismissed);
      }}
      radius={0}
    >
      {t("notices.settingsReset", { file: notice.backupFile })}
    </Alert>
  );
}
