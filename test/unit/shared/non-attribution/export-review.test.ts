import { describe, expect, it } from "vitest";
import {
  acceptedKey,
  readyToExport,
  reviewExport,
  type ReviewedText,
} from "../../../../shared/non-attribution/export-review";

const NAMES = ["Awa Traoré", "Association Tassaght"];
const none = { accepted: new Set<string>(), reviewed: new Set<string>() };

/** The key that accepts the one flag of the overview. */
const acceptOverview = (texts: ReviewedText[]) => {
  const [hit] = reviewExport(texts, NAMES, none).flags;
  if (hit === undefined) throw new Error("no flag to accept");
  return acceptedKey("overview", hit);
};

describe("the review before an export", () => {
  const texts: ReviewedText[] = [
    {
      id: "overview",
      text: "Tensions rose in Gao, as AWA TRAORE told the network.",
    },
    {
      id: "excerpt-1",
      text: "« Les hommes armés sont arrivés à 17 h »",
      excerpt: true,
    },
  ];

  it("flags each protected name where it stands and waits for every excerpt to be reviewed", () => {
    const review = reviewExport(texts, NAMES, none);
    expect(review.flags).toMatchObject([
      { id: "overview", name: "Awa Traoré", start: 25, end: 35 },
    ]);
    expect(review.unreviewedExcerpts).toEqual(["excerpt-1"]);
    expect(readyToExport(review)).toBe(false);
  });

  it("lets the export go once the name is rewritten or accepted and the excerpt ticked", () => {
    const rewritten = [
      {
        ...texts[0],
        id: "overview",
        text: "Tensions rose in Gao, as a partner told the network.",
      },
      texts[1],
    ] as ReviewedText[];
    const ticked = {
      accepted: new Set<string>(),
      reviewed: new Set(["excerpt-1"]),
    };
    expect(readyToExport(reviewExport(rewritten, NAMES, ticked))).toBe(true);

    const accepted = {
      accepted: new Set([acceptOverview(texts)]),
      reviewed: ticked.reviewed,
    };
    expect(readyToExport(reviewExport(texts, NAMES, accepted))).toBe(true);
  });

  it("asks again when the words around an accepted name change", () => {
    const decisions = {
      accepted: new Set([acceptOverview(texts)]),
      reviewed: new Set(["excerpt-1"]),
    };
    const edited = [
      {
        id: "overview",
        text: "Awa Traoré, who runs the shelter in Gao, said so.",
      },
      texts[1],
    ] as ReviewedText[];
    expect(reviewExport(edited, NAMES, decisions).flags).toHaveLength(1);
  });
});
