import { describe, expect, it } from "vitest";
import {
  contributionSchema,
  contributionStream,
} from "../../../../shared/domain/contribution";
import {
  meetingFieldStreams,
  meetingStream,
} from "../../../../shared/domain/meeting";
import {
  meetingInputSchema,
  meetingInputStream,
} from "../../../../shared/domain/meeting-input-record";
import { namesDirectoryStreams } from "../../../../shared/domain/names-directory";

const issues = (result: {
  success: boolean;
  error?: { issues: { message: string }[] };
}) => result.error?.issues.map((issue) => issue.message) ?? [];

describe("where meeting records travel", () => {
  it("a country meeting in its first country's stream, a thematic one in the hub's", () => {
    expect(meetingStream({ kind: "country", countries: ["ML", "NE"] })).toBe(
      "country:ML",
    );
    expect(meetingStream({ kind: "thematic", countries: ["ML"] })).toBe("hub");
    expect(meetingStream({})).toBe("hub");
  });
  it("a meeting to the field partners who may contribute: of its countries, or all for a thematic one", () => {
    const partners = [
      { deviceId: "pd-mali", countries: ["ML"] },
      { deviceId: "pd-niger", countries: ["NE"] },
    ];
    expect(
      meetingFieldStreams({ kind: "country", countries: ["ML"] }, partners),
    ).toEqual(["device:pd-mali"]);
    expect(
      meetingFieldStreams({ kind: "thematic", countries: [] }, partners),
    ).toEqual(["device:pd-mali", "device:pd-niger"]);
  });
  it("a contribution to its country's regional staff, a thematic one to the hub", () => {
    expect(contributionStream({ country: "BF" })).toBe("country:BF");
    expect(contributionStream({ country: null })).toBe("hub");
  });
  it("a discussion paper only among hub staff, a country input in its country's stream", () => {
    expect(meetingInputStream({ kind: "discussion", countries: ["ML"] })).toBe(
      "hub",
    );
    expect(meetingInputStream({ kind: "country", countries: ["NE"] })).toBe(
      "country:NE",
    );
  });
  it("the names directory to the hub and each regional device's own stream, nowhere else", () => {
    expect(namesDirectoryStreams(["pd-a", "pd-b"])).toEqual([
      "hub",
      "device:pd-a",
      "device:pd-b",
    ]);
  });
});

describe("meeting record validation", () => {
  const contribution = {
    country: null,
    theme: "",
    meetingId: null,
    section: "gaps",
    text: "Alerts reach the district but nobody is tasked to respond.",
    observationIds: [],
  };
  it("a contribution needs a country or a theme", () => {
    expect(issues(contributionSchema.safeParse(contribution))).toEqual([
      "contribution.scopeNeeded",
    ]);
    expect(
      contributionSchema.safeParse({ ...contribution, theme: "Water" }).success,
    ).toBe(true);
  });
  it("a meeting input's period may not end before it starts, and a country input needs a country", () => {
    const input = {
      kind: "country",
      title: "Mali input",
      meetingId: null,
      countries: [],
      theme: "",
      from: "2026-06-01",
      to: "2026-01-01",
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
    expect(issues(meetingInputSchema.safeParse(input)).sort()).toEqual([
      "meeting.countryNeeded",
      "period.order",
    ]);
    expect(
      meetingInputSchema.safeParse({
        ...input,
        countries: ["ML"],
        to: "2026-12-31",
      }).success,
    ).toBe(true);
  });
});
