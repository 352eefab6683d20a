import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Group, TextInput } from "@mantine/core";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import {
  profileSchema,
  type Profile,
  type Settings,
} from "../../../shared/domain/settings";
import { useDesk } from "../../app/desk-context";
import { Section } from "../../components/Section";
import { useSave } from "./use-save";

export function ProfileSection({
  profile,
  onSaved,
}: {
  profile: Profile;
  onSaved: (settings: Settings) => void;
}) {
  const { t } = useTranslation();
  const { desk } = useDesk();
  const { save, status } = useSave(onSaved);
  const form = useForm<Profile>({
    resolver: zodResolver(profileSchema),
    defaultValues: profile,
  });
  const { errors } = form.formState;
  return (
    <Section
      title={t("settings.profileSection")}
      help={t("settings.profileHelp")}
    >
      <form
        noValidate
        onSubmit={(event) => {
          void form.handleSubmit((values) =>
            save(desk.settings.setProfile(values)),
          )(event);
        }}
      >
        <Group align="flex-start" grow>
          <TextInput
            label={t("profile.name")}
            required
            error={errors.name && t("profile.nameRequired")}
            {...form.register("name")}
          />
          <TextInput
            label={t("profile.organisation")}
            required
            error={errors.organisation && t("profile.organisationRequired")}
            {...form.register("organisation")}
          />
        </Group>
        <Group mt="sm">
          <Button type="submit" loading={form.formState.isSubmitting}>
            {t("settings.save")}
          </Button>
          {status}
        </Group>
      </form>
    </Section>
  );
}
