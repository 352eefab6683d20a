import { Stack, Tabs, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Role } from "../../../shared/domain/roles";
import { FollowUpPanel } from "./FollowUpPanel";
import { MeetingsPanel } from "./MeetingsPanel";

/**
 * The Meetings area of regional and hub staff: the dialogue meetings with their outcomes, and
 * the follow-up of recommendations across meetings.
 */
export function MeetingsArea({
  role,
  countries,
}: {
  role: Role;
  /** The countries a regional staff member covers (hub staff: none, meaning all). */
  countries: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={1200}>
      <Title order={1} size="h2">
        {t("meetings.areaTitle")}
      </Title>
      <Text>
        {role === "hub" ? t("meetings.introHub") : t("meetings.introRegional")}
      </Text>
      <Tabs defaultValue="meetings" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="meetings">{t("meetings.title")}</Tabs.Tab>
          <Tabs.Tab value="followUp">{t("followUp.title")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="meetings" pt="md">
          <MeetingsPanel role={role} countries={countries} />
        </Tabs.Panel>
        <Tabs.Panel value="followUp" pt="md">
          <FollowUpPanel role={role} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
