import { Alert, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Notice } from "../../shared/ipc";
import { useDesk } from "./desk-context";
import { NoticeBanner } from "./NoticeBanner";

interface BannersProps {
  notices: Notice[];
  onDismissed: (notice: Notice) => void;
}

/** What the person should know about this session: the browser shell, and notices from main. */
export function Banners({ notices, onDismissed }: BannersProps) {
  const { t } = useTranslation();
  const { appInfo } = useDesk();
  if (appInfo.shell !== "browser" && notices.length === 0) return null;
  return (
    <Stack gap="xs" mb="md">
      {appInfo.shell === "browser" && (
        <Alert color="blue" variant="light" py={6}>
          {t("shell.browserBanner")}
        </Alert>
      )}
      {notices.map((notice) => (
        <NoticeBanner
          key={notice.id}
          notice={notice}
          onDismissed={() => {
            onDismissed(notice);
          }}
        />
      ))}
    </Stack>
  );
}
