import { Badge, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  FOLLOW_UP_STATUSES,
  outcomeSchema,
  type Outcome,
} from "../../../shared/domain/meeting";
import type { RecordColumn } from "./RecordTable";
import { firstLine, formatIsoDate } from "./record-values";
import { useRecordWrites } from "./use-records";

/** An outcome as its lists show it, with the stream a change of it is written to. */
export interface OutcomeLine {
  id: string;
  outcome: Outcome;
  conflicts: string[];
  stream: string;
  overdue: boolean;
}

/** The follow-up status, changeable in place by hub staff (a labelled select per row). */
function FollowUpStatus({
  line,
  editable,
}: {
  line: OutcomeLine;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { save } = useRecordWrites();
  const [problem, setProblem] = useState<"invalid" | "failed" | null>(null);
  const label = (status: string) => t(`followUp.statuses.${status}`);
  if (!editable) return <Text size="sm">{label(line.outcome.followUp)}</Text>;
  const change = async (followUp: string | null) => {
    const parsed = outcomeSchema.safeParse({ ...line.outcome, followUp });
    if (!parsed.success) {
      setProblem("invalid");
      return;
    }
    try {
      await save({
        entity: "outcome",
        id: line.id,
        values: parsed.data,
        streamOf: () => line.stream,
      });
      setProblem(null);
    } catch {
      setProblem("failed");
    }
  };
  return (
    <Select
      aria-label={t("followUp.statusOf", {
        name: firstLine(line.outcome.text, 60),
      })}
      size="xs"
      w={150}
      data={FOLLOW_UP_STATUSES.map((status) => ({
        value: status,
        label: label(status),
      }))}
      value={line.outcome.followUp}
      onChange={(status) => void change(status)}
      allowDeselect={false}
      error={
        problem === "invalid"
          ? t("followUp.fixFirst")
          : problem === "failed"
            ? t("meetings.records.writeFailed")
            : undefined
      }
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** The columns the outcomes of a meeting and the follow-up across meetings both show. */
export function useOutcomeColumns() {
  const { t, i18n } = useTranslation();
  return {
    addressee: {
      header: t("meetings.outcomes.fields.addressee"),
      cell: ({ outcome }) =>
        t(`meetings.outcomes.addressees.${outcome.addressee}`),
    } satisfies RecordColumn<OutcomeLine>,
    owner: {
      header: t("meetings.outcomes.fields.owner"),
      cell: ({ outcome }) => outcome.owner,
    } satisfies RecordColumn<OutcomeLine>,
    dueDate: {
      header: t("meetings.outcomes.fields.dueDate"),
      cell: ({ outcome, overdue }) => (
        <Stack gap={4} align="flex-start">
          <Text size="sm" style={{ whiteSpace: "nowrap" }}>
            {outcome.dueDate === null
              ? t("meetings.outcomes.noDueDate")
              : formatIsoDate(outcome.dueDate, i18n.language)}
          </Text>
          {overdue && (
            <Badge color="red" miw="max-content">
              {t("followUp.overdue")}
            </Badge>
          )}
        </Stack>
      ),
    } satisfies RecordColumn<OutcomeLine>,
    followUp: (editable: boolean): RecordColumn<OutcomeLine> => ({
      header: t("meetings.outcomes.fields.followUp"),
      cell: (line) => <FollowUpStatus line={line} editable={editable} />,
    }),
  };
}
