import { z } from "zod";
import { countryCodeSchema } from "./countries";
import {
  categoryIdSchema,
  categoryOfIndicator,
  indicatorIdSchema,
} from "./taxonomy";

/**
 * The observation record (ARCHITECTURE section 2), with the field names and codes of the
 * reference corpus. Validation messages are translation keys under `validation.` in the
 * catalogues, so the same refusal reads the same in every language.
 */

export const TIME_PRECISIONS = ["day", "week", "month"] as const;
export const GEO_PRECISIONS = [
  "exact",
  "locality",
  "adminArea",
  "country",
] as const;
export const TRENDS = ["escalating", "stable", "de-escalating"] as const;
export const TIMEFRAMES = ["days", "weeks", "months"] as const;
export const SENSITIVITIES = ["public", "restricted", "confidential"] as const;
export const RELIABILITIES = ["A", "B", "C", "D", "E", "F"] as const;
export const SOURCE_TYPES = [
  "direct observation",
  "community member",
  "local authority",
  "religious leader",
  "NGO partner",
  "local media",
  "social media",
] as const;
export const RESPONSE_ACTOR_TYPES = [
  "field partner",
  "focal point",
  "community leader",
  "local authority",
  "coordination team",
  "UN agency",
] as const;
export const responseActorTypeSchema = z.enum(RESPONSE_ACTOR_TYPES);
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;

/** A calendar date, YYYY-MM-DD, that exists. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "date.format")
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
      new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    "date.invalid",
  );
export const shortText = (max: number) =>
  z.string().trim().max(max, "text.tooLong");
const people = z
  .array(shortText(120).min(1, "text.empty"))
  .max(20, "list.tooLong");
const count = z
  .number()
  .int("number.whole")
  .min(0, "number.negative")
  .max(10_000_000, "number.tooLarge")
  .nullable();

export const coordinatesSchema = z.object({
  lat: z
    .number()
    .min(-90, "coordinates.latitude")
    .max(90, "coordinates.latitude"),
  lon: z
    .number()
    .min(-180, "coordinates.longitude")
    .max(180, "coordinates.longitude"),
});
export type Coordinates = z.infer<typeof coordinatesSchema>;

/** Every field, each with its own rule; what is required is decided by the status. */
export const observationFields = {
  status: z.enum(["draft", "final"]),
  observedAt: isoDateSchema,
  reportedAt: z.iso.datetime({ message: "date.invalid" }),
  timePrecision: z.enum(TIME_PRECISIONS),
  country: countryCodeSchema,
  adminArea: shortText(120).nullable(),
  locality: shortText(120).nullable(),
  coordinates: coordinatesSchema.nullable(),
  geoPrecision: z.enum(GEO_PRECISIONS),
  category: categoryIdSchema,
  indicators: z.array(indicatorIdSchema).max(8, "list.tooLong"),
  title: shortText(200),
  description: shortText(10_000),
  severity: z.number().int().min(1, "scale.range").max(5, "scale.range"),
  trend: z.enum(TRENDS),
  timeframe: z.enum(TIMEFRAMES),
  likelihood: z.number().int().min(1, "scale.range").max(5, "scale.range"),
  actors: people,
  affectedGroups: people,
  casualties: count,
  displaced: count,
  sourceType: z.enum(SOURCE_TYPES),
  reliability: z.enum(RELIABILITIES),
  credibility: z.number().int().min(1, "scale.range").max(6, "scale.range"),
  sensitivity: z.enum(SENSITIVITIES),
  tags: z
    .array(
      z.string().regex(/^[\p{Ll}\p{N}][\p{Ll}\p{N}-]{0,39}$/u, "tag.format"),
    )
    .max(20, "list.tooLong"),
  suggestedAction: shortText(2000),
} as const;

export type ObservationFieldName = keyof typeof observationFields;
export const OBSERVATION_FIELD_NAMES = Object.keys(
  observationFields,
) as ObservationFieldName[];

/** Fields every save needs: the country and sensitivity decide who may read the record. */
export const REQUIRED_FOR_SAVE: readonly ObservationFieldName[] = [
  "country",
  "sensitivity",
];

/** Fields "mark final" needs; a saved draft may leave any of them out. */
export const REQUIRED_FOR_FINAL: readonly ObservationFieldName[] = [
  "observedAt",
  "timePrecision",
  "country",
  "geoPrecision",
  "category",
  "indicators",
  "title",
  "description",
  "severity",
  "trend",
  "timeframe",
  "likelihood",
  "sourceType",
  "reliability",
  "credibility",
  "sensitivity",
];

/** Every field optional, each valid on its own: what a saved draft may hold. */
export const observationValuesSchema = z.object(observationFields).partial();
const draftShape = observationValuesSchema;
export type ObservationValues = z.infer<typeof draftShape>;
export type Observation = z.infer<z.ZodObject<typeof observationFields>>;

interface FieldIssue {
  field: ObservationFieldName;
  message: string;
}

/** Checks between fields, for a draft as far as it goes and for a final record in full. */
function crossFieldIssues(
  values: ObservationValues,
  today: string,
  final: boolean,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const add = (field: ObservationFieldName, message: string) => {
    issues.push({ field, message });
  };
  for (const field of final ? REQUIRED_FOR_FINAL : REQUIRED_FOR_SAVE) {
    const value = values[field];
    const missing =
      value === undefined ||
      value === null ||
      value === "" ||
      (Array.isArray(value) && value.length === 0);
    if (missing) add(field, "required");
  }
  if (values.observedAt !== undefined && values.observedAt > today)
    add("observedAt", "observedAt.future");
  if (values.coordinates && values.geoPrecision === undefined)
    add("geoPrecision", "geoPrecision.missing");
  if (
    values.coordinates &&
    (values.geoPrecision === "adminArea" || values.geoPrecision === "country")
  ) {
    add("geoPrecision", "geoPrecision.tooCoarse");
  }
  if (
    final &&
    values.geoPrecision !== undefined &&
    values.geoPrecision !== "country" &&
    !values.adminArea
  ) {
    add("adminArea", "required");
  }
  if (
    final &&
    (values.geoPrecision === "locality" || values.geoPrecision === "exact") &&
    !values.locality
  ) {
    add("locality", "required");
  }
  if (values.geoPrecision === "exact" && final && !values.coordinates)
    add("coordinates", "coordinates.missing");
  // Secondary indicators may come from any category; the category must be one of them.
  const indicators = values.indicators ?? [];
  if (
    values.category !== undefined &&
    indicators.length > 0 &&
    !indicators.some(
      (indicator) => categoryOfIndicator(indicator) === values.category,
    )
  ) {
    add("indicators", "indicators.otherCategory");
  }
  return issues;
}

/**
 * Schemas for saving (every present field valid, cross-field checks where both are present)
 * and for marking final (required fields too). `today` is YYYY-MM-DD in the reporter's time.
 */
export function observationSchemas(today: string) {
  const checked = (final: boolean) =>
    draftShape.superRefine((values, context) => {
      for (const { field, message } of crossFieldIssues(values, today, final)) {
        context.addIssue({ code: "custom", path: [field], message });
      }
    });
  return { draft: checked(false), final: checked(true) };
}

export const responseLogEntrySchema = z.object({
  observationId: z.string().min(1).max(64),
  at: z.iso.datetime({ message: "date.invalid" }),
  action: shortText(2000).min(1, "required"),
  actorType: responseActorTypeSchema,
});
export type ResponseLogEntry = z.infer<typeof responseLogEntrySchema>;

export const attachmentSchema = z.object({
  observationId: z.string().min(1).max(64),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "attachment.hash"),
  type: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+$/i, "attachment.type"),
  size: z
    .number()
    .int()
    .min(1, "attachment.empty")
    .max(MAX_ATTACHMENT_BYTES, "attachment.tooLarge"),
  name: shortText(200).min(1, "required"),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** The stream an observation's ops travel in: confidential ones reach hub staff only. */
export function observationStream(
  country: string,
  sensitivity: (typeof SENSITIVITIES)[number] | undefined,
) {
  return sensitivity === "confidential" ? "hub" : `country:${country}`;
}
