import { Group, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Meeting } from "../../../shared/domain/meeting";
import {
  PLACE_LEVELS,
  TIME_LEVELS,
  type MeetingInputRecord,
} from "../../../shared/domain/meeting-input-record";
import { CountryPicker } from "../../components/CountryPicker";
import type { RecordRow } from "../../db/record-reads";

interface ScopeFieldsProps {
  input: MeetingInputRecord;
  edit: <K extends keyof MeetingInputRecord>(
    field: K,
    value: MeetingInputRecord[K],
  ) => void;
  meetings: readonly RecordRow<Meeting>[];
  /** Regional staff compose for their own countries only; hub staff for any. */
  allowedCountries: readonly string[] | null;
}

/** What the input is for: its title, meeting, countries or theme, period and citation level. */
export function ScopeFields({
  input,
  edit,
  meetings,
  allowedCountries,
}: ScopeFieldsProps) {
  const { t } = useTranslation();
  const outside =
    allowedCountries === null
      ? []
      : input.countries.filter((code) => !allowedCountries.includes(code));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <TextInput
        id="input-title"
        label={t("composer.title")}
        value={input.title}
        required
        onChange={(event) => {
          edit("title", event.currentTarget.value);
        }}
      />
      <Select
        label={t("composer.meeting")}
        placeholder={t("composer.noMeeting")}
        clearable
        data={meetings.map((meeting) => ({
          value: meeting.id,
          label: `${meeting.values.title ?? ""} · ${meeting.values.date ?? ""}`,
        }))}
        value={input.meetingId}
        onChange={(id) => {
          edit("meetingId", id);
        }}
        comboboxProps={{ withinPortal: true }}
      />
      {input.kind === "country" ? (
        <CountryPicker
          multiple
          label={t("composer.countries")}
          value={input.countries}
          onChange={(countries) => {
            edit("countries", countries as MeetingInputRecord["countries"]);
          }}
          error={
            outside.length > 0
              ? t("composer.notYourCountries", {
                  countries: outside.join(", "),
                })
              : undefined
          }
        />
      ) : (
        <TextInput
          label={t("composer.theme")}
          value={input.theme}
          onChange={(event) => {
            edit("theme", event.currentTarget.value);
          }}
        />
      )}
      <Group grow>
        <TextInput
          type="date"
          label={t("composer.from")}
          value={input.from}
          onChange={(event) => {
            edit("from", event.currentTarget.value);
          }}
        />
        <TextInput
          type="date"
          label={t("composer.to")}
          value={input.to}
          error={
            input.to < input.from ? t("validation.period.order") : undefined
          }
          onChange={(event) => {
            edit("to", event.currentTarget.value);
          }}
        />
      </Group>
      <Select
        label={t("composer.placeLevel")}
        description={t("composer.levelHelp")}
        data={PLACE_LEVELS.map((value) => ({
          value,
          label: t(`composer.place.${value}`),
        }))}
        value={input.placeLevel}
        allowDeselect={false}
        onChange={(value) => {
          const level = PLACE_LEVELS.find((known) => known === value);
          if (level) edit("placeLevel", level);
        }}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t("composer.timeLevel")}
        data={TIME_LEVELS.map((value) => ({
          value,
          label: t(`composer.time.${value}`),
        }))}
        value={input.timeLevel}
        allowDeselect={false}
        onChange={(value) => {
          const level = TIME_LEVELS.find((known) => known === value);
          if (level) edit("timeLevel", level);
        }}
        comboboxProps={{ withinPortal: true }}
      />
    </SimpleGrid>
  );
}
