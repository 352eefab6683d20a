import { describe, expect, it } from "vitest";
import type { Meeting } from "../../../../../shared/domain/meeting";
import {
  completeOutcome,
  countriesOutside,
  isOverdue,
  seriesNames,
  upcomingMeetings,
} from "../../../../../src-renderer/features/meetings/meeting-values";

const row = (id: string, values: Partial<Meeting>) => ({ id, values });

describe("meetings as the screens need them", () => {
  const rows = [
    row("held", { status: "held", date: "2026-12-01", series: "Sahel" }),
    row("later", { status: "planned", date: "2027-01-14", series: "Sahel" }),
    row("today", { status: "planned", date: "2026-12-10", series: "Youth" }),
    row("past", { status: "planned", date: "2026-12-09" }),
    row("undated", { status: "planned" }),
  ];

  it("count planned meetings from today on as upcoming, soonest first", () => {
    expect(
      upcomingMeetings(rows, "2026-12-10").map((meeting) => meeting.id),
    ).toEqual(["today", "later"]);
    expect(upcomingMeetings(rows, "2027-02-01")).toEqual([]);
  });

  it("offer each series name once, in alphabetical order", () => {
    expect(seriesNames(rows)).toEqual(["Sahel", "Youth"]);
  });

  it("name the countries a regional staff member may not add", () => {
    expect(countriesOutside(["ML", "NE"], ["ML"], [])).toEqual(["NE"]);
    // A meeting shared with another region keeps its other countries when they edit it.
    expect(countriesOutside(["ML", "NE"], ["ML"], ["ML", "NE"])).toEqual([]);
    expect(countriesOutside(["BF"], ["ML"], ["NE"])).toEqual(["BF"]);
  });

  it("complete an outcome from its stored fields, blank ones filled, or give null", () => {
    expect(
      completeOutcome({
        meetingId: "m-1",
        kind: "recommendation",
        text: "Fund community early-warning committees in Mopti.",
        addressee: "un-entity",
        followUp: "open",
      }),
    ).toEqual({
      meetingId: "m-1",
      kind: "recommendation",
      text: "Fund community early-warning committees in Mopti.",
      addressee: "un-entity",
      owner: "",
      dueDate: null,
      followUp: "open",
    });
    expect(completeOutcome({ text: "No meeting" })).toBeNull();
  });

  it("count an outcome overdue while it is still to do and its due date has passed", () => {
    const outcome = {
      meetingId: "m-1",
      kind: "recommendation",
      text: "Fund community early-warning committees in Mopti.",
      addressee: "un-entity",
      owner: "UN country team",
      dueDate: "2026-12-09",
      followUp: "in-progress",
    } as const;
    expect(isOverdue(outcome, "2026-12-10")).toBe(true);
    expect(isOverdue(outcome, "2026-12-09")).toBe(false);
    expect(isOverdue({ ...outcome, followUp: "done" }, "2026-12-10")).toBe(
      false,
    );
    expect(isOverdue({ ...outcome, dueDate: null }, "2026-12-10")).toBe(false);
  });
});
