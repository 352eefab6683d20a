import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldForSearch } from "../../../../shared/domain/countries";
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

  it("cuts text into exactly the words a query finds, for any Unicode text", () => {
    // The definition: the folded text's runs of letters and digits, each after one space.
    const reference = (texts: string[]) =>
      texts
        .map((text) => foldForSearch(text))
        .flatMap((text) => text.split(/[^\p{L}\p{N}]+/u))
        .filter((word) => word !== "")
        .map((word) => ` ${word}`)
        .join("");
    const text = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.string({ unit: "binary", maxLength: 40 }),
      fc.constantFrom("Sécurité, marché!", "Ｆｕｌｌ ١٢ 12½", "x\u0301y ǅ İ ß"),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (texts) => {
        expect(searchText(texts)).toBe(` ${reference(texts).trimStart()}`);
      }),
      { seed: 11, numRuns: 2_000 },
    );
  });

  it("bounds the text of a very long record", () => {
    expect(searchText(["mot ".repeat(10_000)]).length).toBeLessThanOrEqual(
      6_000,
    );
  });
});
