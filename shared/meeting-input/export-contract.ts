import { z } from "zod";
import { languageSchema } from "../i18n/languages";
import { fileSchema } from "../sync-contract";
import { SECTION_IDS, type MeetingInputDocument } from "./document";

/**
 * The export channel of the meeting input (issue 8): the renderer sends the document it
 * composed (statistics computed from its local observations, excerpts already reviewed), main
 * renders it as DOCX, PDF or Markdown and returns the file, which the person saves.
 */
const count = z.number().int().min(0);
const countsSchema = z
  .array(z.object({ key: z.string().max(200), count }))
  .max(2_000);
const hours = z.number().min(0).nullable();

const statisticsSchema = z.object({
  observations: count,
  byCategory: countsSchema,
  byIndicator: countsSchema,
  bySeverity: z.array(count).length(5),
  byTrend: countsSchema,
  monthly: z
    .array(
      z.object({
        month: z.string().regex(/^\d{4}-\d{2}$/),
        count,
        severe: count,
      }),
    )
    .max(600),
  byAdminArea: countsSchema,
  escalations: z
    .array(
      z.object({
        adminArea: z.string().max(200),
        month: z.string().max(7),
        count,
        previous: count,
      }),
    )
    .max(2_000),
  earlyAction: z.object({
    alerts: count,
    responded: count,
    medianHours: hours,
    p90Hours: hours,
  }),
});

const text = (max: number) => z.string().max(max);

export const meetingInputDocumentSchema = z.object({
  title: text(200),
  meeting: z.object({ title: text(200), date: text(10) }).nullable(),
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)).max(60),
  period: z.object({ from: text(10), to: text(10) }),
  sections: z.object(
    Object.fromEntries(SECTION_IDS.map((id) => [id, text(20_000)])) as Record<
      (typeof SECTION_IDS)[number],
      z.ZodString
    >,
  ),
  statistics: statisticsSchema,
  evidence: z
    .array(
      z.object({
        excerpt: text(2_000),
        source: z.object({
          country: text(2),
          adminArea: text(200).nullable(),
          observedAt: text(10),
        }),
      }),
    )
    .max(200),
  level: z.object({
    place: z.enum(["adminArea", "country"]),
    time: z.enum(["month", "quarter", "year"]),
  }),
}) satisfies z.ZodType<MeetingInputDocument>;

export const EXPORT_FORMATS = ["docx", "pdf", "markdown"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const meetingInputChannels = {
  "meetings.exportInput": {
    args: z.object({
      document: meetingInputDocumentSchema,
      format: z.enum(EXPORT_FORMATS),
      language: languageSchema,
    }),
    result: fileSchema,
  },
} as const;
