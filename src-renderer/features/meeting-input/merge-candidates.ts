import type { Contribution } from "../../../shared/domain/contribution";
import type { InterviewNote } from "../../../shared/domain/interview-note";
import type { MeetingInputRecord } from "../../../shared/domain/meeting-input-record";
import type { SectionId } from "../../../shared/meeting-input/document";
import type { RecordRow } from "../../db/record-reads";

/** A text that can be merged into a section, with nothing about who wrote it. */
export interface MergeCandidate {
  id: string;
  text: string;
  /** Already in the section, word for word. */
  merged: boolean;
}

/**
 * The field contributions for a section of this input: those for its meeting, its countries,
 * or (a thematic input) any thematic one. Their authors are never part of what is offered.
 */
export function contributionCandidates(
  input: MeetingInputRecord,
  section: SectionId,
  contributions: readonly RecordRow<Contribution>[],
): MergeCandidate[] {
  return contributions
    .filter(({ values }) => {
      if (values.section !== section || !values.text) return false;
      if (input.meetingId !== null && values.meetingId === input.meetingId)
        return true;
      return values.country
        ? input.countries.includes(values.country)
        : input.kind !== "country";
    })
    .map(({ id, values }) =>
      mergeCandidate(id, values.text ?? "", input[section]),
    );
}

/** Interview notes for a discussion paper: those of its meeting, or of its period. */
export function interviewCandidates(
  input: MeetingInputRecord,
  section: SectionId,
  notes: readonly RecordRow<InterviewNote>[],
): MergeCandidate[] {
  return notes
    .filter(({ values }) =>
      input.meetingId !== null && values.meetingId === input.meetingId
        ? true
        : values.date !== undefined &&
          values.date >= input.from &&
          values.date <= input.to,
    )
    .map(({ id, values }) =>
      mergeCandidate(id, values.notes ?? "", input[section]),
    );
}

const mergeCandidate = (
  id: string,
  text: string,
  section: string,
): MergeCandidate => ({
  id,
  text: text.trim(),
  merged: text.trim() !== "" && section.includes(text.trim()),
});
