import { Autocomplete, SimpleGrid, TextInput, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  MEETING_KINDS,
  MEETING_STATUSES,
  meetingSchema,
  meetingStream,
  type Meeting,
} from "../../../shared/domain/meeting";
import { countryCodesOf } from "../../../shared/domain/countries";
import type { Role } from "../../../shared/domain/roles";
import { countryNames } from "../../app/country-names";
import { CountryPicker } from "../../components/CountryPicker";
import type { RecordRow } from "../../db/record-reads";
import { BLANK_MEETING, countriesOutside } from "./meeting-values";
import { DateField, OptionSelect, useErrorText } from "./record-fields";
import { RecordFormFrame } from "./RecordFormFrame";
import { useRecordForm } from "./use-record-form";
import { useRecordWrites } from "./use-records";
import { useMeetingSharing } from "./use-meeting-sharing";

interface MeetingFormProps {
  id: string;
  /** The meeting as stored; undefined for a new one. */
  row: RecordRow<Meeting> | undefined;
  role: Role;
  /** The countries a regional staff member covers. */
  countries: readonly string[];
  /** Series names other meetings use, offered as the series is typed. */
  series: string[];
  onClose: () => void;
}

/** A meeting's fields; it stays open after a save so its outcomes can be added below. */
export function MeetingForm({
  id,
  row,
  role,
  countries,
  series,
  onClose,
}: MeetingFormProps) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { save } = useRecordWrites();
  const sharing = useMeetingSharing(role);
  const form = useRecordForm(meetingSchema, {
    ...BLANK_MEETING,
    ...row?.values,
  });
  const [saved, setSaved] = useState(false);
  const { values, set } = form;
  const outside =
    role === "regional"
      ? countriesOutside(
          values.countries,
          countries,
          row?.values.countries ?? [],
        )
      : [];

  const submit = async () => {
    setSaved(false);
    if (outside.length > 0) return;
    const written = await form.submit(async (meeting) => {
      const values = {
        ...meeting,
        countries: meeting.kind === "country" ? meeting.countries : [],
      };
      await save({ entity: "meeting", id, values, streamOf: meetingStream });
      await sharing.share(id, values);
    });
    setSaved(written);
  };

  return (
    <RecordFormFrame
      title={row ? t("meetings.form.editTitle") : t("meetings.form.newTitle")}
      onSubmit={submit}
      onCancel={onClose}
      invalid={Object.keys(form.errors).length > 0 || outside.length > 0}
      failed={form.failed}
      notice={saved ? t("meetings.records.saved") : null}
    >
      <TextInput
        label={t("meetings.fields.title")}
        value={values.title}
        onChange={(event) => {
          set("title")(event.currentTarget.value);
        }}
        error={errorText(form.errors.title)}
        required
        autoFocus
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <OptionSelect
          label={t("meetings.fields.kind")}
          options={MEETING_KINDS}
          labels="meetings.kinds"
          value={values.kind}
          onChange={set("kind")}
        />
        <DateField
          label={t("meetings.fields.date")}
          value={values.date}
          onChange={(date) => {
            set("date")(date ?? "");
          }}
          error={errorText(form.errors.date)}
          required
        />
        <OptionSelect
          label={t("meetings.fields.status")}
          options={MEETING_STATUSES}
          labels="meetings.statuses"
          value={values.status}
          onChange={set("status")}
        />
      </SimpleGrid>
      {values.kind === "country" && (
        <CountryPicker
          multiple
          label={t("meetings.fields.countries")}
          value={values.countries}
          onChange={(codes) => {
            set("countries")(countryCodesOf(codes));
          }}
          error={
            outside.length > 0
              ? t("meetings.form.notYourCountries", {
                  count: outside.length,
                  countries: countryNames(outside, i18n.language),
                  yours: countryNames(countries, i18n.language),
                })
              : errorText(form.errors.countries)
          }
        />
      )}
      <Autocomplete
        label={t("meetings.fields.series")}
        description={t("meetings.form.seriesHelp")}
        data={series}
        value={values.series ?? ""}
        onChange={(text) => {
          set("series")(text === "" ? null : text);
        }}
        error={errorText(form.errors.series)}
        comboboxProps={{ withinPortal: true }}
      />
      <Textarea
        label={t("meetings.fields.notes")}
        value={values.notes}
        onChange={(event) => {
          set("notes")(event.currentTarget.value);
        }}
        error={errorText(form.errors.notes)}
        autosize
        minRows={3}
        maxRows={12}
      />
    </RecordFormFrame>
  );
}
