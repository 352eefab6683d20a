import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  PROTECTED_NAME_KINDS,
  protectedNameSchema,
  type ProtectedName,
} from "../../../shared/domain/names-directory";
import { useDesk } from "../../app/desk-context";
import { Section } from "../../components/Section";
import {
  deleteDirectoryEntry,
  saveDirectoryEntries,
} from "../../db/names-directory-writes";
import { OptionSelect, useErrorText } from "../meetings/record-fields";
import { RecordTable } from "../meetings/RecordTable";
import { useRecordForm } from "../meetings/use-record-form";
import { useRecords } from "../meetings/use-records";
import { isListed } from "./names-directory";
import { useRosterDevices } from "../sync/use-roster-devices";

const BLANK: ProtectedName = { name: "", kind: "organisation" };

/**
 * The names an export must not carry: partner organisations and persons, kept by hub staff and
 * sent to every regional staff device in its own stream, never to field partners.
 */
export function NamesDirectoryPanel() {
  const { t } = useTranslation();
  const { db } = useDesk();
  const errorText = useErrorText();
  const { regional: devices, problem } = useRosterDevices();
  const rows = useRecords<ProtectedName>("protectedName", protectedNameSchema);
  const form = useRecordForm(protectedNameSchema, BLANK);
  const [listed, setListed] = useState(false);
  const [resent, setResent] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  if (rows === undefined) return null;
  const entries = [...rows].sort((a, b) =>
    (a.values.name ?? "").localeCompare(b.values.name ?? ""),
  );

  const add = async () => {
    if (devices === null) return;
    setResent(null);
    setListed(isListed(form.values.name, entries));
    if (isListed(form.values.name, entries)) return;
    const written = await form.submit((values) =>
      saveDirectoryEntries(
        db,
        [{ id: crypto.randomUUID(), values }],
        devices,
        new Date(),
      ),
    );
    if (written) form.setValues(BLANK);
  };

  const resendAll = async () => {
    if (devices === null) return;
    const complete = entries.flatMap((row) => {
      const parsed = protectedNameSchema.safeParse(row.values);
      return parsed.success ? [{ id: row.id, values: parsed.data }] : [];
    });
    try {
      await saveDirectoryEntries(db, complete, devices, new Date());
      setFailed(false);
      setResent(
        t("namesDirectory.resent", {
          count: complete.length,
          devices: devices.length,
        }),
      );
    } catch {
      setFailed(true);
    }
  };

  return (
    <Section title={t("namesDirectory.title")} help={t("namesDirectory.help")}>
      <Text size="sm">
        {problem ??
          (devices === null
            ? t("namesDirectory.readingDevices")
            : devices.length === 0
              ? t("namesDirectory.noDevices")
              : t("namesDirectory.devices", { count: devices.length }))}
      </Text>
      <form
        aria-label={t("namesDirectory.addTitle")}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <Group align="flex-start">
          <TextInput
            label={t("namesDirectory.fields.name")}
            value={form.values.name}
            onChange={(event) => {
              setListed(false);
              form.set("name")(event.currentTarget.value);
            }}
            error={
              listed
                ? t("namesDirectory.alreadyListed")
                : errorText(form.errors.name)
            }
            required
            style={{ flex: 1 }}
          />
          <OptionSelect
            label={t("namesDirectory.fields.kind")}
            options={PROTECTED_NAME_KINDS}
            labels="namesDirectory.kinds"
            value={form.values.kind}
            onChange={form.set("kind")}
          />
          <Button type="submit" mt={25} disabled={devices === null}>
            {t("namesDirectory.add")}
          </Button>
        </Group>
      </form>
      {(form.failed || failed) && (
        <Text c="red" role="alert">
          {t("meetings.records.writeFailed")}
        </Text>
      )}
      <RecordTable
        label={t("namesDirectory.title")}
        rows={entries}
        name={{
          header: t("namesDirectory.fields.name"),
          text: (row) => row.values.name ?? "",
        }}
        columns={[
          {
            header: t("namesDirectory.fields.kind"),
            cell: (row) =>
              row.values.kind && t(`namesDirectory.kinds.${row.values.kind}`),
          },
        ]}
        empty={t("namesDirectory.none")}
        remove={{
          title: t("namesDirectory.deleteTitle"),
          text: () => t("namesDirectory.deleteText"),
          run: (row) =>
            deleteDirectoryEntry(db, row.id, devices ?? [], new Date()),
          allowed: () => devices !== null,
        }}
      />
      <Stack gap={4} align="flex-start">
        <Text size="sm" c="dimmed">
          {t("namesDirectory.resendHelp")}
        </Text>
        <Button
          variant="light"
          disabled={devices === null || entries.length === 0}
          onClick={() => void resendAll()}
        >
          {t("namesDirectory.resend")}
        </Button>
        <Text role="status" size="sm">
          {resent}
        </Text>
      </Stack>
    </Section>
  );
}
