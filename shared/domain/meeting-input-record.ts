import { z } from "zod";
import { countryCodeSchema } from "./countries";
import { countryStream } from "./meeting";
import { isoDateSchema, shortText } from "./observation";

/**
 * A meeting input as it is composed (issue 8): regional staff's country or thematic input, or
 * hub staff's discussion paper built from interview notes. Each section is its own field, so
 * two people editing different sections never conflict; the review decisions (excerpts
 * ticked, names accepted) travel with it, so a colleague sees what was already checked.
 */
export const MEETING_INPUT_KINDS = [
  "country",
  "thematic",
  "discussion",
] as const;
export const PLACE_LEVELS = ["adminArea", "country"] as const;
export const TIME_LEVELS = ["month", "quarter", "year"] as const;

export const citedExcerptSchema = z.object({
  id: z.string().min(1).max(64),
  observationId: z.string().min(1).max(64),
  excerpt: shortText(2_000).min(1, "text.empty"),
});
export type CitedExcerpt = z.infer<typeof citedExcerptSchema>;

const sectionText = shortText(20_000);

export const meetingInputSchema = z
  .object({
    kind: z.enum(MEETING_INPUT_KINDS),
    title: shortText(200).min(1, "text.empty"),
    meetingId: z.string().max(64).nullable(),
    countries: z.array(countryCodeSchema).max(60, "list.tooLong"),
    theme: shortText(200),
    from: isoDateSchema,
    to: isoDateSchema,
    overview: sectionText,
    trends: sectionText,
    practices: sectionText,
    collaboration: sectionText,
    gaps: sectionText,
    recommendations: sectionText,
    citations: z.array(citedExcerptSchema).max(200, "list.tooLong"),
    /** Excerpt ids a person ticked as reviewed. */
    reviewed: z.array(z.string().max(64)).max(200, "list.tooLong"),
    /** Name hits a person accepted, by `acceptedKey`. */
    accepted: z.array(z.string().max(2_000)).max(500, "list.tooLong"),
    placeLevel: z.enum(PLACE_LEVELS),
    timeLevel: z.enum(TIME_LEVELS),
  })
  .refine((input) => input.kind !== "country" || input.countries.length > 0, {
    path: ["countries"],
    message: "meeting.countryNeeded",
  })
  .refine((input) => input.from <= input.to, {
    path: ["to"],
    message: "period.order",
  });
export type MeetingInputRecord = z.infer<typeof meetingInputSchema>;

/**
 * Where a meeting input is written: a country input in its (first) country's stream, which its
 * regional staff and the hub read; a thematic input without a country and a discussion paper
 * (drawn from interview notes) in the hub stream only.
 */
export const meetingInputStream = (input: {
  kind?: unknown;
  countries?: unknown;
}): string =>
  input.kind === "discussion" ? "hub" : countryStream(input.countries);
