import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  SegmentedControl,
  Stack,
  Text,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  LANGUAGES,
  languageAutonym,
  type Language,
} from "../../../shared/i18n/languages";
import type { MeetingInputDocument } from "../../../shared/meeting-input/document";
import {
  EXPORT_FORMATS,
  type ExportFormat,
} from "../../../shared/meeting-input/export-contract";
import { exportParts } from "../../../shared/meeting-input/export-parts";
import { printHtml } from "../../../shared/meeting-input/print-html";
import type { DeskError } from "../../../shared/errors";
import { useDesk } from "../../app/desk-context";
import { errorMessage } from "../../app/error-message";
import { saveFile } from "../sync/files";

interface ExportDialogProps {
  opened: boolean;
  onClose: () => void;
  document: MeetingInputDocument;
  /** Export waits until every flag is resolved and every excerpt reviewed. */
  ready: boolean;
}

/**
 * The preview a person reads before saving: the print view itself (the PDF is printed from
 * it, the DOCX and Markdown carry the same parts), in a frame that runs no script, in the
 * export's language; then the file in the format they choose.
 */
export function ExportDialog({
  opened,
  onClose,
  document,
  ready,
}: ExportDialogProps) {
  const { t, i18n } = useTranslation();
  const { desk } = useDesk();
  const [language, setLanguage] = useState<Language>(
    LANGUAGES.find((known) => known === i18n.language) ?? "en",
  );
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<DeskError | null>(null);
  const html = opened
    ? printHtml(
        exportParts(document, language, (key, values) =>
          i18n.getFixedT(language)(key, values),
        ),
        language,
      )
    : "";
  const save = async (format: ExportFormat) => {
    setBusy(format);
    setError(null);
    const result = await desk.meetings.exportInput({
      document,
      format,
      language,
    });
    setBusy(null);
    if (result.ok) saveFile(result.value);
    else setError(result.error);
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("composer.previewTitle")}
      size="auto"
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <SegmentedControl
            aria-label={t("composer.exportLanguage")}
            value={language}
            onChange={(value) => {
              setLanguage(LANGUAGES.find((known) => known === value) ?? "en");
            }}
            data={LANGUAGES.map((value) => ({
              value,
              label: languageAutonym[value],
            }))}
          />
          <Group gap="xs">
            {EXPORT_FORMATS.map((format) => (
              <Button
                key={format}
                disabled={!ready || busy !== null}
                leftSection={busy === format ? <Loader size="xs" /> : null}
                onClick={() => void save(format)}
              >
                {t(`composer.saveAs.${format}`)}
              </Button>
            ))}
          </Group>
        </Group>
        {!ready && (
          <Text size="sm" c="red" role="alert">
            {t("composer.notReady")}
          </Text>
        )}
        {busy !== null && (
          <Text size="sm" role="status">
            {t("composer.preparing")}
          </Text>
        )}
        {error && (
          <Alert color="red" role="alert">
            {errorMessage(t, error)}
          </Alert>
        )}
        <iframe
          title={t("composer.previewFrame")}
          sandbox=""
          srcDoc={html}
          style={{
            width: "min(900px, 85vw)",
            height: "70vh",
            border: "1px solid var(--mantine-color-gray-4)",
            background: "white",
          }}
        />
      </Stack>
    </Modal>
  );
}
