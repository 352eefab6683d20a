import { Stack, Tabs, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { MeetingInputRecord } from "../../../shared/domain/meeting-input-record";
import type { Role } from "../../../shared/domain/roles";
import type { Profile } from "../../../shared/domain/settings";
import { ComposerPanel } from "./ComposerPanel";
import { InterviewNotesPanel } from "./InterviewNotesPanel";
import { NamesDirectoryPanel } from "./NamesDirectoryPanel";

interface MeetingInputAreaProps {
  role: Role;
  countries: MeetingInputRecord["countries"];
  profile: Profile;
}

/**
 * Meeting input: regional staff compose country and thematic input; hub staff also keep the
 * interview notes their discussion papers draw on, and the names no export may carry.
 */
export function MeetingInputArea({
  role,
  countries,
  profile,
}: MeetingInputAreaProps) {
  const { t } = useTranslation();
  const composer = (
    <ComposerPanel role={role} countries={countries} profile={profile} />
  );
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t("nav.meetingInput")}
      </Title>
      <Text c="dimmed">{t("composer.intro")}</Text>
      {role === "hub" ? (
        <Tabs defaultValue="inputs" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="inputs">{t("composer.tabs.inputs")}</Tabs.Tab>
            <Tabs.Tab value="interviews">
              {t("composer.tabs.interviews")}
            </Tabs.Tab>
            <Tabs.Tab value="names">{t("composer.tabs.names")}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="inputs" pt="md">
            {composer}
          </Tabs.Panel>
          <Tabs.Panel value="interviews" pt="md">
            <InterviewNotesPanel />
          </Tabs.Panel>
          <Tabs.Panel value="names" pt="md">
            <NamesDirectoryPanel />
          </Tabs.Panel>
        </Tabs>
      ) : (
        composer
      )}
    </Stack>
  );
}
