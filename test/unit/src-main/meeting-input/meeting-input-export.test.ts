import { describe, expect, it } from "vitest";
import { meetingInputChannels } from "../../../../shared/meeting-input/export-contract";
import { fromFile } from "../../../../src-main/services/desk-file";
import { exportMeetingInput } from "../../../../src-main/meeting-input/meeting-input-export";
import {
  CANARY,
  canaryCountries,
  canaryDocument,
} from "../../../support/meeting-input/canary-document";

const country = canaryCountries[0] ?? "ML";
/** The request as it crosses the IPC boundary: checked by the channel's schema. */
const request = (format: "docx" | "pdf" | "markdown", language: "en" | "fr") =>
  meetingInputChannels["meetings.exportInput"].args.parse({
    document: canaryDocument(country),
    format,
    language,
  });

describe("exporting a composed meeting input from main", () => {
  it("names the file by scope and period only, in every format", async () => {
    const printed: string[] = [];
    const printer = {
      pdfOf: (html: string) => {
        printed.push(html);
        return Promise.resolve(new Uint8Array([37, 80, 68, 70]));
      },
    };
    const names = await Promise.all(
      (["docx", "pdf", "markdown"] as const).map(
        async (format) =>
          (await exportMeetingInput(request(format, "en"), printer)).name,
      ),
    );
    expect(names).toEqual([
      `meeting-input-${country}-2025-01-01-2026-12-31.docx`,
      `meeting-input-${country}-2025-01-01-2026-12-31.pdf`,
      `meeting-input-${country}-2025-01-01-2026-12-31.md`,
    ]);
    // The PDF is the print view of the same parts, in the language asked for.
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain("Situation overview");
  });

  it("renders Markdown in French without a canary", async () => {
    const file = await exportMeetingInput(request("markdown", "fr"), {
      pdfOf: () => Promise.reject(new Error("not asked")),
    });
    const text = new TextDecoder().decode(fromFile(file));
    expect(text).toContain("Aperçu de la situation");
    expect(text).not.toContain(CANARY);
  });

  it("refuses a document the channel's schema does not describe", () => {
    const parsed = meetingInputChannels["meetings.exportInput"].args.safeParse({
      document: { ...canaryDocument(country), statistics: null },
      format: "pdf",
      language: "en",
    });
    expect(parsed.success).toBe(false);
  });
});
