import { Button, FileInput, Paper, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { BundleHeader } from "../../../shared/bundle/header";
import { useDesk } from "../../app/desk-context";
import { Section } from "../../components/Section";
import { applyOpened, type Report } from "./apply-opened";
import { oneAhead } from "../../../shared/one-ahead";
import { DeskFailure } from "../../../shared/errors";
import { errorMessage } from "../../app/error-message";
import { saveFile, toDeskFile } from "./files";
import { SyncError } from "./SyncError";
import { useConnectedSync } from "./connected-sync-context";
import type { SyncControls } from "./use-sync";

interface Imported {
  name: string;
  deviceId: string;
  header: BundleHeader;
  report: Report;
}

const ranges = (gaps: [number, number][]) =>
  gaps
    .map(([from, to]) => (from === to ? String(from) : `${from}–${to}`))
    .join(", ");

/** Opens bundle files in main (verified against the roster), applies them here, and reports. */
export function ImportSection({ sync }: { sync: SyncControls }) {
  const { t } = useTranslation();
  const { desk, db } = useDesk();
  const { status, run, fail, busy } = sync;
  const [imported, setImported] = useState<Imported[]>([]);
  const { hub } = useConnectedSync();
  if (status === null) return null;
  const relay = status.holdsHubIdentity && hub?.connection === "enrolled";

  // The next file is opened (and checked) in main while this one is applied here.
  const importFiles = (files: File[]) =>
    oneAhead(
      files,
      (file) =>
        run(
          "import",
          async () => desk.sync.open(await toDeskFile(file)),
          file.name,
        ),
      async (opened, file) => {
        let report: Report;
        try {
          report = await applyOpened(db, opened);
        } catch (error) {
          // Nothing was applied (one transaction); say why, and stop here.
          if (!(error instanceof DeskFailure)) throw error;
          fail("import", `${file.name}: ${errorMessage(t, error)}`);
          return false;
        }
        // Hub staff connected to the service relay what came by USB; receipts follow.
        if (relay)
          await run("import", async () =>
            desk.hub.relay(await toDeskFile(file)),
          );
        setImported((done) => [
          ...done,
          {
            name: file.name,
            deviceId: opened.deviceId,
            header: opened.header,
            report,
          },
        ]);
        return true;
      },
    );

  return (
    <Section title={t("sync.import.title")} help={t("sync.import.help")}>
      <Paper
        withBorder
        p="md"
        style={{ borderStyle: "dashed" }}
        onDragOver={(event) => {
          event.preventDefault();
        }}
        onDrop={(event) => {
          event.preventDefault();
          if (status.keys === "unlocked")
            void importFiles([...event.dataTransfer.files]);
        }}
      >
        <Text size="sm" c="dimmed">
          {t("sync.import.drop")}
        </Text>
      </Paper>
      <FileInput
        label={t("sync.import.files")}
        accept=".pdbundle"
        multiple
        clearable
        disabled={status.keys !== "unlocked" || busy}
        onChange={(files) => void importFiles(files)}
      />
      {imported.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped aria-label={t("sync.import.report")}>
            <Table.Thead>
              <Table.Tr>
                {(
                  [
                    "file",
                    "stream",
                    "created",
                    "updated",
                    "already",
                    "conflicts",
                    "refused",
                    "gaps",
                  ] as const
                ).map((column) => (
                  <Table.Th key={column}>
                    {t(`sync.import.columns.${column}`)}
                  </Table.Th>
                ))}
                {status.holdsHubIdentity && (
                  <Table.Th>{t("sync.import.columns.receipt")}</Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {imported.map(({ name, deviceId, header, report }) => (
                <Table.Tr key={`${name}-${header.bodySha256}`}>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>
                    {header.kind === "ops"
                      ? `${header.stream} ${header.seqFirst}–${header.seqLast}`
                      : t("sync.import.attachments", {
                          stream: header.stream,
                          count: header.entries,
                        })}
                  </Table.Td>
                  <Table.Td>{report.created}</Table.Td>
                  <Table.Td>{report.updated}</Table.Td>
                  <Table.Td>{report.alreadyPresent}</Table.Td>
                  <Table.Td>{report.conflicts.length}</Table.Td>
                  <Table.Td
                    title={report.refused
                      .map((refusal) => `${refusal.seq}: ${refusal.reason}`)
                      .join("\n")}
                  >
                    {report.refused.length}
                  </Table.Td>
                  <Table.Td>
                    {report.waitingAttachments
                      ? t("sync.import.waitingParts", {
                          count: report.waitingAttachments,
                        })
                      : report.gaps.length === 0
                        ? t("sync.import.noGaps")
                        : ranges(report.gaps)}
                  </Table.Td>
                  {status.holdsHubIdentity && (
                    <Table.Td>
                      {header.kind === "ops" && (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() =>
                            void run("import", () =>
                              desk.sync.issueReceipt({
                                deviceId,
                                headers: [header],
                              }),
                            ).then((file) => {
                              if (file) saveFile(file);
                            })
                          }
                        >
                          {t("sync.import.saveReceipt")}
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
      {imported.length > 0 && (
        <Text size="sm" c="dimmed">
          {t("sync.import.legend")}
        </Text>
      )}
      <SyncError sync={sync} section="import" />
    </Section>
  );
}
