import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  findProtectedNames,
  foldForNames,
} from "../../../../shared/non-attribution/protected-names";

const found = (text: string, names: string[]) =>
  findProtectedNames(text, names).map((hit) => text.slice(hit.start, hit.end));

describe("protected names in free text", () => {
  it("finds a name whatever its case, accents, spacing and punctuation", () => {
    const text =
      "Met AWA TRAORÉ at the market; later awa-traore and A.w.a  Traore again, then Awa\nTraoré.";
    expect(found(text, ["Awa Traoré"])).toEqual([
      "AWA TRAORÉ",
      "awa-traore",
      "A.w.a  Traore",
      "Awa\nTraoré",
    ]);
  });

  it("finds names written with look-alike characters", () => {
    // Cyrillic а and о, a Greek ο, a zero and a one for letters.
    expect(found("report by Trаоré and by Tr0ré", ["Traoré", "Troré"])).toEqual(
      ["Trаоré", "Tr0ré"],
    );
    expect(
      found("the Tamasheq Wom3n's Assoc1ation", ["Women's Association"]),
    ).toEqual(["Wom3n's Assoc1ation"]);
    expect(found("ΟΧFAM staff", ["Oxfam"])).toEqual(["ΟΧFAM"]);
  });

  it("holds only at word boundaries: a name inside a longer word is not a hit", () => {
    expect(found("Mali, Somalia and the Alibori", ["Ali"])).toEqual([]);
    expect(found("Ali, ALI and a.l.i.", ["Ali"])).toEqual([
      "Ali",
      "ALI",
      "a.l.i",
    ]);
    expect(found("@AwaTraoré wrote", ["Awa Traoré"])).toEqual(["AwaTraoré"]);
  });

  it("gives each hit in its context, in text order", () => {
    const text = `${"x".repeat(60)} said Moussa Diallo of Tassaght, ${"y".repeat(60)}`;
    const hits = findProtectedNames(text, ["Tassaght", "Moussa Diallo"]);
    expect(hits.map((hit) => hit.name)).toEqual(["Moussa Diallo", "Tassaght"]);
    expect(hits[0]?.context).toBe(
      `${"x".repeat(34)} said Moussa Diallo of Tassaght, ${"y".repeat(26)}`,
    );
  });

  it("ignores names too short to mean anything once folded", () => {
    expect(findProtectedNames("a b c", ["A", " . "])).toEqual([]);
  });

  it("finds any name planted in any text, however it is cased and spaced (property)", () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ]{2,8}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 3 }),
        fc.string({ maxLength: 30 }),
        fc.string({ maxLength: 30 }),
        fc.constantFrom(" ", "  ", "-", ".", "\n", "_"),
        (parts, before, after, joiner) => {
          const name = parts.join(" ");
          const written = parts.map((part) => part.toUpperCase()).join(joiner);
          const text = `${before} ${written} ${after}`;
          return findProtectedNames(text, [name]).some(
            (hit) =>
              foldForNames(text.slice(hit.start, hit.end)).folded ===
              foldForNames(name).folded,
          );
        },
      ),
      { numRuns: 2_000, seed: 7 },
    );
  });
});
