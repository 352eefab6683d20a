import {
  Select,
  TextInput,
  type ComboboxItem,
  type OptionsFilter,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { foldForSearch } from "../../../shared/domain/countries";

/**
 * Fields the meeting-record forms share: a problem's key shown in words, a choice among a
 * schema's values with translated labels, a calendar date.
 */

/** A zod message key in the reader's words; an empty required text reads "Fill this in". */
export function useErrorText() {
  const { t, i18n } = useTranslation();
  return (key: string | undefined): string | undefined => {
    if (key === undefined) return undefined;
    if (key === "text.empty") return t("meetings.records.required");
    return i18n.exists(`validation.${key}`)
      ? t(`validation.${key}`)
      : t("validation.invalid");
  };
}

/** Search in a select's options that ignores accents and case, as the app's searches do. */
export const foldedFilter: OptionsFilter = ({ options, search }) => {
  const needle = foldForSearch(search.trim());
  return (options as ComboboxItem[]).filter((option) =>
    foldForSearch(option.label).includes(needle),
  );
};

/** A required choice among a schema's values, each labelled by `${labels}.${value}`. */
export function OptionSelect<V extends string>({
  label,
  options,
  labels,
  value,
  onChange,
  error,
}: {
  label: string;
  options: readonly V[];
  labels: string;
  value: V;
  onChange: (value: V) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={label}
      data={options.map((option) => ({
        value: option,
        label: t(`${labels}.${option}`),
      }))}
      value={value}
      onChange={(chosen) => {
        const option = options.find((candidate) => candidate === chosen);
        if (option !== undefined) onChange(option);
      }}
      error={error}
      required
      allowDeselect={false}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** A calendar date typed or picked; an emptied field gives null. */
export function DateField({
  label,
  value,
  onChange,
  error,
  required = false,
}: {
  label: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
  required?: boolean;
}) {
  return (
    <TextInput
      type="date"
      label={label}
      value={value ?? ""}
      onChange={(event) => {
        onChange(event.currentTarget.value || null);
      }}
      error={error}
      required={required}
    />
  );
}
