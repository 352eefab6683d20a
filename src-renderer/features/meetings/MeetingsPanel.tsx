import { Button, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  meetingSchema,
  meetingStream,
  outcomeSchema,
  type Meeting,
  type Outcome,
} from "../../../shared/domain/meeting";
import type { Role } from "../../../shared/domain/roles";
import { countryNames } from "../../app/country-names";
import { MeetingForm } from "./MeetingForm";
import { seriesNames } from "./meeting-values";
import { OutcomesPanel } from "./OutcomesPanel";
import { RecordTable } from "./RecordTable";
import { formatIsoDate } from "./record-values";
import { useOpenRecord } from "./use-open-record";
import { useRecords, useRecordWrites } from "./use-records";
import { useMeetingSharing } from "./use-meeting-sharing";

/**
 * The meetings this device holds, newest first; one opens in its form with its outcomes below.
 * Hub staff deleting a meeting delete its outcomes with it.
 */
export function MeetingsPanel({
  role,
  countries,
}: {
  role: Role;
  countries: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const meetings = useRecords<Meeting>("meeting", meetingSchema);
  const outcomes = useRecords<Outcome>("outcome", outcomeSchema);
  const { remove } = useRecordWrites();
  const sharing = useMeetingSharing(role);
  const { openId, returned, create, open, close } = useOpenRecord();
  if (meetings === undefined) return null;
  const rows = [...meetings].sort((a, b) =>
    (b.values.date ?? "").localeCompare(a.values.date ?? ""),
  );
  const outcomesOf = (id: string) =>
    (outcomes ?? []).filter((row) => row.values.meetingId === id);

  if (openId !== null) {
    const row = rows.find((meeting) => meeting.id === openId);
    return (
      <Stack gap="lg">
        <Button
          variant="subtle"
          style={{ alignSelf: "flex-start" }}
          onClick={close}
        >
          {t("meetings.back")}
        </Button>
        <MeetingForm
          key={openId}
          id={openId}
          row={row}
          role={role}
          countries={countries}
          series={seriesNames(rows)}
          onClose={close}
        />
        {row && <OutcomesPanel meeting={row} role={role} />}
      </Stack>
    );
  }

  const deleteMeeting = async (id: string, values: Partial<Meeting>) => {
    if (role === "hub")
      for (const outcome of outcomesOf(id))
        await remove("outcome", outcome.id, () => meetingStream(values));
    await remove("meeting", id, meetingStream);
    await sharing.withdraw(id, values);
  };

  return (
    <RecordTable
      label={t("meetings.title")}
      rows={rows}
      name={{
        header: t("meetings.fields.title"),
        text: (row) => row.values.title ?? "",
      }}
      columns={[
        {
          header: t("meetings.fields.kind"),
          cell: (row) =>
            row.values.kind && t(`meetings.kinds.${row.values.kind}`),
        },
        {
          header: t("meetings.fields.countries"),
          cell: (row) =>
            countryNames(row.values.countries ?? [], i18n.language),
        },
        {
          header: t("meetings.fields.date"),
          cell: (row) =>
            row.values.date && formatIsoDate(row.values.date, i18n.language),
        },
        {
          header: t("meetings.fields.status"),
          cell: (row) =>
            row.values.status && t(`meetings.statuses.${row.values.status}`),
        },
        {
          header: t("meetings.fields.series"),
          cell: (row) => row.values.series,
        },
      ]}
      empty={t("meetings.none")}
      onOpen={open}
      create={{ label: t("meetings.new"), run: create, focus: returned }}
      remove={{
        title: t("meetings.deleteTitle"),
        text: (row) =>
          outcomesOf(row.id).length === 0
            ? t("meetings.deleteText")
            : role === "hub"
              ? t("meetings.deleteWithOutcomes", {
                  count: outcomesOf(row.id).length,
                })
              : t("meetings.deleteKeepsOutcomes", {
                  count: outcomesOf(row.id).length,
                }),
        run: (row) => deleteMeeting(row.id, row.values),
      }}
    />
  );
}
