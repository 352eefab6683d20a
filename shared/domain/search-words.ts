import { foldForSearch } from "./countries";

const MAX_WORDS = 600;

/** Splits text into folded words: "Sécurité, marché!" gives ["securite", "marche"]. */
function words(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 2);
}

/** The distinct words a record is found by, for a multi-entry index. */
export function searchWords(
  texts: readonly (string | null | undefined)[],
): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of words(text)) {
      found.add(word);
      if (found.size >= MAX_WORDS) return [...found];
    }
  }
  return [...found];
}

/** The words of a query; each must begin some word of a matching record. */
export function queryWords(query: string): string[] {
  return [...new Set(words(query))];
}
