import { describe, expect, it } from "vitest";
import { meetingInputMarkdown } from "../../../../shared/meeting-input/markdown";
import {
  CANARY,
  CANARY_LATITUDE,
  canaryCountries,
  canaryDocument,
  translate,
} from "../../../support/meeting-input/canary-document";

describe("the Markdown export, without attribution", () => {
  it.each(["en", "fr"])(
    "has no canary of any attributable field (%s)",
    (language) => {
      for (const country of canaryCountries) {
        const markdown = meetingInputMarkdown(
          canaryDocument(country),
          language,
          translate(language),
        );
        expect(markdown).not.toContain(CANARY);
        expect(markdown).not.toContain(CANARY_LATITUDE);
      }
    },
  );

  it("cites evidence by area and month only, and hides small counts", () => {
    const document = canaryDocument(canaryCountries[0] ?? "");
    const markdown = meetingInputMarkdown(document, "en", translate("en"));
    expect(markdown).toContain("> — a partner report from");
    expect(markdown).not.toContain(
      document.evidence[0]?.source.observedAt ?? "no date",
    );
    for (const row of markdown.matchAll(/^\| [^|]+ \| (\d+) \|$/gm))
      expect(Number(row[1]) === 0 || Number(row[1]) >= 3).toBe(true);
    expect(markdown).toContain("fewer than 3");
    // Categories and trends by their names, not their ids.
    expect(markdown).not.toMatch(/^\| [a-z]+-[a-z-]+ \|/m);
    expect(markdown).toContain("### Observations by trend");
    expect(markdown).toMatch(/^\| Escalating \|/m);
    // The early-warning to early-action line, in words.
    expect(markdown).toMatch(
      /Early warnings \(severe or escalating observations\): /,
    );
    // What a person typed cannot open Markdown structure of its own.
    expect(markdown).toContain("\\# Support the committees");
  });
});
