import { countryCodesOf } from "../../../shared/domain/countries";
import type { Contribution } from "../../../shared/domain/contribution";
import type { Meeting } from "../../../shared/domain/meeting";
import { upcomingMeetings } from "../meetings/meeting-values";

/** A contribution's scope as the form offers it: one of the partner's countries, or a theme. */
export const THEME = "theme";

/** A new contribution: about the partner's (first) country, best practices first. */
export const blankContribution = (
  countries: readonly string[],
): Contribution => ({
  country: countryCodesOf(countries)[0] ?? null,
  theme: "",
  meetingId: null,
  section: "practices",
  text: "",
  observationIds: [],
});

/**
 * The meetings a contribution can be for: the planned ones from `today` on, soonest first, and
 * the one it already names even if that has passed since.
 */
export function meetingChoices<
  R extends { id: string; values: Partial<Meeting> },
>(rows: readonly R[], today: string, linked: string | null): R[] {
  const upcoming = upcomingMeetings(rows, today);
  const kept = rows.find((row) => row.id === linked && !upcoming.includes(row));
  return kept ? [kept, ...upcoming] : upcoming;
}
