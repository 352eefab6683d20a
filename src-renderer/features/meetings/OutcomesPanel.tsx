import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  meetingStream,
  outcomeSchema,
  type Meeting,
  type Outcome,
} from "../../../shared/domain/meeting";
import type { Role } from "../../../shared/domain/roles";
import { Section } from "../../components/Section";
import { localToday } from "../../app/local-today";
import type { RecordRow } from "../../db/record-reads";
import { blankOutcome, isOverdue } from "./meeting-values";
import { useOutcomeColumns, type OutcomeLine } from "./outcome-columns";
import { OutcomeForm } from "./OutcomeForm";
import { RecordTable } from "./RecordTable";
import { firstLine } from "./record-values";
import { useOpenRecord } from "./use-open-record";
import { useRecords, useRecordWrites } from "./use-records";

/**
 * A meeting's recommendations and conclusions: hub staff add, edit and follow them up; regional
 * staff read them. They live in the meeting's stream.
 */
export function OutcomesPanel({
  meeting,
  role,
}: {
  meeting: RecordRow<Meeting>;
  role: Role;
}) {
  const { t } = useTranslation();
  const rows = useRecords<Outcome>("outcome", outcomeSchema);
  const { remove } = useRecordWrites();
  const columns = useOutcomeColumns();
  const [today] = useState(() => localToday(new Date()));
  const { openId, returned, create, open, close } = useOpenRecord();
  const editable = role === "hub";
  const stream = meetingStream(meeting.values);
  const lines: OutcomeLine[] = (rows ?? [])
    .filter((row) => row.values.meetingId === meeting.id)
    .map((row) => {
      const outcome = { ...blankOutcome(meeting.id), ...row.values };
      return {
        id: row.id,
        outcome,
        conflicts: row.conflicts,
        stream,
        overdue: isOverdue(outcome, today),
      };
    });
  const opened = lines.find((line) => line.id === openId);

  return (
    <Section
      title={t("meetings.outcomes.title")}
      help={
        editable
          ? t("meetings.outcomes.helpHub")
          : t("meetings.outcomes.helpRegional")
      }
    >
      {editable && openId !== null ? (
        <OutcomeForm
          key={openId}
          id={openId}
          initial={opened?.outcome ?? blankOutcome(meeting.id)}
          isNew={opened === undefined}
          stream={stream}
          onClose={close}
        />
      ) : (
        <RecordTable<OutcomeLine>
          label={t("meetings.outcomes.title")}
          rows={lines}
          name={{
            header: t("meetings.outcomes.fields.text"),
            text: (line) => firstLine(line.outcome.text),
          }}
          columns={[
            {
              header: t("meetings.outcomes.fields.kind"),
              cell: (line) => t(`meetings.outcomes.kinds.${line.outcome.kind}`),
            },
            columns.addressee,
            columns.owner,
            columns.dueDate,
            columns.followUp(editable),
          ]}
          empty={t("meetings.outcomes.none")}
          {...(editable
            ? {
                onOpen: open,
                create: {
                  label: t("meetings.outcomes.add"),
                  run: create,
                  focus: returned,
                },
                remove: {
                  title: t("meetings.outcomes.deleteTitle"),
                  text: () => t("meetings.outcomes.deleteText"),
                  run: (line) => remove("outcome", line.id, () => line.stream),
                },
              }
            : {})}
        />
      )}
    </Section>
  );
}
