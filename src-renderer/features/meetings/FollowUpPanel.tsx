import { Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  followUpView,
  meetingSchema,
  meetingStream,
  outcomeSchema,
  type Meeting,
  type Outcome,
} from "../../../shared/domain/meeting";
import type { Role } from "../../../shared/domain/roles";
import { localToday } from "../../app/local-today";
import { completeOutcome } from "./meeting-values";
import { useOutcomeColumns } from "./outcome-columns";
import { RecordTable } from "./RecordTable";
import { useMeetingLabel } from "./MeetingSelect";
import { firstLine } from "./record-values";
import { useRecords } from "./use-records";

/**
 * Every recommendation and conclusion still open or in progress, across meetings, overdue ones
 * first; hub staff move them on in place.
 */
export function FollowUpPanel({ role }: { role: Role }) {
  const { t } = useTranslation();
  const meetings = useRecords<Meeting>("meeting", meetingSchema);
  const outcomes = useRecords<Outcome>("outcome", outcomeSchema);
  const columns = useOutcomeColumns();
  const meetingLabel = useMeetingLabel();
  const [today] = useState(() => localToday(new Date()));
  if (meetings === undefined || outcomes === undefined) return null;

  const byId = new Map(meetings.map((row) => [row.id, row.values]));
  const conflicts = new Map(outcomes.map((row) => [row.id, row.conflicts]));
  const complete = outcomes.flatMap((row) => {
    const outcome = completeOutcome(row.values);
    return outcome ? [{ id: row.id, outcome }] : [];
  });
  const titled = new Map(
    meetings.flatMap(({ id, values: { title, date } }) =>
      title !== undefined && date !== undefined ? [[id, { title, date }]] : [],
    ),
  );
  const lines = followUpView(complete, titled, today).map((line) => ({
    ...line,
    conflicts: conflicts.get(line.id) ?? [],
    stream: meetingStream(byId.get(line.outcome.meetingId) ?? {}),
  }));

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {role === "hub" ? t("followUp.helpHub") : t("followUp.helpRegional")}
      </Text>
      <RecordTable
        label={t("followUp.title")}
        rows={lines}
        name={{
          header: t("meetings.outcomes.fields.text"),
          text: (line) => firstLine(line.outcome.text),
        }}
        columns={[
          columns.dueDate,
          {
            header: t("followUp.meeting"),
            cell: ({ meeting }) => meetingLabel(meeting ?? undefined),
          },
          columns.addressee,
          columns.owner,
          columns.followUp(role === "hub"),
        ]}
        empty={t("followUp.none")}
      />
    </Stack>
  );
}
