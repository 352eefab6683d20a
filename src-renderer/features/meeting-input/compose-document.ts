import type { MeetingInputRecord } from "../../../shared/domain/meeting-input-record";
import {
  SECTION_IDS,
  type MeetingInputDocument,
} from "../../../shared/meeting-input/document";
import {
  meetingStatistics,
  type MeetingStatistics,
} from "../../../shared/meeting-input/statistics";
import {
  reviewExport,
  type ExportReview,
  type ReviewedText,
} from "../../../shared/non-attribution/export-review";
import type { ScopeObservation } from "../../db/scope-observations";

/**
 * From what a person composed to what is exported (issue 8), pure: the statistics of the
 * observations in scope, the cited excerpts with only their place and time, and what must be
 * reviewed before export.
 */

const DAY_MS = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A new input: the last three months up to today, cited at admin area and month. */
export function newInput(
  kind: MeetingInputRecord["kind"],
  countries: MeetingInputRecord["countries"],
  today: string,
): MeetingInputRecord {
  return {
    kind,
    title: "",
    meetingId: null,
    countries: kind === "country" ? countries.slice(0, 1) : [],
    theme: "",
    from: isoDay(Date.parse(`${today}T00:00:00Z`) - 90 * DAY_MS),
    to: today,
    overview: "",
    trends: "",
    practices: "",
    collaboration: "",
    gaps: "",
    recommendations: "",
    citations: [],
    reviewed: [],
    accepted: [],
    placeLevel: "adminArea",
    timeLevel: "month",
  };
}

/** The countries the statistics cover: the input's, or (thematic) every one in scope. */
export const statisticsCountries = (
  input: Pick<MeetingInputRecord, "countries">,
  observations: readonly ScopeObservation[],
) =>
  input.countries.length > 0
    ? input.countries
    : [...new Set(observations.map((observation) => observation.country))];

export function inputStatistics(
  input: Pick<MeetingInputRecord, "countries" | "from" | "to">,
  observations: readonly ScopeObservation[],
): MeetingStatistics {
  return meetingStatistics(observations, {
    countries: statisticsCountries(input, observations),
    from: input.from,
    to: input.to,
  });
}

/**
 * The document the exports render: excerpts of observations no longer here are left out (the
 * composer says so), every other one cited only by its country, area and date.
 */
export function inputDocument(
  input: MeetingInputRecord,
  statistics: MeetingStatistics,
  observations: ReadonlyMap<string, ScopeObservation>,
  meeting: { title: string; date: string } | null,
): MeetingInputDocument {
  return {
    title: input.title,
    meeting,
    countries: [...input.countries],
    period: { from: input.from, to: input.to },
    sections: Object.fromEntries(
      SECTION_IDS.map((id) => [id, input[id]]),
    ) as MeetingInputDocument["sections"],
    statistics,
    evidence: input.citations.flatMap((citation) => {
      const source = observations.get(citation.observationId);
      return source
        ? [
            {
              excerpt: citation.excerpt,
              source: {
                country: source.country,
                adminArea: source.adminArea,
                observedAt: source.observedAt,
              },
            },
          ]
        : [];
    }),
    level: { place: input.placeLevel, time: input.timeLevel },
  };
}

/** Every text the export carries that a person wrote or quoted, by where it sits. */
export function reviewedTexts(input: MeetingInputRecord): ReviewedText[] {
  return [
    { id: "title", text: input.title },
    ...SECTION_IDS.map((id) => ({ id, text: input[id] })),
    ...input.citations.map((citation) => ({
      id: citation.id,
      text: citation.excerpt,
      excerpt: true,
    })),
  ];
}

export const inputReview = (
  input: MeetingInputRecord,
  names: readonly string[],
): ExportReview =>
  reviewExport(reviewedTexts(input), names, {
    accepted: new Set(input.accepted),
    reviewed: new Set(input.reviewed),
  });

/** A first excerpt of an observation to cite: its description up to a sentence end near 300 characters. */
export function firstExcerpt(observation: ScopeObservation): string {
  const text = (observation.description || observation.title).trim();
  if (text.length <= 300) return text;
  const end = text.lastIndexOf(". ", 300);
  return end > 80 ? text.slice(0, end + 1) : `${text.slice(0, 300).trim()}…`;
}

/** Adds a merged text after what a section holds, as its own paragraph. */
export const appendParagraph = (section: string, addition: string) =>
  section.trim() === ""
    ? addition.trim()
    : `${section.trimEnd()}\n\n${addition.trim()}`;
