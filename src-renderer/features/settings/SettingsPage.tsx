import { Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Settings } from "../../../shared/domain/settings";
import { AboutSection } from "./AboutSection";
import { LanguageSection } from "./LanguageSection";
import { ProfileSection } from "./ProfileSection";
import { RoleSection } from "./RoleSection";

/** Language, name and organisation, role and countries (until enrolment), and this install's facts. */
export function SettingsPage({
  settings,
  onSaved,
}: {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl" maw={720}>
      <Title order={1} size="h2">
        {t("settings.title")}
      </Title>
      <LanguageSection language={settings.language} onSaved={onSaved} />
      {settings.profile && (
        <ProfileSection profile={settings.profile} onSaved={onSaved} />
      )}
      {settings.roleChoice && (
        <RoleSection
          roleChoice={settings.roleChoice}
          locked={settings.enrolledAt !== null}
          onSaved={onSaved}
        />
      )}
      <AboutSection />
    </Stack>
  );
}
