import { Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  MEETING_INPUT_KINDS,
  meetingInputSchema,
  meetingInputStream,
  type MeetingInputRecord,
} from "../../../shared/domain/meeting-input-record";
import type { Role } from "../../../shared/domain/roles";
import type { Profile } from "../../../shared/domain/settings";
import { countryNames } from "../../app/country-names";
import { localToday } from "../../app/local-today";
import { useRecords, useRecordWrites } from "../meetings/use-records";
import { newInput } from "./compose-document";
import { InputEditor } from "./InputEditor";

interface ComposerPanelProps {
  role: Role;
  countries: MeetingInputRecord["countries"];
  profile: Profile;
}

const today = () => localToday(new Date());

/** The meeting inputs of this install (and those colleagues sent), and the one open. */
export function ComposerPanel({
  role,
  countries,
  profile,
}: ComposerPanelProps) {
  const { t, i18n } = useTranslation();
  const rows = useRecords<MeetingInputRecord>(
    "meetingInput",
    meetingInputSchema,
  );
  const writes = useRecordWrites();
  const [openId, setOpenId] = useState<string | null>(null);
  const kinds = MEETING_INPUT_KINDS.filter(
    (kind) => role === "hub" || kind !== "discussion",
  );
  const create = async (kind: MeetingInputRecord["kind"]) => {
    const id = crypto.randomUUID();
    const values = newInput(kind, countries, today());
    values.title = t(`composer.newTitle.${kind}`, {
      countries: countryNames(values.countries, i18n.language),
    });
    await writes.save({
      entity: "meetingInput",
      id,
      values: values,
      streamOf: meetingInputStream,
    });
    setOpenId(id);
  };
  const open = rows?.find((row) => row.id === openId);
  if (open) {
    const defaults = newInput(
      open.values.kind ?? "country",
      open.values.countries ?? [],
      today(),
    );
    return (
      <InputEditor
        key={open.id}
        row={open}
        stored={{ ...defaults, ...open.values }}
        profile={profile}
        allowedCountries={role === "hub" ? null : countries}
        onClose={() => {
          setOpenId(null);
        }}
      />
    );
  }
  return (
    <Stack gap="md">
      <Group gap="sm">
        {kinds.map((kind) => (
          <Button
            key={kind}
            variant={kind === "country" ? "filled" : "default"}
            onClick={() => void create(kind)}
          >
            {t(`composer.new.${kind}`)}
          </Button>
        ))}
      </Group>
      {rows !== undefined && rows.length === 0 && (
        <Text c="dimmed">{t("composer.none")}</Text>
      )}
      {rows !== undefined && rows.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("composer.title")}</Table.Th>
              <Table.Th>{t("composer.scope")}</Table.Th>
              <Table.Th>{t("composer.period")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ id, values, conflicts }) => (
              <Table.Tr key={id}>
                <Table.Td>
                  <Button
                    variant="subtle"
                    px={0}
                    onClick={() => {
                      setOpenId(id);
                    }}
                  >
                    {values.title ?? t("composer.untitled")}
                  </Button>
                  {conflicts.length > 0 && (
                    <Badge color="yellow" ml="xs">
                      {t("composer.conflict")}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {values.kind === "country"
                    ? countryNames(values.countries ?? [], i18n.language)
                    : values.theme ||
                      t(`composer.kind.${values.kind ?? "thematic"}`)}
                </Table.Td>
                <Table.Td>
                  {values.from ?? "?"} – {values.to ?? "?"}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
