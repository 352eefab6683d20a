import { NOT_PLAIN_ASCII, foldForSearch } from "./countries";

/** Long enough for any real description; bounds memory at 100,000 observations. */
const MAX_SEARCH_TEXT = 6_000;

function words(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/**
 * A record's searchable text, folded and reduced to words between single spaces, with a
 * space in front so that " secur" finds words beginning with "secur": "Sécurité, marché!"
 * becomes " securite marche".
 */
export function searchText(
  texts: readonly (string | null | undefined)[],
): string {
  const folded = foldForSearch(
    texts.filter((text): text is string => typeof text === "string").join(" "),
  );
  // Folded text is nearly always ASCII, where a plain class finds the same word breaks.
  const spaced = NOT_PLAIN_ASCII.test(folded)
    ? folded.replace(/[^\p{L}\p{N}]+/gu, " ")
    : folded.replace(/[^a-z0-9]+/g, " ");
  return ` ${spaced.trim()}`.slice(0, MAX_SEARCH_TEXT);
}

/** The words of a query; each must begin some word of a matching record. */
export function queryWords(query: string): string[] {
  return [...new Set(words(query))];
}

/** True when every query word begins some word of the text. */
export function matchesAllWords(
  text: string,
  query: readonly string[],
): boolean {
  return query.every((word) => text.includes(` ${word}`));
}
