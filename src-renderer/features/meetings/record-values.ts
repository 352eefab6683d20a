import type { z } from "zod";

/**
 * Small pure helpers the meeting-record screens share: zod problems by field, dates as people
 * read them, a long text's first line. Nothing here touches React or the database.
 */

/** The first problem of each top-level field, as its message (a key under `validation.`). */
export function fieldErrors(
  issues: readonly z.core.$ZodIssue[],
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues)
    errors[String(issue.path[0] ?? "")] ??= issue.message;
  return errors;
}

/** A calendar date (YYYY-MM-DD) in the reader's language, the same day wherever they are. */
export function formatIsoDate(date: string, language: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(language, {
    dateStyle: "medium",
    timeZone: "UTC",
  }).format(parsed);
}

/** The day of a clock reading (`updatedHlc`) in the reader's time zone and language. */
export function formatHlcDay(hlc: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "medium" }).format(
    new Date(Number(hlc.slice(0, 13))),
  );
}

/** The first non-empty line of a text, cut to `max` characters with an ellipsis. */
export function firstLine(text: string, max = 80): string {
  const line =
    text
      .split("\n")
      .map((part) => part.trim())
      .find((part) => part !== "") ?? "";
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}
