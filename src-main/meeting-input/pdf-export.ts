import type { Translate } from "../../shared/non-attribution/citation";
import type { MeetingInputDocument } from "../../shared/meeting-input/document";
import { exportParts } from "../../shared/meeting-input/export-parts";
import { printHtml } from "../../shared/meeting-input/print-html";

/** Turns a standalone HTML page into PDF bytes: Electron's own Chromium, or the system's. */
export interface Printer {
  pdfOf(html: string): Promise<Uint8Array>;
}

/**
 * The meeting input as a PDF (issue 8): the print view of the export parts, so it carries
 * what the Markdown and DOCX exports carry, with charts drawn from the same suppressed tables.
 */
export async function meetingInputPdf(
  document: MeetingInputDocument,
  language: string,
  t: Translate,
  printer: Printer,
): Promise<Uint8Array> {
  return printer.pdfOf(printHtml(exportParts(document, language, t), language));
}
