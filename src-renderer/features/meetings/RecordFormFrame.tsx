import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/**
 * The frame of every meeting-record form: a titled form landmark, the fields, what went wrong
 * (fields marked in red, or a write that failed), what went right, and Cancel / Save.
 */
export function RecordFormFrame({
  title,
  onSubmit,
  onCancel,
  invalid,
  failed,
  notice = null,
  children,
}: {
  title: string;
  onSubmit: () => Promise<unknown>;
  onCancel: () => void;
  invalid: boolean;
  failed: boolean;
  /** Said after a save that keeps the form open. */
  notice?: string | null;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="lg"
      component="form"
      aria-label={title}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
        {invalid && (
          <Text c="red" role="alert">
            {t("meetings.records.invalid")}
          </Text>
        )}
        {failed && (
          <Text c="red" role="alert">
            {t("meetings.records.writeFailed")}
          </Text>
        )}
        <Group justify="flex-end">
          <Text role="status" size="sm" c="dimmed" mr="auto">
            {notice}
          </Text>
          <Button variant="default" onClick={onCancel}>
            {t("meetings.records.close")}
          </Button>
          <Button type="submit">{t("meetings.records.save")}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
