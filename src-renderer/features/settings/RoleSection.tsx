import { Button, Group, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  roleChoiceSchema,
  type RoleChoice,
  type Settings,
} from "../../../shared/domain/settings";
import { useDesk } from "../../app/desk-context";
import { RoleFields, type RoleDraft } from "../../components/RoleFields";
import { Section } from "../../components/Section";
import { useSave } from "./use-save";

interface RoleSectionProps {
  roleChoice: RoleChoice;
  locked: boolean;
  onSaved: (settings: Settings) => void;
}

/** Role and countries, editable until the roster enrols this device. */
export function RoleSection({ roleChoice, locked, onSaved }: RoleSectionProps) {
  const { t } = useTranslation();
  const { desk } = useDesk();
  const { save, status } = useSave(onSaved);
  const [draft, setDraft] = useState<RoleDraft>(roleChoice);
  const [invalid, setInvalid] = useState(false);
  const submit = () => {
    const parsed = roleChoiceSchema.safeParse(draft);
    setInvalid(!parsed.success);
    if (parsed.success) void save(desk.settings.setRole(parsed.data));
  };
  return (
    <Section title={t("settings.roleSection")}>
      {locked && <Text size="sm">{t("settings.roleLocked")}</Text>}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <RoleFields
          value={draft}
          onChange={setDraft}
          disabled={locked}
          countriesError={
            invalid
              ? t(
                  draft.role === "field"
                    ? "countries.fieldRequired"
                    : "countries.regionalRequired",
                )
              : undefined
          }
        />
        {!locked && (
          <Group mt="sm">
            <Button type="submit">{t("settings.save")}</Button>
            {status}
          </Group>
        )}
      </form>
    </Section>
  );
}
