import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  INTERVIEW_NOTE_STREAM,
  interviewNoteSchema,
  type InterviewNote,
} from "../../../shared/domain/interview-note";
import { meetingSchema, type Meeting } from "../../../shared/domain/meeting";
import { Section } from "../../components/Section";
import { localToday } from "../../app/local-today";
import { useMeetingLabel } from "../meetings/MeetingSelect";
import { RecordTable } from "../meetings/RecordTable";
import { firstLine, formatIsoDate } from "../meetings/record-values";
import { useOpenRecord } from "../meetings/use-open-record";
import { useRecords, useRecordWrites } from "../meetings/use-records";
import { InterviewNoteForm } from "./InterviewNoteForm";

/**
 * Hub staff's notes of informal interviews with UN bodies and organisations, kept among hub
 * staff; each interviewee is a name an export is checked against.
 */
export function InterviewNotesPanel() {
  const { t, i18n } = useTranslation();
  const notes = useRecords<InterviewNote>("interviewNote", interviewNoteSchema);
  const meetings = useRecords<Meeting>("meeting", meetingSchema);
  const { remove } = useRecordWrites();
  const meetingLabel = useMeetingLabel();
  const { openId, returned, create, open, close } = useOpenRecord();
  const [today] = useState(() => localToday(new Date()));
  if (notes === undefined || meetings === undefined) return null;
  const rows = [...notes].sort((a, b) =>
    (b.values.date ?? "").localeCompare(a.values.date ?? ""),
  );
  const meetingsByDate = [...meetings].sort((a, b) =>
    (b.values.date ?? "").localeCompare(a.values.date ?? ""),
  );
  const opened = rows.find((row) => row.id === openId);

  return (
    <Section title={t("interviews.title")} help={t("interviews.help")}>
      {openId !== null ? (
        <InterviewNoteForm
          key={openId}
          id={openId}
          initial={{
            interviewee: "",
            date: today,
            notes: "",
            meetingId: null,
            ...opened?.values,
          }}
          isNew={opened === undefined}
          meetings={meetingsByDate}
          onClose={close}
        />
      ) : (
        <RecordTable
          label={t("interviews.title")}
          rows={rows}
          name={{
            header: t("interviews.fields.interviewee"),
            text: (row) => row.values.interviewee ?? "",
          }}
          columns={[
            {
              header: t("interviews.fields.date"),
              cell: (row) =>
                row.values.date &&
                formatIsoDate(row.values.date, i18n.language),
            },
            {
              header: t("interviews.fields.meeting"),
              cell: ({ values: { meetingId } }) =>
                meetingId &&
                meetingLabel(
                  meetings.find((meeting) => meeting.id === meetingId)?.values,
                ),
            },
            {
              header: t("interviews.fields.notes"),
              cell: (row) => firstLine(row.values.notes ?? ""),
            },
          ]}
          empty={t("interviews.none")}
          onOpen={open}
          create={{ label: t("interviews.new"), run: create, focus: returned }}
          remove={{
            title: t("interviews.deleteTitle"),
            text: () => t("interviews.deleteText"),
            run: (row) =>
              remove("interviewNote", row.id, () => INTERVIEW_NOTE_STREAM),
          }}
        />
      )}
    </Section>
  );
}
