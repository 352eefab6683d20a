import { zodResolver } from "@hookform/resolvers/zod";
import {
  Alert,
  Button,
  Container,
  Group,
  Paper,
  Radio,
  Stack,
  Stepper,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState, type ReactNode } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { DeskError } from "../../../shared/errors";
import {
  LANGUAGES,
  languageAutonym,
  languageSchema,
  pickLanguage,
} from "../../../shared/i18n/languages";
import type { Settings } from "../../../shared/domain/settings";
import { useDesk } from "../../app/desk-context";
import { errorMessage } from "../../app/error-message";
import { switchLanguage } from "../../app/i18n";
import { RoleFields } from "../../components/RoleFields";
import {
  STEP_FIELDS,
  onboardingErrorKeys,
  onboardingSchema,
  type OnboardingInput,
  type OnboardingValues,
} from "./onboarding-form";

/** First run: language, name and organisation (kept on this device), and the role to enrol with. */
export function Onboarding({
  onDone,
  banners,
}: {
  onDone: (settings: Settings) => void;
  banners: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const { desk } = useDesk();
  const [step, setStep] = useState(0);
  const [failure, setFailure] = useState<DeskError | null>(null);
  const form = useForm<OnboardingInput, unknown, OnboardingValues>({
    resolver: zodResolver(onboardingSchema),
    defaultValues: {
      language: pickLanguage([i18n.language]),
      profile: { name: "", organisation: "" },
      roleChoice: { role: "field", countries: [] },
    },
  });
  const role = useWatch({ control: form.control, name: "roleChoice.role" });
  const errors = onboardingErrorKeys(form.formState.errors, role);
  const lastStep = STEP_FIELDS.length - 1;

  const submit = form.handleSubmit(async (values) => {
    const saved = await desk.settings.completeOnboarding(values);
    if (saved.ok) onDone(saved.value);
    else setFailure(saved.error);
  });
  const next = async () => {
    if (await form.trigger([...(STEP_FIELDS[step] ?? [])])) setStep(step + 1);
  };

  return (
    <Container size="sm" py="xl">
      {banners}
      <Paper withBorder shadow="sm" p="xl" radius="md">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void (step < lastStep ? next() : submit());
          }}
        >
          <Stack gap="lg">
            <div>
              <Title order={1} size="h2">
                {t("onboarding.title")}
              </Title>
              <Text c="dimmed" mt="xs">
                {t("onboarding.intro")}
              </Text>
            </div>
            <Stepper
              active={step}
              allowNextStepsSelect={false}
              onStepClick={setStep}
              size="sm"
            >
              <Stepper.Step label={t("onboarding.steps.language")}>
                <Controller
                  control={form.control}
                  name="language"
                  render={({ field }) => (
                    <Radio.Group
                      label={t("onboarding.languageLabel")}
                      value={field.value}
                      onChange={(value) => {
                        const language = languageSchema.parse(value);
                        field.onChange(language);
                        void switchLanguage(language);
                      }}
                    >
                      <Group mt="xs">
                        {LANGUAGES.map((language) => (
                          <Radio
                            key={language}
                            value={language}
                            label={languageAutonym[language]}
                            lang={language}
                            autoFocus={language === field.value}
                          />
                        ))}
                      </Group>
                    </Radio.Group>
                  )}
                />
              </Stepper.Step>
              <Stepper.Step label={t("onboarding.steps.profile")}>
                <Stack gap="sm">
                  <Text size="sm">{t("onboarding.profileHelp")}</Text>
                  <TextInput
                    label={t("profile.name")}
                    required
                    autoFocus
                    autoComplete="name"
                    error={errors.name && t(errors.name)}
                    {...form.register("profile.name")}
                  />
                  <TextInput
                    label={t("profile.organisation")}
                    required
                    autoComplete="organization"
                    error={errors.organisation && t(errors.organisation)}
                    {...form.register("profile.organisation")}
                  />
                </Stack>
              </Stepper.Step>
              <Stepper.Step label={t("onboarding.steps.role")}>
                <Stack gap="sm">
                  <Controller
                    control={form.control}
                    name="roleChoice"
                    render={({ field }) => (
                      <RoleFields
                        value={field.value}
                        onChange={field.onChange}
                        countriesError={errors.countries && t(errors.countries)}
                        autoFocus
                      />
                    )}
                  />
                  <Text size="sm" c="dimmed">
                    {t("onboarding.roleLater")}
                  </Text>
                </Stack>
              </Stepper.Step>
            </Stepper>
            {failure && (
              <Alert color="red" role="alert">
                {errorMessage(t, failure)}
              </Alert>
            )}
            <Group justify="space-between">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t("onboarding.stepOf", {
                  current: step + 1,
                  total: STEP_FIELDS.length,
                })}
              </Text>
              <Group>
                {step > 0 && (
                  <Button
                    variant="default"
                    onClick={() => {
                      setStep(step - 1);
                    }}
                  >
                    {t("onboarding.back")}
                  </Button>
                )}
                <Button type="submit" loading={form.formState.isSubmitting}>
                  {step < lastStep
                    ? t("onboarding.next")
                    : t("onboarding.finish")}
                </Button>
              </Group>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
