import { describe, expect, it } from "vitest";
import type { Meeting } from "../../../../../shared/domain/meeting";
import {
  blankContribution,
  meetingChoices,
} from "../../../../../src-renderer/features/contributions/contribution-values";

const row = (id: string, values: Partial<Meeting>) => ({ id, values });

describe("a field partner's contribution", () => {
  it("starts about the partner's country, or a theme when they cover none", () => {
    expect(blankContribution(["ML"])).toMatchObject({
      country: "ML",
      theme: "",
      meetingId: null,
    });
    expect(blankContribution([]).country).toBeNull();
  });

  it("may be for an upcoming meeting, or the one it already names", () => {
    const rows = [
      row("past", { status: "held", date: "2026-11-12" }),
      row("next", { status: "planned", date: "2026-12-10" }),
    ];
    const ids = (linked: string | null) =>
      meetingChoices(rows, "2026-12-01", linked).map((meeting) => meeting.id);
    expect(ids(null)).toEqual(["next"]);
    expect(ids("past")).toEqual(["past", "next"]);
    expect(ids("next")).toEqual(["next"]);
    expect(meetingChoices([], "2026-12-01", null)).toEqual([]);
  });
});
