import { describe, expect, it } from "vitest";
import {
  COUNTRY_CODES,
  countryCodeSchema,
  countryMatches,
  countryOptions,
} from "../../../../shared/domain/countries";

describe("countries", () => {
  it("lists the 249 ISO 3166-1 alpha-2 codes once each", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(countryCodeSchema.safeParse("ML").success).toBe(true);
    expect(countryCodeSchema.safeParse("XK").success).toBe(false);
    expect(countryCodeSchema.safeParse("ml").success).toBe(false);
  });

  it("names countries in the chosen language, sorted for that language", () => {
    const fr = countryOptions("fr");
    expect(fr.find((o) => o.code === "CI")?.name).toBe("Côte d’Ivoire");
    expect(fr.find((o) => o.code === "DE")?.name).toBe("Allemagne");
    expect(countryOptions("en").find((o) => o.code === "DE")?.name).toBe(
      "Germany",
    );
    expect(fr.every((o) => o.name !== o.code)).toBe(true);
  });

  it("finds countries ignoring accents, case and apostrophe style, or by code", () => {
    const fr = countryOptions("fr");
    const find = (query: string) =>
      fr.filter((o) => countryMatches(o, query)).map((o) => o.code);
    expect(find("cote d'iv")).toEqual(["CI"]);
    expect(find("SENEGAL")).toEqual(["SN"]);
    expect(find("ml")).toContain("ML");
    expect(find("")).toHaveLength(249);
    expect(find("zzzz")).toEqual([]);
  });
});
