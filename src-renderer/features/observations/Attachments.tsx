import {
  Alert,
  Button,
  FileButton,
  Group,
  Image,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useLiveQuery } from "dexie-react-hooks";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useDesk } from "../../app/desk-context";
import { addAttachment } from "../../db/observation-writes";
import type { AttachmentRow } from "../../db/rows";
import { prepareAttachment } from "./attachment-file";

const ACCEPT =
  "image/jpeg,image/png,image/webp,audio/*,application/pdf,text/plain,.doc,.docx,.odt";

function Preview({ attachment }: { attachment: AttachmentRow }) {
  const { db } = useDesk();
  const blob = useLiveQuery(
    () => db.blobs.get(attachment.sha256),
    [db, attachment.sha256],
  );
  const url = useMemo(
    () =>
      blob && attachment.type.startsWith("image/")
        ? URL.createObjectURL(blob.blob)
        : null,
    [blob, attachment.type],
  );
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return (
    <Stack gap={4}>
      {url && (
        <Image
          src={url}
          alt={attachment.name}
          h={120}
          fit="contain"
          radius="sm"
        />
      )}
      <Text size="sm" truncate>
        {attachment.name}
      </Text>
      <Text size="xs" c="dimmed">
        {(attachment.size / 1024).toFixed(0)} KiB · {attachment.type}
      </Text>
    </Stack>
  );
}

/** Photos, audio and documents of an observation; images lose their location and camera data on the way in. */
export function Attachments({
  observationId,
  attachments,
}: {
  observationId: string;
  attachments: AttachmentRow[];
}) {
  const { t } = useTranslation();
  const { db } = useDesk();
  const [message, setMessage] = useState<{
    color: string;
    text: string;
  } | null>(null);
  const add = async (file: File | null) => {
    if (file === null) return;
    const prepared = await prepareAttachment(file);
    if (!prepared.ok) {
      setMessage({
        color: "red",
        text: t(`attachments.${prepared.problem}`, { name: file.name }),
      });
      return;
    }
    try {
      await addAttachment(
        db,
        { ...prepared.attachment, observationId },
        prepared.blob,
        new Date(),
      );
      setMessage(
        prepared.removed.length > 0
          ? {
              color: "teal",
              text: t("attachments.stripped", { name: file.name }),
            }
          : null,
      );
    } catch {
      setMessage({ color: "red", text: t("capture.writeFailed") });
    }
  };
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t("attachments.title")}
        </Title>
        <FileButton onChange={(file) => void add(file)} accept={ACCEPT}>
          {(props) => (
            <Button variant="light" {...props}>
              {t("attachments.add")}
            </Button>
          )}
        </FileButton>
      </Group>
      {message && (
        <Alert color={message.color} role="status">
          {message.text}
        </Alert>
      )}
      {attachments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("attachments.none")}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {attachments.map((attachment) => (
            <Preview key={attachment.id} attachment={attachment} />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
