import { z } from "zod";
import { isoDateSchema, shortText } from "./observation";

/**
 * Hub staff's notes of an informal interview with a UN body or an organisation (issue 8). They
 * feed discussion papers that never attribute a view: the interviewee is a name to protect,
 * and the notes travel only in the `hub` stream.
 */
export const interviewNoteSchema = z.object({
  interviewee: shortText(200).min(1, "text.empty"),
  date: isoDateSchema,
  notes: shortText(20_000).min(1, "text.empty"),
  meetingId: z.string().max(64).nullable(),
});
export type InterviewNote = z.infer<typeof interviewNoteSchema>;

export const INTERVIEW_NOTE_STREAM = "hub";
