import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { resources } from "../../../../shared/i18n/resources";
import {
  citation,
  DEFAULT_EXPORT_LEVEL,
  type Translate,
} from "../../../../shared/non-attribution/citation";

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources,
    lng: "en",
    interpolation: { escapeValue: false },
  });
});
const translate =
  (language: string): Translate =>
  (key, values) =>
    i18n.getFixedT(language)(key, values);
const gao = { country: "ML", adminArea: "Gao", observedAt: "2026-03-17" };

describe("citing an observation without attributing it", () => {
  it("gives the admin area and the month by default, in English and French", () => {
    expect(citation(gao, DEFAULT_EXPORT_LEVEL, "en", translate("en"))).toBe(
      "a partner report from Gao (Mali), March 2026",
    );
    expect(citation(gao, DEFAULT_EXPORT_LEVEL, "fr", translate("fr"))).toBe(
      "un signalement d’un partenaire, Gao (Mali), mars 2026",
    );
  });

  it("goes no finer than the export allows: country, quarter or year", () => {
    expect(
      citation(
        gao,
        { place: "country", time: "quarter" },
        "en",
        translate("en"),
      ),
    ).toBe("a partner report from Mali, Q1 2026");
    expect(
      citation(
        gao,
        { place: "country", time: "quarter" },
        "fr",
        translate("fr"),
      ),
    ).toBe("un signalement d’un partenaire, Mali, T1 2026");
    expect(
      citation(
        gao,
        { place: "adminArea", time: "year" },
        "en",
        translate("en"),
      ),
    ).toBe("a partner report from Gao (Mali), 2026");
  });

  it("falls back to the country when the observation has no admin area", () => {
    expect(
      citation(
        { ...gao, adminArea: null },
        DEFAULT_EXPORT_LEVEL,
        "en",
        translate("en"),
      ),
    ).toBe("a partner report from Mali, March 2026");
  });

  it("never carries the day, the locality or anything about the source", () => {
    const text = citation(
      {
        ...gao,
        locality: "Tassaght",
        sourceName: "Moussa",
        deviceId: "pd1234",
      } as typeof gao,
      DEFAULT_EXPORT_LEVEL,
      "en",
      translate("en"),
    );
    expect(text).not.toMatch(/17|Tassaght|Moussa|pd1234/);
  });
});
