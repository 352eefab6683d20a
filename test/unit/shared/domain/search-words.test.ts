import { describe, expect, it } from "vitest";
import {
  queryWords,
  searchWords,
} from "../../../../shared/domain/search-words";

describe("searchWords", () => {
  it("folds case and accents and splits on punctuation", () => {
    expect(searchWords(["Sécurité, marché!"])).toEqual(["securite", "marche"]);
    expect(searchWords(["CÔTE D’IVOIRE — Ségou/Mopti"])).toEqual([
      "cote",
      "ivoire",
      "segou",
      "mopti",
    ]);
  });

  it("splits hyphenated words and keeps numbers", () => {
    expect(searchWords(["rainy-season 2026 50km"])).toEqual([
      "rainy",
      "season",
      "2026",
      "50km",
    ]);
  });

  it("keeps letters of other scripts", () => {
    expect(searchWords(["Дорога Київ ملي"])).toEqual(["дорога", "киів", "ملي"]);
  });

  it("drops one-character words", () => {
    expect(searchWords(["l'école a 3 x au marché"])).toEqual([
      "ecole",
      "au",
      "marche",
    ]);
  });

  it("lists each word once across all texts, in first-seen order", () => {
    expect(searchWords(["Marché de Mopti", "marche", "MOPTI, Sévaré"])).toEqual(
      ["marche", "de", "mopti", "sevare"],
    );
  });

  it("skips missing and empty texts", () => {
    expect(searchWords([null, undefined, "", "  ", "Mopti"])).toEqual([
      "mopti",
    ]);
    expect(searchWords([])).toEqual([]);
  });

  it("stops at 600 distinct words, keeping the first", () => {
    const many = Array.from({ length: 700 }, (_, i) => `w${i}`).join(" ");
    const found = searchWords([many, "later"]);
    expect(found).toHaveLength(600);
    expect(found[0]).toBe("w0");
    expect(found.at(-1)).toBe("w599");
    expect(found).not.toContain("later");
  });

  it("counts repeated words once toward the limit", () => {
    const repeated = Array.from({ length: 2000 }, () => "same").join(" ");
    expect(searchWords([repeated, "other"])).toEqual(["same", "other"]);
  });
});

describe("queryWords", () => {
  it("folds the query like the records, so accents and case do not matter", () => {
    expect(queryWords("Sécurité MARCHÉ")).toEqual(["securite", "marche"]);
    expect(queryWords("securite marche")).toEqual(
      searchWords(["Sécurité, marché"]),
    );
  });

  it("removes repeated words", () => {
    expect(queryWords("mopti Mopti MÖPTI")).toEqual(["mopti"]);
  });

  it("has no words for an empty, blank, punctuation-only or one-letter query", () => {
    expect(queryWords("")).toEqual([]);
    expect(queryWords("   ")).toEqual([]);
    expect(queryWords("!? — ,")).toEqual([]);
    expect(queryWords("a b c")).toEqual([]);
  });

  it("keeps two-character prefixes", () => {
    expect(queryWords("se mo")).toEqual(["se", "mo"]);
  });
});
