import {
  outcomeSchema,
  type Meeting,
  type Outcome,
} from "../../../shared/domain/meeting";

/**
 * Meetings and outcomes as the screens need them: blank forms, the complete record from stored
 * fields (blank fields are not stored), upcoming meetings, series, and the countries a regional
 * staff member may not add. Pure.
 */

export const BLANK_MEETING: Meeting = {
  title: "",
  kind: "country",
  countries: [],
  date: "",
  series: null,
  status: "planned",
  notes: "",
};

export const blankOutcome = (meetingId: string): Outcome => ({
  meetingId,
  kind: "recommendation",
  text: "",
  addressee: "un-entity",
  owner: "",
  dueDate: null,
  followUp: "open",
});

/** The outcome whole when its stored fields make a valid one, blank ones filled; else null. */
export function completeOutcome(values: Partial<Outcome>): Outcome | null {
  const parsed = outcomeSchema.safeParse({ ...blankOutcome(""), ...values });
  return parsed.success ? parsed.data : null;
}

/** Still to do (open or in progress) and due before `today` (YYYY-MM-DD, local). */
export const isOverdue = (outcome: Outcome, today: string) =>
  (outcome.followUp === "open" || outcome.followUp === "in-progress") &&
  outcome.dueDate !== null &&
  outcome.dueDate < today;

/** Planned meetings from `today` on (YYYY-MM-DD, local), soonest first. */
export function upcomingMeetings<R extends { values: Partial<Meeting> }>(
  rows: readonly R[],
  today: string,
): R[] {
  return rows
    .filter(
      ({ values }) =>
        values.status === "planned" &&
        values.date !== undefined &&
        values.date >= today,
    )
    .sort((a, b) => (a.values.date ?? "").localeCompare(b.values.date ?? ""));
}

/** The series names meetings already use, each once, in alphabetical order. */
export function seriesNames(
  rows: readonly { values: Partial<Meeting> }[],
): string[] {
  const names = rows.flatMap(({ values }) =>
    values.series ? [values.series] : [],
  );
  return [...new Set(names)].sort((a, b) => a.localeCompare(b));
}

/**
 * Countries chosen that a regional staff member does not cover and the meeting did not already
 * list (a meeting shared with another region keeps its other countries when they edit it).
 */
export function countriesOutside(
  chosen: readonly string[],
  own: readonly string[],
  already: readonly string[],
): string[] {
  return chosen.filter(
    (country) => !own.includes(country) && !already.includes(country),
  );
}
