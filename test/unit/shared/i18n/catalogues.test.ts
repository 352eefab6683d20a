import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "../../../../shared/errors";
import { pickLanguage, textDirection } from "../../../../shared/i18n/languages";
import { resources } from "../../../../shared/i18n/resources";

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string"
      ? [[prefix + key, value] as [string, string]]
      : leaves(value, `${prefix + key}.`),
  );
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("translation catalogues", () => {
  const en = new Map(leaves(resources.en.translation));
  const fr = new Map(leaves(resources.fr.translation));

  it("French has every English key, translated, with the same placeholders", () => {
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, english] of en) {
      const french = fr.get(key) ?? "";
      expect(french.trim(), key).not.toBe("");
      expect(placeholders(french), key).toEqual(placeholders(english));
    }
  });

  it("has a message for every error code", () => {
    for (const code of ERROR_CODES) {
      expect(en.get(`errors.${code}`), code).toBeTruthy();
      expect(fr.get(`errors.${code}`), code).toBeTruthy();
    }
  });

  it("knows which languages are written right to left", () => {
    expect(textDirection("ar")).toBe("rtl");
    expect(textDirection("ar-EG")).toBe("rtl");
    expect(textDirection("fr")).toBe("ltr");
  });

  it("picks a shipped language from the system preferences", () => {
    expect(pickLanguage(["fr-CA", "en"])).toBe("fr");
    expect(pickLanguage(["ar", "es"])).toBe("en");
  });
});
