import { Select, TagsInput } from "@mantine/core";
import { Controller, type Control } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { CaptureValues } from "./capture-values";

type ListField = "actors" | "affectedGroups" | "tags";
type ChoiceField = {
  [K in keyof CaptureValues]: CaptureValues[K] extends string ? K : never;
}[keyof CaptureValues];

interface ChoiceProps {
  control: Control<CaptureValues>;
  name: ChoiceField;
  options: readonly (string | number)[];
  error?: string | undefined;
  required?: boolean;
  /** Translation key prefix for option labels; the raw value is shown without it. */
  optionLabels?: string;
  description?: string;
}

/** A select bound to the form, with translated option labels. */
export function ChoiceField({
  control,
  name,
  options,
  error,
  required = false,
  optionLabels,
  description,
}: ChoiceProps) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          label={t(`observation.fields.${name}`)}
          description={description}
          data={options.map((option) => ({
            value: String(option),
            label: optionLabels
              ? t(`${optionLabels}.${String(option)}`)
              : String(option),
          }))}
          value={field.value === "" ? null : field.value}
          onChange={(value) => {
            field.onChange(value ?? "");
          }}
          onBlur={field.onBlur}
          error={error}
          required={required}
          clearable={!required}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
      )}
    />
  );
}

/** A free list (actors, affected groups, tags): type and press Enter to add. */
export function ListInput({
  control,
  name,
  error,
}: {
  control: Control<CaptureValues>;
  name: ListField;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <TagsInput
          label={t(`observation.fields.${name}`)}
          description={t("capture.listHelp")}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={error}
          clearable
        />
      )}
    />
  );
}
