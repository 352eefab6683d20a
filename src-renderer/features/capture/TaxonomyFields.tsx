import {
  MultiSelect,
  Select,
  type ComboboxItem,
  type ComboboxParsedItem,
  type OptionsFilter,
} from "@mantine/core";
import { useMemo } from "react";
import { Controller, useWatch, type Control } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { foldForSearch } from "../../../shared/domain/countries";
import { TAXONOMY, taxonomyLabel } from "../../../shared/domain/taxonomy";
import { languageSchema } from "../../../shared/i18n/languages";
import type { CaptureValues } from "./capture-values";

/** Matches labels ignoring case and accents, inside option groups too. */
export const accentInsensitive: OptionsFilter = ({ options, search }) => {
  const needle = foldForSearch(search.trim());
  const keep = (option: ComboboxItem) =>
    foldForSearch(option.label).includes(needle);
  return options.flatMap((option): ComboboxParsedItem[] => {
    if (!("group" in option)) return keep(option) ? [option] : [];
    const items = option.items.filter(keep);
    return items.length > 0 ? [{ ...option, items }] : [];
  });
};

/** Category, then the indicators of that category, both searchable without accents. */
export function TaxonomyFields({
  control,
  errors,
}: {
  control: Control<CaptureValues>;
  errors: { category?: string | undefined; indicators?: string | undefined };
}) {
  const { t, i18n } = useTranslation();
  const language = languageSchema.catch("en").parse(i18n.language);
  const category = useWatch({ control, name: "category" });
  const categories = useMemo(
    () =>
      TAXONOMY.map((entry) => ({
        value: entry.id,
        label: taxonomyLabel(entry.id, language),
      })),
    [language],
  );
  // The chosen category's indicators first; secondary ones may come from any category.
  const indicators = useMemo(
    () =>
      [...TAXONOMY]
        .sort((a, b) => Number(b.id === category) - Number(a.id === category))
        .map((entry) => ({
          group: taxonomyLabel(entry.id, language),
          items: entry.indicators.map((indicator) => ({
            value: indicator.id,
            label: taxonomyLabel(indicator.id, language),
          })),
        })),
    [category, language],
  );

  return (
    <>
      <Controller
        control={control}
        name="category"
        render={({ field }) => (
          <Select
            label={t("observation.fields.category")}
            data={categories}
            searchable
            filter={accentInsensitive}
            value={field.value === "" ? null : field.value}
            onChange={(value) => {
              field.onChange(value ?? "");
            }}
            error={errors.category}
            required
            nothingFoundMessage={t("capture.nothingFound")}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      />
      <Controller
        control={control}
        name="indicators"
        render={({ field }) => (
          <MultiSelect
            label={t("observation.fields.indicators")}
            description={t("capture.indicatorsHelp")}
            data={indicators}
            searchable
            filter={accentInsensitive}
            value={field.value}
            onChange={field.onChange}
            error={errors.indicators}
            required
            nothingFoundMessage={t("capture.nothingFound")}
            comboboxProps={{ withinPortal: true }}
          />
        )}
      />
    </>
  );
}
