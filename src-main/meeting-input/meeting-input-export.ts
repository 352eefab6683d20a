import type { z } from "zod";
import type { meetingInputChannels } from "../../shared/meeting-input/export-contract";
import type { ExportFormat } from "../../shared/meeting-input/export-contract";
import { meetingInputMarkdown } from "../../shared/meeting-input/markdown";
import type { MeetingInputDocument } from "../../shared/meeting-input/document";
import type { DeskFile } from "../../shared/sync-contract";
import { toFile } from "../services/desk-file";
import { meetingInputDocx } from "./docx-export";
import { meetingInputPdf, type Printer } from "./pdf-export";
import { translator } from "./translator";

type ExportRequest = z.infer<
  (typeof meetingInputChannels)["meetings.exportInput"]["args"]
>;

const EXTENSIONS: Record<ExportFormat, string> = {
  docx: "docx",
  pdf: "pdf",
  markdown: "md",
};

/**
 * A file name that says what the file is and names no one: the title is a person's words and
 * could carry a name, so only the countries and the period go into it.
 */
export function exportFileName(
  document: MeetingInputDocument,
  format: ExportFormat,
): string {
  const scope =
    document.countries.length > 0 ? document.countries.join("-") : "thematic";
  return `meeting-input-${scope}-${document.period.from}-${document.period.to}.${EXTENSIONS[format]}`;
}

/** Renders a composed meeting input in the format asked for (issue 8); main's side of the channel. */
export async function exportMeetingInput(
  { document, format, language }: ExportRequest,
  printer: Printer,
): Promise<DeskFile> {
  const t = translator(language);
  const bytes =
    format === "docx"
      ? await meetingInputDocx(document, language, t)
      : format === "pdf"
        ? await meetingInputPdf(document, language, t, printer)
        : new TextEncoder().encode(meetingInputMarkdown(document, language, t));
  return toFile(exportFileName(document, format), bytes);
}
