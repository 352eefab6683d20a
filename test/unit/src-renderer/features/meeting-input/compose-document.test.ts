import { describe, expect, it } from "vitest";
import type { Contribution } from "../../../../../shared/domain/contribution";
import { acceptedKey } from "../../../../../shared/non-attribution/export-review";
import type { RecordRow } from "../../../../../src-renderer/db/record-reads";
import type { ScopeObservation } from "../../../../../src-renderer/db/scope-observations";
import {
  appendParagraph,
  firstExcerpt,
  inputDocument,
  inputReview,
  inputStatistics,
  newInput,
} from "../../../../../src-renderer/features/meeting-input/compose-document";
import {
  contributionCandidates,
  interviewCandidates,
} from "../../../../../src-renderer/features/meeting-input/merge-candidates";
import type { InterviewNote } from "../../../../../shared/domain/interview-note";

const observation = (id: string, extra: Partial<ScopeObservation> = {}) => ({
  id,
  observedAt: "2026-10-04",
  reportedAt: "2026-10-05T08:00:00.000Z",
  country: "ML",
  adminArea: "Gao",
  category: "armed-groups",
  indicators: ["armed-groups.clashes"],
  severity: 4,
  trend: "escalating",
  responseLog: [],
  title: "Clashes near the market",
  description:
    "Armed men from the Tilemsi group came at dawn. They left at noon.",
  actors: ["Tilemsi group"],
  affectedGroups: [],
  ...extra,
});

describe("composing a meeting input", () => {
  const input = {
    ...newInput("country", ["ML"], "2026-11-23"),
    title: "Mali input",
    recommendations: "Fund the Tilemsi peace committee.",
    citations: [
      { id: "c-1", observationId: "o-1", excerpt: "Armed men came at dawn." },
      { id: "c-2", observationId: "o-gone", excerpt: "Left out." },
    ],
  };
  const observations = [
    observation("o-1"),
    observation("o-2", { country: "NE" }),
  ];

  it("starts with the last three months of its first country, cited at area and month", () => {
    expect(newInput("country", ["ML", "NE"], "2026-11-23")).toMatchObject({
      countries: ["ML"],
      from: "2026-08-25",
      to: "2026-11-23",
      placeLevel: "adminArea",
      timeLevel: "month",
    });
    expect(newInput("thematic", ["ML"], "2026-11-23").countries).toEqual([]);
  });

  it("counts only its countries, or every country in scope when thematic", () => {
    expect(inputStatistics(input, observations).observations).toBe(1);
    expect(
      inputStatistics({ ...input, countries: [] }, observations).observations,
    ).toBe(2);
  });

  it("cites each excerpt by place and date only, leaving out excerpts whose observation is gone", () => {
    const document = inputDocument(
      input,
      inputStatistics(input, observations),
      new Map(observations.map((row) => [row.id, row])),
      null,
    );
    expect(document.evidence).toEqual([
      {
        excerpt: "Armed men came at dawn.",
        source: { country: "ML", adminArea: "Gao", observedAt: "2026-10-04" },
      },
    ]);
    expect(document.sections.recommendations).toBe(
      "Fund the Tilemsi peace committee.",
    );
  });

  it("flags protected names until accepted, and excerpts until ticked", () => {
    const review = inputReview(input, ["Tilemsi group", "Tilemsi"]);
    expect(review.flags.map((flag) => [flag.id, flag.name])).toEqual([
      ["recommendations", "Tilemsi"],
    ]);
    expect(review.unreviewedExcerpts).toEqual(["c-1", "c-2"]);
    const [flag] = review.flags;
    const settled = inputReview(
      {
        ...input,
        accepted: flag ? [acceptedKey(flag.id, flag)] : [],
        reviewed: ["c-1", "c-2"],
      },
      ["Tilemsi group", "Tilemsi"],
    );
    expect(settled).toEqual({ flags: [], unreviewedExcerpts: [] });
  });

  it("offers a first excerpt that ends at a sentence", () => {
    const long = `${"Word ".repeat(50)}ends here. ${"More ".repeat(60)}`;
    expect(firstExcerpt(observation("o", { description: long }))).toMatch(
      /ends here\.$/,
    );
    expect(appendParagraph("", " New ")).toBe("New");
    expect(appendParagraph("Old\n", "New")).toBe("Old\n\nNew");
  });
});

describe("contributions offered to a section", () => {
  const row = (
    id: string,
    values: Partial<Contribution>,
  ): RecordRow<Contribution> => ({
    id,
    values: { section: "gaps", text: `Text ${id}`, meetingId: null, ...values },
    conflicts: [],
    updatedHlc: "",
  });
  const rows = [
    row("mali", { country: "ML" }),
    row("niger", { country: "NE" }),
    row("theme", { country: null, theme: "Water" }),
    row("meeting", { country: "NE", meetingId: "m-1" }),
    row("other-section", { country: "ML", section: "practices" }),
  ];

  it("are those of its countries or its meeting, for that section", () => {
    const input = {
      ...newInput("country", ["ML"], "2026-11-23"),
      meetingId: "m-1",
      gaps: "Text mali",
    };
    const offered = contributionCandidates(input, "gaps", rows);
    expect(offered).toEqual([
      { id: "mali", text: "Text mali", merged: true },
      { id: "meeting", text: "Text meeting", merged: false },
    ]);
  });

  it("are the thematic ones for a thematic input", () => {
    const input = newInput("thematic", [], "2026-11-23");
    expect(
      contributionCandidates(input, "gaps", rows).map((c) => c.id),
    ).toEqual(["theme"]);
  });
});

describe("interview notes offered to a discussion paper", () => {
  const note = (
    id: string,
    values: Partial<InterviewNote>,
  ): RecordRow<InterviewNote> => ({
    id,
    values: {
      interviewee: `Body ${id}`,
      notes: `Notes ${id}`,
      meetingId: null,
      ...values,
    },
    conflicts: [],
    updatedHlc: "",
  });

  it("are those of its meeting or its period, as their notes only, never the interviewee", () => {
    const paper = {
      ...newInput("discussion", [], "2026-11-23"),
      meetingId: "m-1",
    };
    const offered = interviewCandidates(paper, "overview", [
      note("in-period", { date: "2026-10-01" }),
      note("before", { date: "2026-01-01" }),
      note("for-meeting", { date: "2025-01-01", meetingId: "m-1" }),
    ]);
    expect(offered.map((c) => c.id)).toEqual(["in-period", "for-meeting"]);
    expect(JSON.stringify(offered)).not.toContain("Body");
  });
});
