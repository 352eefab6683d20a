import {
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  VisuallyHidden,
} from "@mantine/core";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

export interface RecordColumn<R> {
  header: string;
  cell: (row: R) => ReactNode;
}

interface RecordTableProps<R extends { id: string; conflicts?: string[] }> {
  /** The table's accessible name. */
  label: string;
  rows: readonly R[];
  /** The column that names a row: a button that opens it when `onOpen` is given. */
  name: { header: string; text: (row: R) => string };
  columns: readonly RecordColumn<R>[];
  empty: string;
  onOpen?: (row: R) => void;
  /** Deleting asks first, in a dialog with this title and text. */
  remove?: {
    title: string;
    text: (row: R) => string;
    run: (row: R) => Promise<void>;
    /** Rows this person may not delete get no button. */
    allowed?: (row: R) => boolean;
  };
  /** A button above the table that starts a new record; `focus` when a form just closed. */
  create?: { label: string; run: () => void; focus?: boolean };
}

/**
 * The list every meeting-record screen shows: one row per record, its name a button that opens
 * it, a badge where two people changed a field at once, and Delete behind a confirmation.
 */
export function RecordTable<R extends { id: string; conflicts?: string[] }>({
  label,
  rows,
  name,
  columns,
  empty,
  onOpen,
  remove,
  create,
}: RecordTableProps<R>) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState<R | null>(null);
  const [failed, setFailed] = useState(false);
  const confirm = async (row: R) => {
    try {
      await remove?.run(row);
      setDeleting(null);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  const nameOf = (row: R) => name.text(row) || t("meetings.records.untitled");

  return (
    <Stack gap="sm">
      {create && (
        <Button
          style={{ alignSelf: "flex-start" }}
          onClick={create.run}
          // Back from a form, the keyboard resumes where a new record starts.
          autoFocus={create.focus ?? false}
        >
          {create.label}
        </Button>
      )}
      {rows.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={label} striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{name.header}</Table.Th>
                {columns.map((column) => (
                  <Table.Th key={column.header}>{column.header}</Table.Th>
                ))}
                {remove && (
                  <Table.Th>
                    <VisuallyHidden>
                      {t("meetings.records.actions")}
                    </VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    {onOpen ? (
                      <Anchor
                        component="button"
                        type="button"
                        ta="start"
                        onClick={() => {
                          onOpen(row);
                        }}
                      >
                        {nameOf(row)}
                      </Anchor>
                    ) : (
                      nameOf(row)
                    )}
                    {(row.conflicts?.length ?? 0) > 0 && (
                      <Badge color="yellow" ml="xs" size="sm">
                        {t("meetings.records.conflict")}
                      </Badge>
                    )}
                  </Table.Td>
                  {columns.map((column) => (
                    <Table.Td key={column.header}>{column.cell(row)}</Table.Td>
                  ))}
                  {remove && (
                    <Table.Td ta="end">
                      {(remove.allowed?.(row) ?? true) && (
                        <Button
                          size="compact-sm"
                          color="red"
                          variant="subtle"
                          aria-label={t("meetings.records.deleteNamed", {
                            name: nameOf(row),
                          })}
                          onClick={() => {
                            setDeleting(row);
                          }}
                        >
                          {t("meetings.records.delete")}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {remove && (
        <Modal
          opened={deleting !== null}
          onClose={() => {
            setDeleting(null);
          }}
          title={remove.title}
        >
          <Text>{deleting && remove.text(deleting)}</Text>
          {failed && (
            <Text c="red" role="alert" mt="sm">
              {t("meetings.records.writeFailed")}
            </Text>
          )}
          <Group mt="md" justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setDeleting(null);
              }}
            >
              {t("meetings.records.cancel")}
            </Button>
            <Button
              color="red"
              onClick={() => {
                if (deleting) void confirm(deleting);
              }}
            >
              {t("meetings.records.delete")}
            </Button>
          </Group>
        </Modal>
      )}
    </Stack>
  );
}
