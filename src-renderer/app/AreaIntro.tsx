import { Badge, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { UpcomingAreaId } from "./areas";

/** An area whose screens arrive in a coming version: what it will hold, in the person's language. */
export function AreaIntro({ area }: { area: UpcomingAreaId }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" maw={720}>
      <Title order={1} size="h2">
        {t(`nav.${area}`)}
      </Title>
      <Text>{t(`areas.${area}`)}</Text>
      <Badge
        variant="light"
        color="gray"
        size="lg"
        style={{ alignSelf: "flex-start" }}
      >
        {t("areas.upcoming")}
      </Badge>
    </Stack>
  );
}
