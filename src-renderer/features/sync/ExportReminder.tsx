import { Alert, Button, Group, Text } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { exportReminderDays } from "../../../shared/sync/export-reminder";
import { useDesk } from "../../app/desk-context";

/** Asks, once a week, for an export: it is also the encrypted copy of the work off this laptop. */
export function ExportReminder({ onOpenSync }: { onOpenSync: () => void }) {
  const { t } = useTranslation();
  const { desk } = useDesk();
  const [days, setDays] = useState<number | null>(null);
  useEffect(() => {
    let current = true;
    void desk.sync.status(null).then((result) => {
      if (current && result.ok)
        setDays(exportReminderDays(result.value, new Date()));
    });
    return () => {
      current = false;
    };
  }, [desk]);
  if (days === null) return null;
  return (
    <Alert color="yellow" variant="light" mb="md">
      <Group justify="space-between">
        <Text size="sm">{t("sync.reminder.text", { count: days })}</Text>
        <Button size="xs" variant="light" onClick={onOpenSync}>
          {t("sync.reminder.open")}
        </Button>
      </Group>
    </Alert>
  );
}
