import { Group, Radio } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Settings } from "../../../shared/domain/settings";
import {
  LANGUAGES,
  languageAutonym,
  languageSchema,
  type Language,
} from "../../../shared/i18n/languages";
import { useDesk } from "../../app/desk-context";
import { switchLanguage } from "../../app/i18n";
import { Section } from "../../components/Section";
import { useSave } from "./use-save";

export function LanguageSection({
  language,
  onSaved,
}: {
  language: Language;
  onSaved: (settings: Settings) => void;
}) {
  const { t } = useTranslation();
  const { desk } = useDesk();
  const { save, status } = useSave(onSaved);
  const choose = async (value: string) => {
    const chosen = languageSchema.parse(value);
    if (await save(desk.settings.setLanguage({ language: chosen })))
      await switchLanguage(chosen);
  };
  return (
    <Section title={t("settings.languageSection")}>
      <Radio.Group
        value={language}
        onChange={(value) => void choose(value)}
        aria-label={t("settings.languageSection")}
      >
        <Group>
          {LANGUAGES.map((code) => (
            <Radio
              key={code}
              value={code}
              label={languageAutonym[code]}
              lang={code}
            />
          ))}
        </Group>
      </Radio.Group>
      {status}
    </Section>
  );
}
