import {
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { useLiveQuery } from "dexie-react-hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { OBSERVATION_FIELD_NAMES } from "../../../shared/domain/observation";
import { useDesk } from "../../app/desk-context";
import { entityHistory, observationById } from "../../db/observation-reads";
import { deleteObservation, resolveField } from "../../db/observation-writes";
import { Attachments } from "./Attachments";
import { FieldValue } from "./FieldValue";
import { History } from "./History";
import { ResponseLog } from "./ResponseLog";

interface DetailProps {
  id: string;
  onEdit: () => void;
  onDeleted: () => void;
}

/** One observation: its fields (conflicts flagged), response log, attachments and history. */
export function ObservationDetail({ id, onEdit, onDeleted }: DetailProps) {
  const { t } = useTranslation();
  const { db } = useDesk();
  const row = useLiveQuery(() => observationById(db, id), [db, id]);
  const history = useLiveQuery(
    () => entityHistory(db, "observation", id),
    [db, id],
  );
  const responses = useLiveQuery(
    () => db.responseLog.where("observationId").equals(id).toArray(),
    [db, id],
  );
  const attachments = useLiveQuery(
    () => db.attachments.where("observationId").equals(id).toArray(),
    [db, id],
  );
  const [confirmDelete, setConfirmDelete] = useState(false);
  if (row === undefined) return <Text>{t("observations.gone")}</Text>;

  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {row.title ?? t("observations.untitled")}
          </Title>
          <Group gap="xs" mt={4}>
            <Badge variant={row.status === "final" ? "filled" : "outline"}>
              {t(`observation.values.status.${row.status ?? "draft"}`)}
            </Badge>
            {row.conflicts.length > 0 && (
              <Badge color="yellow">{t("observations.conflict")}</Badge>
            )}
          </Group>
        </div>
        <Group>
          <Button onClick={onEdit}>{t("observations.edit")}</Button>
          <Button
            color="red"
            variant="light"
            onClick={() => {
              setConfirmDelete(true);
            }}
          >
            {t("observations.delete")}
          </Button>
        </Group>
      </Group>

      <Paper withBorder p="md">
        <Table variant="vertical" layout="fixed">
          <Table.Tbody>
            {OBSERVATION_FIELD_NAMES.filter(
              (field) => field !== "title" && field !== "status",
            ).map((field) => (
              <Table.Tr key={field}>
                <Table.Th w={200}>{t(`observation.fields.${field}`)}</Table.Th>
                <Table.Td>
                  <FieldValue field={field} value={row[field]} />
                  {row.conflicts.includes(field) && (
                    <Group gap="xs" mt={4}>
                      <Badge color="yellow" size="sm">
                        {t("observations.fieldConflict")}
                      </Badge>
                      <Button
                        size="compact-xs"
                        variant="light"
                        onClick={() =>
                          void resolveField(db, id, field, new Date())
                        }
                      >
                        {t("observations.keepValue")}
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>

      <Paper withBorder p="md">
        <ResponseLog
          observationId={id}
          observedAt={row.observedAt}
          entries={responses ?? []}
        />
      </Paper>
      <Paper withBorder p="md">
        <Attachments observationId={id} attachments={attachments ?? []} />
      </Paper>
      <Paper withBorder p="md">
        <History ops={history ?? []} />
      </Paper>

      <Modal
        opened={confirmDelete}
        onClose={() => {
          setConfirmDelete(false);
        }}
        title={t("observations.deleteTitle")}
      >
        <Text>{t("observations.deleteText")}</Text>
        <Group mt="md" justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              setConfirmDelete(false);
            }}
          >
            {t("observations.cancel")}
          </Button>
          <Button
            color="red"
            onClick={() => {
              void deleteObservation(db, id, new Date()).then(onDeleted);
            }}
          >
            {t("observations.deleteConfirm")}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
