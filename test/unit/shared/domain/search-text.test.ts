import { describe, expect, it } from "vitest";
import {
  matchesAllWords,
  queryWords,
  searchText,
} from "../../../../shared/domain/search-text";

describe("search text", () => {
  it("folds case and accents and keeps only words, with a leading space", () => {
    expect(
      searchText(["Sécurité, marché!", null, undefined, "", "Côte d’Ivoire"]),
    ).toBe(" securite marche cote d ivoire");
  });

  it("matches when every query word begins some word", () => {
    const text = searchText(["Attaque près du marché de Sévaré", "armed men"]);
    expect(matchesAllWords(text, queryWords("sevare marche"))).toBe(true);
    expect(matchesAllWords(text, queryWords("SÉVARÉ"))).toBe(true);
    expect(matchesAllWords(text, queryWords("arm"))).toBe(true);
    expect(matchesAllWords(text, queryWords("arche"))).toBe(false); // inside a word, not at its start
    expect(matchesAllWords(text, queryWords("sevare bamako"))).toBe(false);
  });

  it("splits queries like texts, without duplicates", () => {
    expect(queryWords("  Sécurité, sécurité   marché ")).toEqual([
      "securite",
      "marche",
    ]);
    expect(queryWords("!? —")).toEqual([]);
  });

  it("bounds the text of a very long record", () => {
    expect(searchText(["mot ".repeat(10_000)]).length).toBeLessThanOrEqual(
      6_000,
    );
  });
});
