import { foldForSearch } from "./countries";
import type { ObservationValues } from "./observation";

/** Fields that leave the device with the observation. */
const SHARED_TEXT_FIELDS = [
  "title",
  "description",
  "actors",
  "affectedGroups",
  "tags",
  "suggestedAction",
  "adminArea",
  "locality",
] as const;

export type SharedTextField = (typeof SHARED_TEXT_FIELDS)[number];

/**
 * The shared fields in which the local-only source name or contact appears (ignoring case and
 * accents), so the person can take it out before the observation is marked final.
 */
export function findSourceLeaks(
  values: ObservationValues,
  source: { name: string; contact: string },
): SharedTextField[] {
  const needles = [source.name, source.contact]
    .map((text) => foldForSearch(text.trim()))
    .filter((text) => text.length >= 3);
  if (needles.length === 0) return [];
  return SHARED_TEXT_FIELDS.filter((field) => {
    const value = values[field];
    const text = foldForSearch(
      Array.isArray(value) ? value.join(" ") : (value ?? ""),
    );
    return needles.some((needle) => text.includes(needle));
  });
}
