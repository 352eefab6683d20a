import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  coordinatesSchema,
  type ObservationFieldName,
} from "../../../shared/domain/observation";
import {
  categoryIdSchema,
  indicatorIdSchema,
  taxonomyLabel,
} from "../../../shared/domain/taxonomy";
import { languageSchema } from "../../../shared/i18n/languages";
import { countryNames } from "../../app/country-names";

const TRANSLATED: ReadonlySet<string> = new Set<ObservationFieldName>([
  "timePrecision",
  "geoPrecision",
  "trend",
  "timeframe",
  "severity",
  "likelihood",
  "sourceType",
  "reliability",
  "credibility",
  "sensitivity",
  "status",
]);

/** A field's value as a person reads it: labels instead of codes, in the app's language. */
export function FieldValue({
  field,
  value,
}: {
  field: string;
  value: unknown;
}) {
  const { t, i18n } = useTranslation();
  const language = languageSchema.catch("en").parse(i18n.language);
  const label = (item: unknown): string => {
    if (item === null || item === undefined || item === "") return "—";
    const parsedCoordinates = coordinatesSchema.safeParse(item);
    if (parsedCoordinates.success) {
      return `${parsedCoordinates.data.lat}, ${parsedCoordinates.data.lon}`;
    }
    const code =
      typeof item === "string" || typeof item === "number"
        ? String(item)
        : JSON.stringify(item);
    if (field === "country") return countryNames([code], language);
    if (field === "reportedAt") {
      return new Intl.DateTimeFormat(language, {
        dateStyle: "medium",
        timeStyle: "short",
      }).format(new Date(code));
    }
    if (field === "category" || field === "indicators") {
      const id = (
        field === "category" ? categoryIdSchema : indicatorIdSchema
      ).safeParse(item);
      return id.success ? taxonomyLabel(id.data, language) : code;
    }
    if (TRANSLATED.has(field)) return t(`observation.values.${field}.${code}`);
    return code;
  };
  const text = Array.isArray(value)
    ? value.length === 0
      ? "—"
      : value.map(label).join(" · ")
    : label(value);
  return <Text style={{ whiteSpace: "pre-wrap" }}>{text}</Text>;
}
