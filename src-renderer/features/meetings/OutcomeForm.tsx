import { SimpleGrid, TextInput, Textarea } from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  ADDRESSEES,
  FOLLOW_UP_STATUSES,
  OUTCOME_KINDS,
  outcomeSchema,
  type Outcome,
} from "../../../shared/domain/meeting";
import { DateField, OptionSelect, useErrorText } from "./record-fields";
import { RecordFormFrame } from "./RecordFormFrame";
import { useRecordForm } from "./use-record-form";
import { useRecordWrites } from "./use-records";

/** A recommendation or conclusion of a meeting, written in the meeting's stream (hub staff). */
export function OutcomeForm({
  id,
  initial,
  isNew,
  stream,
  onClose,
}: {
  id: string;
  initial: Outcome;
  isNew: boolean;
  stream: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { save } = useRecordWrites();
  const form = useRecordForm(outcomeSchema, initial);
  const { values, set } = form;
  const submit = async () => {
    const written = await form.submit((outcome) =>
      save({ entity: "outcome", id, values: outcome, streamOf: () => stream }),
    );
    if (written) onClose();
  };
  const choice = <V extends string>(
    field: "kind" | "addressee" | "followUp",
    options: readonly V[],
    labels: string,
  ) => ({ label: t(`meetings.outcomes.fields.${field}`), options, labels });

  return (
    <RecordFormFrame
      title={
        isNew
          ? t("meetings.outcomes.newTitle")
          : t("meetings.outcomes.editTitle")
      }
      onSubmit={submit}
      onCancel={onClose}
      invalid={Object.keys(form.errors).length > 0}
      failed={form.failed}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <OptionSelect
          {...choice("kind", OUTCOME_KINDS, "meetings.outcomes.kinds")}
          value={values.kind}
          onChange={set("kind")}
        />
        <OptionSelect
          {...choice("addressee", ADDRESSEES, "meetings.outcomes.addressees")}
          value={values.addressee}
          onChange={set("addressee")}
        />
      </SimpleGrid>
      <Textarea
        label={t("meetings.outcomes.fields.text")}
        value={values.text}
        onChange={(event) => {
          set("text")(event.currentTarget.value);
        }}
        error={errorText(form.errors.text)}
        required
        autoFocus
        autosize
        minRows={3}
        maxRows={10}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput
          label={t("meetings.outcomes.fields.owner")}
          description={t("meetings.outcomes.ownerHelp")}
          value={values.owner}
          onChange={(event) => {
            set("owner")(event.currentTarget.value);
          }}
          error={errorText(form.errors.owner)}
        />
        <DateField
          label={t("meetings.outcomes.fields.dueDate")}
          value={values.dueDate}
          onChange={set("dueDate")}
          error={errorText(form.errors.dueDate)}
        />
        <OptionSelect
          {...choice("followUp", FOLLOW_UP_STATUSES, "followUp.statuses")}
          value={values.followUp}
          onChange={set("followUp")}
        />
      </SimpleGrid>
    </RecordFormFrame>
  );
}
