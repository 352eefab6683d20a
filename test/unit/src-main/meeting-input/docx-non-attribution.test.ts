import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { meetingInputDocx } from "../../../../src-main/meeting-input/docx-export";
import {
  CANARY,
  CANARY_LATITUDE,
  canaryCountries,
  canaryDocument,
  translate,
} from "../../../support/meeting-input/canary-document";

/** Every part of the DOCX package, as text. */
const partsOf = async (country: string, language: string) =>
  Object.entries(
    unzipSync(
      await meetingInputDocx(
        canaryDocument(country),
        language,
        translate(language),
      ),
    ),
  ).map(([name, bytes]) => [name, strFromU8(bytes)] as const);

describe("the DOCX export, without attribution", () => {
  it.each(["en", "fr"])(
    "has no canary in any part of the package, document properties included (%s)",
    async (language) => {
      for (const country of canaryCountries.slice(0, 6)) {
        const parts = await partsOf(country, language);
        expect(parts.map(([name]) => name)).toContain("docProps/core.xml");
        for (const [name, text] of parts) {
          expect(text, name).not.toContain(CANARY);
          expect(text, name).not.toContain(CANARY_LATITUDE);
        }
      }
    },
  );

  it("names the app, not a person, as its author, and carries the sections, tables and citations", async () => {
    const parts = new Map(await partsOf(canaryCountries[0] ?? "", "en"));
    const core = parts.get("docProps/core.xml") ?? "";
    expect(core).toContain("<dc:creator>Prevention Desk</dc:creator>");
    expect(core).toContain(
      "<cp:lastModifiedBy>Prevention Desk</cp:lastModifiedBy>",
    );
    const body = parts.get("word/document.xml") ?? "";
    expect(body).toContain("Situation overview");
    expect(body).toContain("Observations by category");
    expect(body).toContain("a partner report from");
    expect(body).toContain("<w:tbl>");
  });
});
