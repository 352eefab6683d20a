import { describe, expect, it } from "vitest";
import { meetingSchema } from "../../../../../shared/domain/meeting";
import {
  fieldErrors,
  firstLine,
  formatIsoDate,
} from "../../../../../src-renderer/features/meetings/record-values";

describe("the meeting-record forms' helpers", () => {
  it("give each invalid field its first problem as a validation key", () => {
    const parsed = meetingSchema.safeParse({
      title: "  ",
      kind: "country",
      countries: [],
      date: "2026-02-30",
      series: null,
      status: "planned",
      notes: "",
    });
    expect(parsed.success).toBe(false);
    expect(fieldErrors(parsed.error?.issues ?? [])).toEqual({
      title: "text.empty",
      date: "date.invalid",
      countries: "meeting.countryNeeded",
    });
  });

  it("show a calendar date as the same day in every time zone, in the reader's language", () => {
    expect(formatIsoDate("2026-12-10", "en-GB")).toBe("10 Dec 2026");
    expect(formatIsoDate("2026-12-10", "fr")).toBe("10 déc. 2026");
    expect(formatIsoDate("soon", "en-GB")).toBe("soon");
  });

  it("take a text's first non-empty line, cut with an ellipsis", () => {
    expect(firstLine("\n  Herders and farmers  \nmet twice")).toBe(
      "Herders and farmers",
    );
    expect(firstLine("a".repeat(100), 10)).toBe("aaaaaaaaa…");
    expect(firstLine("")).toBe("");
  });
});
