import {
  Button,
  Code,
  FileInput,
  Group,
  Paper,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { EnrolmentPreview } from "../../../shared/hub/hub-contract";
import { useDesk } from "../../app/desk-context";
import { countryNames } from "../../app/country-names";
import { longDate } from "./connected-summary";
import { readQrImage } from "./read-qr";
import type { SyncControls } from "./use-sync";

/**
 * Joining a hub with the enrolment code its admin gave: pasted, opened from its file or read
 * from its QR image. The person sees the hub, role and countries before anything is sent.
 */
export function EnrolForm({
  sync,
  onEnrolled,
}: {
  sync: SyncControls;
  onEnrolled: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const { desk } = useDesk();
  const { run, fail, busy } = sync;
  const [code, setCode] = useState("");
  const [preview, setPreview] = useState<EnrolmentPreview | null>(null);

  const check = async (text: string) => {
    setCode(text);
    setPreview(
      await run("connected", () => desk.hub.previewCode({ code: text })),
    );
  };
  const enrol = async () => {
    if ((await run("connected", () => desk.hub.enrol({ code }))) === null)
      return;
    setPreview(null);
    await onEnrolled();
  };

  if (preview !== null)
    return (
      <Paper withBorder p="md" maw={620}>
        <Stack gap="xs">
          <Text fw={600}>{t("sync.connected.preview.title")}</Text>
          <Text>
            {t("sync.connected.preview.hub", { url: preview.hubUrl })}
          </Text>
          <Text>
            {t("sync.keys.fingerprint")} <Code>{preview.hubFingerprint}</Code>
          </Text>
          <Text>
            {t("sync.connected.preview.role", {
              role: t(`roles.${preview.role}.name`),
            })}
          </Text>
          {preview.countries.length > 0 && (
            <Text>
              {t("sync.connected.preview.countries", {
                countries: countryNames(preview.countries, i18n.language),
              })}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            {t("sync.connected.preview.expires", {
              date: longDate(preview.expiresAt, i18n.language),
            })}
          </Text>
          <Text size="sm">{t("sync.connected.preview.lock")}</Text>
          <Group>
            <Button loading={busy} onClick={() => void enrol()}>
              {t("sync.connected.preview.join")}
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setPreview(null);
              }}
            >
              {t("sync.connected.preview.cancel")}
            </Button>
          </Group>
        </Stack>
      </Paper>
    );

  return (
    <Stack gap="sm" maw={620}>
      <Textarea
        label={t("sync.connected.code")}
        description={t("sync.connected.codeHelp")}
        autosize
        minRows={3}
        maxRows={8}
        value={code}
        onChange={(event) => {
          setCode(event.currentTarget.value);
        }}
      />
      <Group grow align="flex-end">
        <FileInput
          label={t("sync.connected.codeFile")}
          accept=".txt,text/plain"
          clearable
          onChange={(file) => {
            if (file) void file.text().then(check);
          }}
        />
        <FileInput
          label={t("sync.connected.codeImage")}
          accept="image/png,image/jpeg,image/webp"
          clearable
          onChange={(file) => {
            if (!file) return;
            void readQrImage(file).then((text) => {
              if (text === null) fail("connected", t("sync.connected.noQr"));
              else void check(text);
            });
          }}
        />
      </Group>
      <Button
        style={{ alignSelf: "flex-start" }}
        disabled={code.trim() === ""}
        loading={busy}
        onClick={() => void check(code)}
      >
        {t("sync.connected.check")}
      </Button>
    </Stack>
  );
}
