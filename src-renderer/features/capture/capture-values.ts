import { z } from "zod";
import type { ObservationValues } from "../../../shared/domain/observation";
import type { SourceRow } from "../../db/rows";

/** The capture form as typed: strings and lists, so any half-typed state can be kept as a draft. */
export interface CaptureValues {
  observedAt: string;
  timePrecision: string;
  country: string;
  adminArea: string;
  locality: string;
  lat: string;
  lon: string;
  geoPrecision: string;
  category: string;
  indicators: string[];
  title: string;
  description: string;
  severity: string;
  trend: string;
  timeframe: string;
  likelihood: string;
  actors: string[];
  affectedGroups: string[];
  casualties: string;
  displaced: string;
  sourceType: string;
  reliability: string;
  credibility: string;
  sensitivity: string;
  tags: string[];
  suggestedAction: string;
  /** Local-only: never part of an op. */
  sourceName: string;
  sourceContact: string;
  sourceNotes: string;
}

const TEXT_KEYS = [
  "observedAt",
  "timePrecision",
  "country",
  "adminArea",
  "locality",
  "lat",
  "lon",
  "geoPrecision",
  "category",
  "title",
  "description",
  "severity",
  "trend",
  "timeframe",
  "likelihood",
  "casualties",
  "displaced",
  "sourceType",
  "reliability",
  "credibility",
  "sensitivity",
  "suggestedAction",
  "sourceName",
  "sourceContact",
  "sourceNotes",
] as const satisfies readonly (keyof CaptureValues)[];
const LIST_KEYS = [
  "indicators",
  "actors",
  "affectedGroups",
  "tags",
] as const satisfies readonly (keyof CaptureValues)[];

/**
 * A stored draft, read back leniently: what still fits the form is restored, anything an
 * older version left that no longer fits is dropped rather than breaking the form.
 */
export const draftValuesSchema = z
  .object({
    ...Object.fromEntries(
      TEXT_KEYS.map((key) => [
        key,
        z.string().max(20_000).optional().catch(undefined),
      ]),
    ),
    ...Object.fromEntries(
      LIST_KEYS.map((key) => [
        key,
        z.array(z.string().max(2_000)).max(100).optional().catch(undefined),
      ]),
    ),
  })
  .transform(
    (values) =>
      Object.fromEntries(
        Object.entries(values).filter(([, value]) => value !== undefined),
      ) as Partial<CaptureValues>,
  );

export function emptyCapture(today: string, country: string): CaptureValues {
  return {
    observedAt: today,
    timePrecision: "day",
    country,
    adminArea: "",
    locality: "",
    lat: "",
    lon: "",
    geoPrecision: "",
    category: "",
    indicators: [],
    title: "",
    description: "",
    severity: "",
    trend: "",
    timeframe: "",
    likelihood: "",
    actors: [],
    affectedGroups: [],
    casualties: "",
    displaced: "",
    sourceType: "",
    reliability: "",
    credibility: "",
    sensitivity: "restricted",
    tags: [],
    suggestedAction: "",
    sourceName: "",
    sourceContact: "",
    sourceNotes: "",
  };
}

const text = (value: string) =>
  value.trim() === "" ? undefined : value.trim();
const nullableText = (value: string) =>
  value.trim() === "" ? null : value.trim();
const number = (value: string) => {
  if (value.trim() === "") return undefined;
  const parsed = Number(value.replace(",", "."));
  return Number.isFinite(parsed) ? parsed : Number.NaN;
};

/**
 * What the form holds, shaped as observation values but not yet validated; empty inputs are
 * left out, so a draft may be partial.
 */
export function toObservationInput(
  form: CaptureValues,
): Record<string, unknown> {
  const lat = number(form.lat);
  const lon = number(form.lon);
  const values: Record<string, unknown> = {
    observedAt: text(form.observedAt),
    timePrecision: text(form.timePrecision),
    country: text(form.country),
    adminArea: nullableText(form.adminArea),
    locality: nullableText(form.locality),
    coordinates:
      lat === undefined && lon === undefined
        ? null
        : { lat: lat ?? Number.NaN, lon: lon ?? Number.NaN },
    geoPrecision: text(form.geoPrecision),
    category: text(form.category),
    indicators: form.indicators,
    title: text(form.title),
    description: text(form.description),
    severity: number(form.severity),
    trend: text(form.trend),
    timeframe: text(form.timeframe),
    likelihood: number(form.likelihood),
    actors: form.actors.map((actor) => actor.trim()).filter(Boolean),
    affectedGroups: form.affectedGroups
      .map((group) => group.trim())
      .filter(Boolean),
    casualties: number(form.casualties) ?? null,
    displaced: number(form.displaced) ?? null,
    sourceType: text(form.sourceType),
    reliability: text(form.reliability),
    credibility: number(form.credibility),
    sensitivity: text(form.sensitivity),
    tags: form.tags,
    suggestedAction: form.suggestedAction.trim(),
  };
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined),
  );
}

const str = (value: string | number | null | undefined) =>
  value === undefined || value === null ? "" : String(value);

export function fromObservation(
  values: ObservationValues,
  source: SourceRow | undefined,
): CaptureValues {
  return {
    observedAt: str(values.observedAt),
    timePrecision: str(values.timePrecision),
    country: str(values.country),
    adminArea: str(values.adminArea),
    locality: str(values.locality),
    lat: str(values.coordinates?.lat),
    lon: str(values.coordinates?.lon),
    geoPrecision: str(values.geoPrecision),
    category: str(values.category),
    indicators: values.indicators ?? [],
    title: str(values.title),
    description: str(values.description),
    severity: str(values.severity),
    trend: str(values.trend),
    timeframe: str(values.timeframe),
    likelihood: str(values.likelihood),
    actors: values.actors ?? [],
    affectedGroups: values.affectedGroups ?? [],
    casualties: str(values.casualties),
    displaced: str(values.displaced),
    sourceType: str(values.sourceType),
    reliability: str(values.reliability),
    credibility: str(values.credibility),
    sensitivity: str(values.sensitivity),
    tags: values.tags ?? [],
    suggestedAction: str(values.suggestedAction),
    sourceName: source?.name ?? "",
    sourceContact: source?.contact ?? "",
    sourceNotes: source?.notes ?? "",
  };
}

/** Where a validation issue on an observation field shows in the form. */
export function formFieldOf(
  path: PropertyKey | undefined,
): keyof CaptureValues {
  if (path === "coordinates") return "lat";
  return (typeof path === "string" ? path : "title") as keyof CaptureValues;
}
