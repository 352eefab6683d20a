import {
  Button,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  RESPONSE_ACTOR_TYPES,
  responseActorTypeSchema,
} from "../../../shared/domain/observation";
import { useDesk } from "../../app/desk-context";
import { addResponse } from "../../db/observation-writes";
import type { ResponseLogRow } from "../../db/rows";

const DAY_MS = 86_400_000;

/** Days from the observed date to the first recorded action: the early-warning to early-action gap. */
export function daysToFirstAction(
  observedAt: string | undefined,
  entries: readonly ResponseLogRow[],
): number | null {
  const first = entries.map((entry) => entry.at).sort()[0];
  if (!observedAt || first === undefined) return null;
  return Math.max(
    0,
    Math.floor(
      (Date.parse(first) - Date.parse(`${observedAt}T00:00:00Z`)) / DAY_MS,
    ),
  );
}

export function ResponseLog({
  observationId,
  observedAt,
  entries,
}: {
  observationId: string;
  observedAt: string | undefined;
  entries: ResponseLogRow[];
}) {
  const { t, i18n } = useTranslation();
  const { db } = useDesk();
  const [action, setAction] = useState("");
  const [actorType, setActorType] = useState<string | null>("field partner");
  const [failed, setFailed] = useState(false);
  const sorted = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  const gap = daysToFirstAction(observedAt, entries);
  const add = async () => {
    if (action.trim() === "" || actorType === null) return;
    try {
      await addResponse(
        db,
        {
          observationId,
          at: new Date().toISOString(),
          action: action.trim(),
          actorType: responseActorTypeSchema.parse(actorType),
        },
        new Date(),
      );
      setAction("");
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t("responseLog.title")}
      </Title>
      <Text size="sm">
        {gap === null
          ? t("responseLog.noAction")
          : t("responseLog.gap", { count: gap })}
      </Text>
      {sorted.length > 0 && (
        <Table>
          <Table.Tbody>
            {sorted.map((entry) => (
              <Table.Tr key={entry.id}>
                <Table.Td w={180}>{format.format(new Date(entry.at))}</Table.Td>
                <Table.Td w={160}>
                  {t(`observation.values.actorType.${entry.actorType}`)}
                </Table.Td>
                <Table.Td>{entry.action}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end">
        <Textarea
          label={t("responseLog.action")}
          value={action}
          onChange={(event) => {
            setAction(event.currentTarget.value);
          }}
          autosize
          minRows={1}
          style={{ flex: 1 }}
        />
        <Select
          label={t("responseLog.actorType")}
          data={RESPONSE_ACTOR_TYPES.map((value) => ({
            value,
            label: t(`observation.values.actorType.${value}`),
          }))}
          value={actorType}
          onChange={setActorType}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <Button onClick={() => void add()} disabled={action.trim() === ""}>
          {t("responseLog.add")}
        </Button>
      </Group>
      {failed && (
        <Text c="red" role="alert">
          {t("capture.writeFailed")}
        </Text>
      )}
    </Stack>
  );
}
