import i18next from "i18next";
import { resources } from "../../../shared/i18n/resources";
import type { MeetingInputDocument } from "../../../shared/meeting-input/document";
import {
  meetingStatistics,
  type StatsRecord,
} from "../../../shared/meeting-input/statistics";
import type { Translate } from "../../../shared/non-attribution/citation";
import { corpusLines } from "../../../src-main/demo/corpus";

/** A unique string that must never reach an export. */
export const CANARY = `CANARY${crypto.randomUUID().replaceAll("-", "")}`;
export const CANARY_LATITUDE = "12.345678";

/** 400 corpus records whose every attributable field carries the canary. */
export const canaryRecords = corpusLines(400, { seed: 4, lang: "mixed" }).map(
  (line, index) => ({
    ...(JSON.parse(line) as StatsRecord & Record<string, unknown>),
    id: `${CANARY}-id-${String(index)}`,
    locality: `${CANARY}-locality`,
    coordinates: { lat: Number(CANARY_LATITUDE), lon: -1.234567 },
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

export const canaryCountries = [
  ...new Set(canaryRecords.map((record) => record.country)),
];

const i18n = i18next.createInstance();
await i18n.init({
  resources,
  lng: "en",
  interpolation: { escapeValue: false },
});
export const translate =
  (language: string): Translate =>
  (key, values) =>
    i18n.getFixedT(language)(key, values);

/** A country's meeting input, citing whole canary records as its evidence. */
export function canaryDocument(country: string): MeetingInputDocument {
  const period = { from: "2025-01-01", to: "2026-12-31" };
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
    statistics: meetingStatistics(canaryRecords, {
      countries: [country],
      ...period,
    }),
    // Only place and month may come out of a source.
    evidence: canaryRecords
      .filter((record) => record.country === country)
      .slice(0, 3)
      .map((record) => ({
        excerpt: "Armed men arrived in the afternoon and left before night.",
        source: record,
      })),
    level: { place: "adminArea", time: "month" },
  };
}
