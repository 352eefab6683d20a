import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Meeting } from "../../../shared/domain/meeting";
import { foldedFilter } from "./record-fields";
import { formatIsoDate } from "./record-values";

/** A meeting named as people tell meetings apart: its title and date. */
export function useMeetingLabel() {
  const { t, i18n } = useTranslation();
  return (meeting: Partial<Pick<Meeting, "title" | "date">> | undefined) =>
    meeting?.title === undefined
      ? t("meetings.unknown")
      : meeting.date === undefined
        ? meeting.title
        : t("meetings.titleOn", {
            title: meeting.title,
            date: formatIsoDate(meeting.date, i18n.language),
          });
}

/** An optional choice of one of the meetings given (searchable by title). */
export function MeetingSelect({
  label,
  description,
  placeholder,
  meetings,
  value,
  onChange,
}: {
  label: string;
  description?: string;
  placeholder: string;
  meetings: readonly { id: string; values: Partial<Meeting> }[];
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const meetingLabel = useMeetingLabel();
  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder}
      data={meetings.map((row) => ({
        value: row.id,
        label: meetingLabel(row.values),
      }))}
      value={value}
      onChange={onChange}
      clearable
      searchable
      filter={foldedFilter}
      nothingFoundMessage={t("meetings.noneMatch")}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
