import { z } from "zod";
import type { Language } from "../i18n/languages";
import { foldForSearch } from "./countries";
import {
  CATEGORY_IDS,
  INDICATOR_IDS,
  TAXONOMY_V1_TEXT,
  type CategoryId,
  type IndicatorId,
  type LocalizedText,
} from "./taxonomy-v1";

export { CATEGORY_IDS, INDICATOR_IDS };
export type { CategoryId, IndicatorId, LocalizedText };

/** Bumped only when ids are added; existing ids keep their meaning forever. */
export const TAXONOMY_VERSION = 1;

export interface TaxonomyIndicator {
  readonly id: IndicatorId;
  readonly label: LocalizedText;
}

export interface TaxonomyCategory {
  readonly id: CategoryId;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
  readonly indicators: readonly TaxonomyIndicator[];
}

export const categoryIdSchema = z.enum(CATEGORY_IDS, {
  error: "Unknown early-warning category.",
});

export const indicatorIdSchema = z.enum(INDICATOR_IDS, {
  error: "Unknown early-warning indicator.",
});

/** Categories and their indicators, in display order. */
export const TAXONOMY: readonly TaxonomyCategory[] = Object.freeze(
  CATEGORY_IDS.map((id): TaxonomyCategory => {
    const text = TAXONOMY_V1_TEXT[id];
    const labels: Partial<Record<IndicatorId, LocalizedText>> = text.indicators;
    const indicators = INDICATOR_IDS.filter((indicator) =>
      indicator.startsWith(`${id}.`),
    ).map((indicator): TaxonomyIndicator => {
      const label = labels[indicator];
      if (label === undefined) throw new Error(`No label for ${indicator}`);
      return Object.freeze({ id: indicator, label: Object.freeze(label) });
    });
    return Object.freeze({
      id,
      label: Object.freeze(text.label),
      description: Object.freeze(text.description),
      indicators: Object.freeze(indicators),
    });
  }),
);

export interface TaxonomySearchHit {
  readonly indicator: TaxonomyIndicator;
  readonly category: TaxonomyCategory;
}

const categories = new Map<string, TaxonomyCategory>(
  TAXONOMY.map((category) => [category.id, category]),
);
const hits = new Map<string, TaxonomySearchHit>(
  TAXONOMY.flatMap((category) =>
    category.indicators.map((indicator) => [
      indicator.id,
      Object.freeze({ indicator, category }),
    ]),
  ),
);

export function categoryOfIndicator(id: IndicatorId): CategoryId {
  const hit = hits.get(id);
  if (hit === undefined) throw new Error(`Unknown indicator ${id}`);
  return hit.category.id;
}

/** The label of a category or indicator id in the given language. */
export function taxonomyLabel(
  id: CategoryId | IndicatorId,
  language: Language,
): string {
  const entry = categories.get(id) ?? hits.get(id)?.indicator;
  if (entry === undefined) throw new Error(`Unknown taxonomy id ${id}`);
  return entry.label[language];
}

/** Folded for search, with punctuation (hyphens, dashes, apostrophes) read as spaces. */
function searchable(text: string): string {
  return foldForSearch(text)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const folded = new Map(
  [...hits.values()].map((hit) => [
    hit,
    {
      en: {
        indicator: searchable(hit.indicator.label.en),
        category: searchable(hit.category.label.en),
      },
      fr: {
        indicator: searchable(hit.indicator.label.fr),
        category: searchable(hit.category.label.fr),
      },
    } satisfies Record<Language, { indicator: string; category: string }>,
  ]),
);

/**
 * Indicators whose label, or whose category's label, contains every word of the query,
 * ignoring case, accents and punctuation. Matches on the indicator's own label come
 * first; otherwise taxonomy order is kept. An empty query returns every indicator.
 */
export function searchTaxonomy(
  query: string,
  language: Language,
): readonly TaxonomySearchHit[] {
  const words = searchable(query).split(" ").filter(Boolean);
  const own: TaxonomySearchHit[] = [];
  const viaCategory: TaxonomySearchHit[] = [];
  for (const [hit, text] of folded) {
    const { indicator, category } = text[language];
    if (words.every((word) => indicator.includes(word))) own.push(hit);
    else if (
      words.every((word) => indicator.includes(word) || category.includes(word))
    )
      viaCategory.push(hit);
  }
  return [...own, ...viaCategory];
}
