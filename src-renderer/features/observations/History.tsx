import { Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { parseHlc } from "../../../shared/sync/hlc";
import { opId, type Op } from "../../../shared/sync/op";
import { FieldValue } from "./FieldValue";

interface HistoryRow {
  key: string;
  op: Op;
  field: string | null;
  value: unknown;
}

/** Field by field: what changed, when and on which device. */
export function History({
  ops,
  fieldLabel,
}: {
  ops: Op[];
  /** A field's name in words; by default an observation's. */
  fieldLabel?: (field: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const labelOf =
    fieldLabel ??
    ((field: string) =>
      t(`observation.fields.${field}`, { defaultValue: field }));
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const rows = ops.flatMap((op): HistoryRow[] =>
    op.kind === "tombstone"
      ? [{ key: opId(op), op, field: null, value: null }]
      : Object.entries(op.set).map(([field, write]) => ({
          key: `${opId(op)}:${field}`,
          op,
          field,
          value: write.value,
        })),
  );
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t("history.title")}
      </Title>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t("history.when")}</Table.Th>
            <Table.Th w={180}>{t("history.device")}</Table.Th>
            <Table.Th w={170}>{t("history.field")}</Table.Th>
            <Table.Th>{t("history.value")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ key, op, field, value }) => (
            <Table.Tr key={key}>
              <Table.Td>
                {format.format(new Date(parseHlc(op.hlc).ms))}
              </Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" truncate>
                  {op.deviceId}
                </Text>
              </Table.Td>
              <Table.Td>
                {field === null ? t("history.deleted") : labelOf(field)}
              </Table.Td>
              <Table.Td>
                {field === null ? (
                  ""
                ) : (
                  <FieldValue field={field} value={value} />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
