import { Alert, Badge, Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  acceptedKey,
  readyToExport,
  type ExportReview,
} from "../../../shared/non-attribution/export-review";
import { Section } from "../../components/Section";

interface ReviewPanelProps {
  review: ExportReview;
  /** Where a text sits, in words: "Recommendations", "Excerpt 2". */
  placeOf: (id: string) => string;
  onAccept: (key: string) => void;
  onRewrite: (id: string) => void;
}

/**
 * What stands between the input and its export: each protected name found, in context, to
 * rewrite or to accept on purpose, and the excerpts no one has reviewed yet.
 */
export function ReviewPanel({
  review,
  placeOf,
  onAccept,
  onRewrite,
}: ReviewPanelProps) {
  const { t } = useTranslation();
  const ready = readyToExport(review);
  return (
    <Section title={t("composer.review")} help={t("composer.reviewHelp")}>
      <Alert
        color={ready ? "green" : "yellow"}
        title={
          ready
            ? t("composer.ready")
            : t("composer.toResolve", {
                count: review.flags.length + review.unreviewedExcerpts.length,
              })
        }
        role="status"
      >
        {review.unreviewedExcerpts.length > 0 &&
          t("composer.unreviewed", {
            count: review.unreviewedExcerpts.length,
          })}
      </Alert>
      {review.flags.map((flag) => {
        const key = acceptedKey(flag.id, flag);
        return (
          <Paper key={`${key}\n${String(flag.start)}`} withBorder p="sm">
            <Stack gap={4}>
              <Group gap="xs">
                <Badge color="red" variant="light">
                  {flag.name}
                </Badge>
                <Text size="sm" c="dimmed">
                  {placeOf(flag.id)}
                </Text>
              </Group>
              <Text size="sm">…{flag.context}…</Text>
              <Group justify="flex-end" gap="xs">
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => {
                    onRewrite(flag.id);
                  }}
                >
                  {t("composer.rewrite")}
                </Button>
                <Button
                  size="xs"
                  variant="light"
                  color="red"
                  onClick={() => {
                    onAccept(key);
                  }}
                >
                  {t("composer.accept", { name: flag.name })}
                </Button>
              </Group>
            </Stack>
          </Paper>
        );
      })}
    </Section>
  );
}
