import {
  MultiSelect,
  Select,
  SimpleGrid,
  Text,
  TextInput,
  Textarea,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import {
  CONTRIBUTION_SECTIONS,
  contributionSchema,
  contributionStream,
  type Contribution,
} from "../../../shared/domain/contribution";
import { countryCodesOf } from "../../../shared/domain/countries";
import type { Meeting } from "../../../shared/domain/meeting";
import { countryNames } from "../../app/country-names";
import type { RecordRow } from "../../db/record-reads";
import type { ObservationSummaryRow } from "../../db/rows";
import { MeetingSelect } from "../meetings/MeetingSelect";
import {
  foldedFilter,
  OptionSelect,
  useErrorText,
} from "../meetings/record-fields";
import { RecordFormFrame } from "../meetings/RecordFormFrame";
import { formatIsoDate } from "../meetings/record-values";
import { useRecordForm } from "../meetings/use-record-form";
import { useRecordWrites } from "../meetings/use-records";
import { THEME } from "./contribution-values";

interface ContributionFormProps {
  id: string;
  initial: Contribution;
  isNew: boolean;
  /** The partner's countries. */
  countries: readonly string[];
  /** The meetings it may be for (upcoming, and the one it names). */
  meetings: readonly RecordRow<Meeting>[];
  /** The partner's observations on this device, newest first. */
  observations: readonly ObservationSummaryRow[];
  onClose: () => void;
}

/** One section of a partner's input to a meeting, about a country or a theme. */
export function ContributionForm({
  id,
  initial,
  isNew,
  countries,
  meetings,
  observations,
  onClose,
}: ContributionFormProps) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { save } = useRecordWrites();
  const form = useRecordForm(contributionSchema, initial);
  const { values, set, setValues } = form;
  const submit = async () => {
    const written = await form.submit((contribution) =>
      save({
        entity: "contribution",
        id,
        values: contribution,
        streamOf: contributionStream,
      }),
    );
    if (written) onClose();
  };
  const known = new Set(observations.map((row) => row.id));
  const observationData = [
    ...observations.map((row) => ({
      value: row.id,
      label: t("contributions.observationLabel", {
        title: row.title || t("observations.untitled"),
        date: formatIsoDate(row.observedAt, i18n.language),
      }),
    })),
    ...values.observationIds
      .filter((observationId) => !known.has(observationId))
      .map((observationId) => ({
        value: observationId,
        label: t("contributions.observationGone"),
      })),
  ];
  // The scope's problem ("choose a country or write the theme") belongs to the field shown.
  const scopeError = errorText(form.errors.theme);

  return (
    <RecordFormFrame
      title={isNew ? t("contributions.newTitle") : t("contributions.editTitle")}
      onSubmit={submit}
      onCancel={onClose}
      invalid={Object.keys(form.errors).length > 0}
      failed={form.failed}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t("contributions.fields.scope")}
          data={[
            ...countries.map((code) => ({
              value: code,
              label: countryNames([code], i18n.language),
            })),
            { value: THEME, label: t("contributions.aTheme") },
          ]}
          value={values.country ?? THEME}
          onChange={(scope) => {
            setValues((current) => ({
              ...current,
              country: countryCodesOf(scope === null ? [] : [scope])[0] ?? null,
              theme: scope === THEME ? current.theme : "",
            }));
          }}
          error={values.country === null ? undefined : scopeError}
          required
          allowDeselect={false}
          autoFocus
          comboboxProps={{ withinPortal: true }}
        />
        {values.country === null && (
          <TextInput
            label={t("contributions.fields.theme")}
            description={t("contributions.themeHelp")}
            value={values.theme}
            onChange={(event) => {
              set("theme")(event.currentTarget.value);
            }}
            error={scopeError}
            required
          />
        )}
      </SimpleGrid>
      {meetings.length > 0 ? (
        <MeetingSelect
          label={t("contributions.fields.meeting")}
          description={t("contributions.meetingHelp")}
          placeholder={t("contributions.nextMeeting")}
          meetings={meetings}
          value={values.meetingId}
          onChange={set("meetingId")}
        />
      ) : (
        <Text size="sm" c="dimmed">
          {t("contributions.noMeetingKnown")}
        </Text>
      )}
      <OptionSelect
        label={t("contributions.fields.section")}
        options={CONTRIBUTION_SECTIONS}
        labels="meetingInput.sections"
        value={values.section}
        onChange={set("section")}
      />
      <Textarea
        label={t("contributions.fields.text")}
        description={t(`contributions.sectionHelp.${values.section}`)}
        value={values.text}
        onChange={(event) => {
          set("text")(event.currentTarget.value);
        }}
        error={errorText(form.errors.text)}
        required
        autosize
        minRows={6}
        maxRows={20}
      />
      <MultiSelect
        label={t("contributions.fields.observations")}
        description={
          observations.length === 0
            ? t("contributions.noObservations")
            : t("contributions.observationsHelp")
        }
        data={observationData}
        value={values.observationIds}
        onChange={set("observationIds")}
        error={errorText(form.errors.observationIds)}
        searchable
        filter={foldedFilter}
        clearable
        hidePickedOptions
        limit={100}
        maxValues={50}
        disabled={observationData.length === 0}
        nothingFoundMessage={t("contributions.noObservationMatches")}
        comboboxProps={{ withinPortal: true }}
      />
    </RecordFormFrame>
  );
}
