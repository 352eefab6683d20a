import { describe, expect, it } from "vitest";
import {
  followUpView,
  meetingSchema,
  outcomeSchema,
  type Outcome,
} from "../../../../shared/domain/meeting";

const meeting = {
  title: "Sahel: early warning to early action",
  kind: "country" as const,
  countries: ["ML", "NE"],
  date: "2026-11-12",
  series: "Sahel 2026",
  status: "held" as const,
  notes: "",
};
const outcome = (change: Partial<Outcome>): Outcome => ({
  meetingId: "m1",
  kind: "recommendation",
  text: "Fund community radio messages of calm.",
  addressee: "un-entity",
  owner: "UN country team",
  dueDate: "2026-12-31",
  followUp: "open",
  ...change,
});

describe("meetings and their outcomes", () => {
  it("takes a country meeting only with its countries, and a real date", () => {
    expect(meetingSchema.safeParse(meeting).success).toBe(true);
    expect(
      meetingSchema.safeParse({ ...meeting, countries: [] }).error?.issues[0],
    ).toMatchObject({
      path: ["countries"],
      message: "meeting.countryNeeded",
    });
    expect(
      meetingSchema.safeParse({ ...meeting, kind: "thematic", countries: [] })
        .success,
    ).toBe(true);
    expect(
      meetingSchema.safeParse({ ...meeting, date: "2026-02-30" }).success,
    ).toBe(false);
    expect(
      outcomeSchema.safeParse(outcome({ addressee: "donors" as never }))
        .success,
    ).toBe(false);
  });

  it("lists what is open across meetings, overdue first, then by due date", () => {
    const meetings = new Map([
      ["m1", { title: "Sahel", date: "2026-11-12" }],
      ["m2", { title: "Great Lakes", date: "2026-10-08" }],
    ]);
    const view = followUpView(
      [
        { id: "a", outcome: outcome({ dueDate: "2027-01-15" }) },
        {
          id: "b",
          outcome: outcome({ dueDate: "2026-11-01", meetingId: "m2" }),
        },
        {
          id: "c",
          outcome: outcome({ followUp: "done", dueDate: "2026-10-01" }),
        },
        {
          id: "d",
          outcome: outcome({ dueDate: null, followUp: "in-progress" }),
        },
        { id: "e", outcome: outcome({ dueDate: "2026-12-01" }) },
        { id: "f", outcome: outcome({ followUp: "dropped" }) },
      ],
      meetings,
      "2026-11-23",
    );
    expect(view.map((line) => [line.id, line.overdue])).toEqual([
      ["b", true],
      ["e", false],
      ["a", false],
      ["d", false],
    ]);
    expect(view[0]?.meeting).toEqual({
      title: "Great Lakes",
      date: "2026-10-08",
    });
  });
});
