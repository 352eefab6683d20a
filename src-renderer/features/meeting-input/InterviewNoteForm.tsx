import { SimpleGrid, TextInput, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  INTERVIEW_NOTE_STREAM,
  interviewNoteSchema,
  type InterviewNote,
} from "../../../shared/domain/interview-note";
import type { Meeting } from "../../../shared/domain/meeting";
import type { RecordRow } from "../../db/record-reads";
import { MeetingSelect } from "../meetings/MeetingSelect";
import { DateField, useErrorText } from "../meetings/record-fields";
import { RecordFormFrame } from "../meetings/RecordFormFrame";
import { useRecordForm } from "../meetings/use-record-form";
import { useRecordWrites } from "../meetings/use-records";

/** One interview's notes: who was interviewed, when, for which meeting, what was said. */
export function InterviewNoteForm({
  id,
  initial,
  isNew,
  meetings,
  onClose,
}: {
  id: string;
  initial: InterviewNote;
  isNew: boolean;
  meetings: readonly RecordRow<Meeting>[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { save } = useRecordWrites();
  const form = useRecordForm(interviewNoteSchema, initial);
  const { values, set } = form;
  const submit = async () => {
    const written = await form.submit((note) =>
      save({
        entity: "interviewNote",
        id,
        values: note,
        streamOf: () => INTERVIEW_NOTE_STREAM,
      }),
    );
    if (written) onClose();
  };

  return (
    <RecordFormFrame
      title={isNew ? t("interviews.newTitle") : t("interviews.editTitle")}
      onSubmit={submit}
      onCancel={onClose}
      invalid={Object.keys(form.errors).length > 0}
      failed={form.failed}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t("interviews.fields.interviewee")}
          description={t("interviews.intervieweeHelp")}
          value={values.interviewee}
          onChange={(event) => {
            set("interviewee")(event.currentTarget.value);
          }}
          error={errorText(form.errors.interviewee)}
          required
          autoFocus
        />
        <DateField
          label={t("interviews.fields.date")}
          value={values.date}
          onChange={(date) => {
            set("date")(date ?? "");
          }}
          error={errorText(form.errors.date)}
          required
        />
      </SimpleGrid>
      <MeetingSelect
        label={t("interviews.fields.meeting")}
        placeholder={t("interviews.noMeeting")}
        meetings={meetings}
        value={values.meetingId}
        onChange={set("meetingId")}
      />
      <Textarea
        label={t("interviews.fields.notes")}
        value={values.notes}
        onChange={(event) => {
          set("notes")(event.currentTarget.value);
        }}
        error={errorText(form.errors.notes)}
        required
        autosize
        minRows={6}
        maxRows={20}
      />
    </RecordFormFrame>
  );
}
