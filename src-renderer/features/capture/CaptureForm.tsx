import {
  Fieldset,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import type { UseFormReturn } from "react-hook-form";
import { Controller } from "react-hook-form";
import { useTranslation } from "react-i18next";
import {
  GEO_PRECISIONS,
  RELIABILITIES,
  SENSITIVITIES,
  SOURCE_TYPES,
  TIMEFRAMES,
  TIME_PRECISIONS,
  TRENDS,
} from "../../../shared/domain/observation";
import { CountryPicker } from "../../components/CountryPicker";
import type { CaptureValues } from "./capture-values";
import { ChoiceField, ListInput } from "./fields";
import { TaxonomyFields } from "./TaxonomyFields";

const SCALE_5 = [1, 2, 3, 4, 5] as const;
const SCALE_6 = [1, 2, 3, 4, 5, 6] as const;

/** Every field of an observation, grouped the way a partner thinks about an event. */
export function CaptureForm({ form }: { form: UseFormReturn<CaptureValues> }) {
  const { t, i18n } = useTranslation();
  const { control, register } = form;
  const errors = form.formState.errors;
  const error = (name: keyof CaptureValues) => {
    const message = errors[name]?.message;
    if (message === undefined) return undefined;
    return i18n.exists(`validation.${message}`)
      ? t(`validation.${message}`)
      : t("validation.invalid");
  };
  const text = (name: keyof CaptureValues, required = false) => ({
    label: t(`observation.fields.${name}`),
    error: error(name),
    required,
    ...register(name),
  });

  return (
    <Stack gap="lg">
      <Fieldset legend={t("capture.sections.what")}>
        <Stack gap="sm">
          <TextInput {...text("title", true)} autoFocus />
          <Textarea
            {...text("description", true)}
            autosize
            minRows={4}
            maxRows={14}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TaxonomyFields
              control={control}
              errors={{
                category: error("category"),
                indicators: error("indicators"),
              }}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <ChoiceField
              control={control}
              name="severity"
              options={SCALE_5}
              optionLabels="observation.values.severity"
              error={error("severity")}
              required
            />
            <ChoiceField
              control={control}
              name="trend"
              options={TRENDS}
              optionLabels="observation.values.trend"
              error={error("trend")}
              required
            />
            <ChoiceField
              control={control}
              name="timeframe"
              options={TIMEFRAMES}
              optionLabels="observation.values.timeframe"
              error={error("timeframe")}
              required
            />
            <ChoiceField
              control={control}
              name="likelihood"
              options={SCALE_5}
              optionLabels="observation.values.likelihood"
              error={error("likelihood")}
              required
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>

      <Fieldset legend={t("capture.sections.whenWhere")}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text("observedAt", true)} type="date" />
            <ChoiceField
              control={control}
              name="timePrecision"
              options={TIME_PRECISIONS}
              optionLabels="observation.values.timePrecision"
              error={error("timePrecision")}
              required
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <Controller
              control={control}
              name="country"
              render={({ field }) => (
                <CountryPicker
                  multiple={false}
                  label={t("observation.fields.country")}
                  value={field.value === "" ? [] : [field.value]}
                  onChange={(codes) => {
                    field.onChange(codes[0] ?? "");
                  }}
                  error={error("country")}
                />
              )}
            />
            <TextInput {...text("adminArea")} />
            <TextInput {...text("locality")} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              {...text("lat")}
              inputMode="decimal"
              placeholder="14.297"
            />
            <TextInput
              {...text("lon")}
              inputMode="decimal"
              placeholder="-4.086"
            />
            <ChoiceField
              control={control}
              name="geoPrecision"
              options={GEO_PRECISIONS}
              optionLabels="observation.values.geoPrecision"
              error={error("geoPrecision")}
              required
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>

      <Fieldset legend={t("capture.sections.who")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <ListInput control={control} name="actors" error={error("actors")} />
          <ListInput
            control={control}
            name="affectedGroups"
            error={error("affectedGroups")}
          />
          <TextInput
            {...text("casualties")}
            inputMode="numeric"
            description={t("capture.unknownHelp")}
          />
          <TextInput
            {...text("displaced")}
            inputMode="numeric"
            description={t("capture.unknownHelp")}
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t("capture.sections.source")}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <ChoiceField
              control={control}
              name="sourceType"
              options={SOURCE_TYPES}
              optionLabels="observation.values.sourceType"
              error={error("sourceType")}
              required
            />
            <ChoiceField
              control={control}
              name="reliability"
              options={RELIABILITIES}
              optionLabels="observation.values.reliability"
              error={error("reliability")}
              required
              description={t("capture.reliabilityHelp")}
            />
            <ChoiceField
              control={control}
              name="credibility"
              options={SCALE_6}
              optionLabels="observation.values.credibility"
              error={error("credibility")}
              required
              description={t("capture.credibilityHelp")}
            />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t("capture.sourceLocalOnly")}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text("sourceName")} autoComplete="off" />
            <TextInput {...text("sourceContact")} autoComplete="off" />
          </SimpleGrid>
          <Textarea {...text("sourceNotes")} autosize minRows={2} />
        </Stack>
      </Fieldset>

      <Fieldset legend={t("capture.sections.sharing")}>
        <Stack gap="sm">
          <ChoiceField
            control={control}
            name="sensitivity"
            options={SENSITIVITIES}
            optionLabels="observation.values.sensitivity"
            error={error("sensitivity")}
            required
            description={t("capture.sensitivityHelp")}
          />
          <ListInput control={control} name="tags" error={error("tags")} />
          <Textarea {...text("suggestedAction")} autosize minRows={2} />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
