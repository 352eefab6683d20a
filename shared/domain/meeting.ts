import { z } from "zod";
import { countryCodeSchema } from "./countries";
import { isoDateSchema, shortText } from "./observation";

/**
 * Meetings and their outcomes (issue 8): the monthly dialogue meetings in New York, thematic or
 * about one or more countries, and the recommendations and conclusions each ends in, followed
 * up across meetings.
 */
export const MEETING_KINDS = ["thematic", "country"] as const;
export const MEETING_STATUSES = ["planned", "held"] as const;

export const meetingSchema = z
  .object({
    title: shortText(200).min(1, "text.empty"),
    kind: z.enum(MEETING_KINDS),
    countries: z.array(countryCodeSchema).max(60, "list.tooLong"),
    date: isoDateSchema,
    /** Meetings that build on each other share a series name. */
    series: shortText(120).nullable(),
    status: z.enum(MEETING_STATUSES),
    notes: shortText(10_000),
  })
  .refine(
    (meeting) => meeting.kind !== "country" || meeting.countries.length > 0,
    { path: ["countries"], message: "meeting.countryNeeded" },
  );
export type Meeting = z.infer<typeof meetingSchema>;

/**
 * A country meeting lives in its (first) country's stream, read by that country's regional
 * staff and the hub; a thematic meeting in the hub stream. Its outcomes follow it.
 */
export const meetingStream = (meeting: {
  kind?: unknown;
  countries?: unknown;
}): string =>
  meeting.kind === "country" ? countryStream(meeting.countries) : "hub";

/**
 * Field partners do not read country streams: hub staff send them the meetings they may
 * contribute to in their own `device:` streams — a country meeting to the partners of its
 * countries, a thematic one to every partner.
 */
export function meetingFieldStreams(
  meeting: Pick<Meeting, "kind" | "countries">,
  fieldDevices: readonly { deviceId: string; countries: readonly string[] }[],
): string[] {
  return fieldDevices
    .filter(
      (device) =>
        meeting.kind === "thematic" ||
        device.countries.some((country) =>
          (meeting.countries as readonly string[]).includes(country),
        ),
    )
    .map((device) => `device:${device.deviceId}`);
}

/** The stream of the first country of a list (as a record may hold it), or the hub's. */
export function countryStream(countries: unknown): string {
  const first: unknown = Array.isArray(countries) ? countries[0] : undefined;
  return typeof first === "string" ? `country:${first}` : "hub";
}

export const OUTCOME_KINDS = ["recommendation", "conclusion"] as const;
export const ADDRESSEES = ["un-entity", "csos", "member-states"] as const;
export const FOLLOW_UP_STATUSES = [
  "open",
  "in-progress",
  "done",
  "dropped",
] as const;

export const outcomeSchema = z.object({
  meetingId: z.string().min(1),
  kind: z.enum(OUTCOME_KINDS),
  text: shortText(4_000).min(1, "text.empty"),
  addressee: z.enum(ADDRESSEES),
  /** Who carries it forward: a role or a body, never a person's name in an export. */
  owner: shortText(200),
  dueDate: isoDateSchema.nullable(),
  followUp: z.enum(FOLLOW_UP_STATUSES),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export interface FollowUpLine {
  id: string;
  outcome: Outcome;
  meeting: { title: string; date: string } | null;
  overdue: boolean;
}

/**
 * The follow-up view across meetings: every outcome still open or in progress, overdue ones
 * (due before `today`) first, then by due date (undated last) and meeting date.
 */
export function followUpView(
  outcomes: readonly { id: string; outcome: Outcome }[],
  meetings: ReadonlyMap<string, Pick<Meeting, "title" | "date">>,
  today: string,
): FollowUpLine[] {
  return outcomes
    .filter(
      ({ outcome }) =>
        outcome.followUp === "open" || outcome.followUp === "in-progress",
    )
    .map(({ id, outcome }) => {
      const meeting = meetings.get(outcome.meetingId);
      return {
        id,
        outcome,
        meeting: meeting ? { title: meeting.title, date: meeting.date } : null,
        overdue: outcome.dueDate !== null && outcome.dueDate < today,
      };
    })
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        (a.outcome.dueDate ?? "9999").localeCompare(
          b.outcome.dueDate ?? "9999",
        ) ||
        (a.meeting?.date ?? "").localeCompare(b.meeting?.date ?? ""),
    );
}
