/**
 * Finding the names an export must not carry (issue 8, non-attribution): the person's own name
 * and organisation, partner organisations and persons, interviewees and actors. Matching
 * ignores case, accents, spacing, punctuation and look-alike characters, and holds only at word
 * boundaries, so "Ali" is found in "A.L.I." but not inside "Mali". A false alarm costs a person a
 * look; a miss can cost a partner their safety, so the folding leans towards finding.
 */

/** Characters that look like Latin letters, folded to them (after lower-casing). */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: "a",
  в: "b",
  е: "e",
  ё: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "l",
  ї: "l",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  ԛ: "q",
  ԝ: "w",
  ɡ: "g",
  // Greek
  α: "a",
  β: "b",
  ε: "e",
  ζ: "z",
  η: "n",
  ι: "l",
  κ: "k",
  μ: "u",
  ν: "v",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ω: "w",
  // Latin letters that do not decompose
  ı: "l",
  ł: "l",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ħ: "h",
  // Digits and signs written for letters; i, l, 1 and | are one shape, as in Unicode's
  // confusable skeletons
  i: "l",
  "0": "o",
  "1": "l",
  "3": "e",
  "5": "s",
  "|": "l",
  "@": "a",
  $: "s",
};

/** Marks folded away with the accents; they may sit anywhere in a word. */
const COMBINING = /\p{M}/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * The text as compared: each kept character folded, with the index in the original text it
 * came from. Letters, digits and look-alike signs are kept; spacing and punctuation are not.
 */
export function foldForNames(text: string): {
  folded: string;
  origin: number[];
} {
  let folded = "";
  const origin: number[] = [];
  let index = 0;
  for (const character of text) {
    for (const part of character.normalize("NFKD").toLowerCase()) {
      if (COMBINING.test(part)) continue;
      const mapped =
        LOOK_ALIKES[part] ?? (WORD_CHARACTER.test(part) ? part : "");
      for (const letter of mapped) {
        folded += letter;
        origin.push(index);
      }
    }
    index += character.length;
  }
  return { folded, origin };
}

export interface NameHit {
  /** The protected name, as it was given. */
  name: string;
  /** Where it stands in the text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  /** The hit with up to 40 characters either side, for a person to judge. */
  context: string;
}

const CONTEXT = 40;

/** A letter or digit at `index`: the match would continue a word there. */
const isWordAt = (text: string, index: number) => {
  const code = text.codePointAt(index);
  return code !== undefined && WORD_CHARACTER.test(String.fromCodePoint(code));
};

/** The end (exclusive) of the character that starts at `index`. */
const characterEnd = (text: string, index: number) =>
  index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);

/**
 * Every place in `text` where one of `names` appears, in text order. A name of fewer than two
 * letters once folded is ignored (it would match everywhere).
 */
export function findProtectedNames(
  text: string,
  names: readonly string[],
): NameHit[] {
  const { folded, origin } = foldForNames(text);
  const hits: NameHit[] = [];
  for (const name of new Set(names)) {
    const needle = foldForNames(name).folded;
    if (needle.length < 2) continue;
    for (
      let at = folded.indexOf(needle);
      at !== -1;
      at = folded.indexOf(needle, at + 1)
    ) {
      const start = origin[at] ?? 0;
      const last = origin[at + needle.length - 1] ?? start;
      // The match must not begin or end inside a longer word.
      if (at > 0 && origin[at - 1] === start) continue;
      const end = characterEnd(text, last);
      if (
        (start > 0 && isWordAt(text, start - 1)) ||
        (end < text.length && isWordAt(text, end)) ||
        origin[at + needle.length] === last
      )
        continue;
      hits.push({
        name,
        start,
        end,
        context: text.slice(Math.max(0, start - CONTEXT), end + CONTEXT),
      });
    }
  }
  return hits.sort((a, b) => a.start - b.start || b.end - a.end);
}
