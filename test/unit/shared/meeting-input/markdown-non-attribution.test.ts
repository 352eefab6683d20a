import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { resources } from "../../../../shared/i18n/resources";
import type { MeetingInputDocument } from "../../../../shared/meeting-input/document";
import { meetingInputMarkdown } from "../../../../shared/meeting-input/markdown";
import {
  meetingStatistics,
  type StatsRecord,
} from "../../../../shared/meeting-input/statistics";
import type { Translate } from "../../../../shared/non-attribution/citation";
import { corpusLines } from "../../../../src-main/demo/corpus";

const CANARY = `CANARY${crypto.randomUUID().replaceAll("-", "")}`;

/** Every attributable field of a corpus record carries the canary. */
const records = corpusLines(400, { seed: 4, lang: "mixed" }).map(
  (line, index) => ({
    ...(JSON.parse(line) as StatsRecord & Record<string, unknown>),
    id: `${CANARY}-id-${String(index)}`,
    locality: `${CANARY}-locality`,
    coordinates: { lat: 12.345678, lon: -1.234567 },
    actors: [`${CANARY}-actor`],
    affectedGroups: [`${CANARY}-group`],
    title: `${CANARY}-title`,
    description: `${CANARY}-description`,
    suggestedAction: `${CANARY}-action`,
    deviceId: `${CANARY}-device`,
    author: { name: `${CANARY}-name`, organisation: `${CANARY}-organisation` },
    sourceName: `${CANARY}-source`,
  }),
);

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

function documentFor(country: string): MeetingInputDocument {
  const period = { from: "2025-01-01", to: "2026-12-31" };
  const mine = records.filter((record) => record.country === country);
  return {
    title: "Country input",
    meeting: { title: "Sahel dialogue", date: "2026-12-10" },
    countries: [country],
    period,
    sections: {
      overview:
        "Tensions around water points have risen since the rains ended.",
      trends: "",
      practices: "Local peace committees relayed messages of calm.",
      collaboration: "",
      gaps: "",
      recommendations: "# Support the committees\n\n- fund radio time",
    },
    statistics: meetingStatistics(records, { countries: [country], ...period }),
    // Cited with the whole record as its source: only place and month may come out.
    evidence: mine.slice(0, 3).map((record) => ({
      excerpt: "Armed men arrived in the afternoon and left before night.",
      source: record,
    })),
    level: { place: "adminArea", time: "month" },
  };
}

describe("the Markdown export, without attribution", () => {
  const countries = [...new Set(records.map((record) => record.country))];

  it.each(["en", "fr"])(
    "has no canary of any attributable field (%s)",
    (language) => {
      for (const country of countries) {
        const markdown = meetingInputMarkdown(
          documentFor(country),
          language,
          translate(language),
        );
        expect(markdown).not.toContain(CANARY);
        expect(markdown).not.toContain("12.345678");
      }
    },
  );

  it("cites evidence by area and month only, and hides small counts", () => {
    const [country] = countries;
    const document = documentFor(country ?? "");
    const markdown = meetingInputMarkdown(document, "en", translate("en"));
    const source = document.evidence[0]?.source;
    expect(markdown).toContain("> — a partner report from");
    expect(markdown).not.toContain(source?.observedAt ?? "no date");
    for (const row of markdown.matchAll(/^\| [^|]+ \| (\d+) \|$/gm))
      expect(Number(row[1]) === 0 || Number(row[1]) >= 3).toBe(true);
    expect(markdown).toContain("fewer than 3");
    // Categories by their names, not their ids.
    expect(markdown).not.toMatch(/^\| [a-z]+-[a-z-]+ \|/m);
    // What a person typed cannot open Markdown structure of its own.
    expect(markdown).toContain("\\# Support the committees");
  });
});
