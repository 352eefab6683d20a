import {
  MultiSelect,
  Select,
  type ComboboxItem,
  type OptionsFilter,
} from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { countryMatches, countryOptions } from "../../shared/domain/countries";

interface CountryPickerProps {
  multiple: boolean;
  label: string;
  value: string[];
  onChange: (countries: string[]) => void;
  error?: string | undefined;
  disabled?: boolean;
}

/** Searchable ISO 3166-1 picker with names in the app's language; search ignores accents and case. */
export function CountryPicker({
  multiple,
  label,
  value,
  onChange,
  error,
  disabled = false,
}: CountryPickerProps) {
  const { t, i18n } = useTranslation();
  const data = useMemo(
    () =>
      countryOptions(i18n.language).map(({ code, name }) => ({
        value: code,
        label: name,
      })),
    [i18n.language],
  );
  const filter: OptionsFilter = ({ options, search }) =>
    (options as ComboboxItem[]).filter((option) =>
      countryMatches({ code: option.value, name: option.label }, search),
    );
  const common = {
    label,
    data,
    filter,
    searchable: true,
    required: true,
    disabled,
    error,
    placeholder: t("countries.placeholder"),
    nothingFoundMessage: t("countries.nothingFound"),
    maxDropdownHeight: 280,
    comboboxProps: { withinPortal: true },
  };
  return multiple ? (
    <MultiSelect
      {...common}
      value={value}
      onChange={onChange}
      hidePickedOptions
    />
  ) : (
    <Select
      {...common}
      value={value[0] ?? null}
      onChange={(code) => {
        onChange(code === null ? [] : [code]);
      }}
      allowDeselect={false}
    />
  );
}
