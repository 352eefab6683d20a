import { Stack, Text, Title } from "@mantine/core";
import { useLiveQuery } from "dexie-react-hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  contributionSchema,
  contributionStream,
  type Contribution,
} from "../../../shared/domain/contribution";
import { meetingSchema, type Meeting } from "../../../shared/domain/meeting";
import { useDesk } from "../../app/desk-context";
import { countryNames } from "../../app/country-names";
import { observationSummaries } from "../../db/observation-reads";
import { localToday } from "../../app/local-today";
import { useMeetingLabel } from "../meetings/MeetingSelect";
import { RecordTable } from "../meetings/RecordTable";
import { firstLine, formatHlcDay } from "../meetings/record-values";
import { useOpenRecord } from "../meetings/use-open-record";
import { useRecords, useRecordWrites } from "../meetings/use-records";
import { ContributionForm } from "./ContributionForm";
import { blankContribution, meetingChoices } from "./contribution-values";

/**
 * A field partner's contributions to the dialogue meetings, written offline section by section
 * and sent with their next sync like their observations.
 */
export function ContributionsPage({
  countries,
}: {
  /** The partner's countries (roleChoice.countries). */
  countries: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const { db } = useDesk();
  const contributions = useRecords<Contribution>(
    "contribution",
    contributionSchema,
  );
  const meetings = useRecords<Meeting>("meeting", meetingSchema);
  const observations = useLiveQuery(() => observationSummaries(db), [db]);
  const { remove } = useRecordWrites();
  const meetingLabel = useMeetingLabel();
  const { openId, returned, create, open, close } = useOpenRecord();
  const [today] = useState(() => localToday(new Date()));
  if (
    contributions === undefined ||
    meetings === undefined ||
    observations === undefined
  )
    return null;
  const opened = contributions.find((row) => row.id === openId);
  const initial = { ...blankContribution(countries), ...opened?.values };

  return (
    <Stack gap="md" maw={1100}>
      <Title order={1} size="h2">
        {t("contributions.title")}
      </Title>
      <Text>{t("contributions.intro")}</Text>
      <Text size="sm" c="dimmed">
        {t("contributions.offline")}
      </Text>
      {openId !== null ? (
        <ContributionForm
          key={openId}
          id={openId}
          initial={initial}
          isNew={opened === undefined}
          countries={countries}
          meetings={meetingChoices(meetings, today, initial.meetingId)}
          observations={[...observations].sort((a, b) =>
            b.observedAt.localeCompare(a.observedAt),
          )}
          onClose={close}
        />
      ) : (
        <RecordTable
          label={t("contributions.title")}
          rows={contributions}
          name={{
            header: t("contributions.fields.text"),
            text: (row) => firstLine(row.values.text ?? ""),
          }}
          columns={[
            {
              header: t("contributions.fields.section"),
              cell: (row) =>
                row.values.section &&
                t(`meetingInput.sections.${row.values.section}`),
            },
            {
              header: t("contributions.fields.scope"),
              cell: ({ values: { country, theme } }) =>
                country ? countryNames([country], i18n.language) : theme,
            },
            {
              header: t("contributions.fields.meeting"),
              cell: ({ values: { meetingId } }) =>
                meetingId
                  ? meetingLabel(
                      meetings.find((meeting) => meeting.id === meetingId)
                        ?.values,
                    )
                  : t("contributions.nextMeeting"),
            },
            {
              header: t("contributions.changed"),
              cell: (row) => formatHlcDay(row.updatedHlc, i18n.language),
            },
          ]}
          empty={t("contributions.none")}
          onOpen={open}
          create={{
            label: t("contributions.new"),
            run: create,
            focus: returned,
          }}
          remove={{
            title: t("contributions.deleteTitle"),
            text: () => t("contributions.deleteText"),
            run: (row) => remove("contribution", row.id, contributionStream),
          }}
        />
      )}
    </Stack>
  );
}
