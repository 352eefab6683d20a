import {
  Button,
  Code,
  FileInput,
  PasswordInput,
  Stack,
  Text,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDesk } from "../../app/desk-context";
import { Section } from "../../components/Section";
import { CardCheck } from "./CardCheck";
import { toDeskFile } from "./files";
import { SyncError } from "./SyncError";
import type { SyncControls } from "./use-sync";

/** The hub this install trusts (confirmed by fingerprint), its roster, and for hub staff its identity. */
export function HubSection({ sync }: { sync: SyncControls }) {
  const { t } = useTranslation();
  const { desk } = useDesk();
  const { status, setStatus, fail, run, busy } = sync;
  const [identityFile, setIdentityFile] = useState<File | null>(null);
  const [identityPassphrase, setIdentityPassphrase] = useState("");
  if (status === null) return null;

  const update = async (request: () => ReturnType<typeof desk.sync.status>) => {
    const next = await run("hub", request);
    if (next) setStatus(next);
    return next !== null;
  };

  return (
    <Section title={t("sync.hub.title")} help={t("sync.hub.help")}>
      {status.hubCard ? (
        <Stack gap={4}>
          <Text>{t("sync.hub.trusted", { url: status.hubCard.hubUrl })}</Text>
          <Text>
            {t("sync.keys.fingerprint")}{" "}
            <Code>{status.hubCard.fingerprint}</Code>
          </Text>
        </Stack>
      ) : (
        <Stack gap="sm" maw={560}>
          <CardCheck
            fileLabel={t("sync.hub.cardFile")}
            confirmLabel={t("sync.hub.confirm")}
            confirmHelp={t("sync.hub.confirmHelp")}
            actionLabel={t("sync.hub.trust")}
            busy={busy}
            onUnreadable={() => {
              fail("hub", t("sync.hub.notACard"));
            }}
            onConfirm={(card, confirmedFingerprint) =>
              update(() => desk.sync.trustHub({ card, confirmedFingerprint }))
            }
          />
        </Stack>
      )}
      {status.hubCard && (
        <Stack gap="sm" maw={560}>
          <Text>
            {status.rosterVersion === null
              ? t("sync.roster.none")
              : t("sync.roster.version", { version: status.rosterVersion })}
          </Text>
          <FileInput
            label={t("sync.roster.file")}
            accept=".json"
            clearable
            onChange={(file) => {
              if (file)
                void file
                  .text()
                  .then((text) =>
                    update(() => desk.sync.importRoster({ text })),
                  );
            }}
          />
        </Stack>
      )}
      {status.enrolled?.role === "hub" &&
        status.keys === "unlocked" &&
        !status.holdsHubIdentity && (
          <Stack gap="sm" maw={560}>
            <FileInput
              label={t("sync.hubIdentity.file")}
              clearable
              onChange={setIdentityFile}
            />
            <PasswordInput
              label={t("sync.hubIdentity.passphrase")}
              value={identityPassphrase}
              onChange={(event) => {
                setIdentityPassphrase(event.currentTarget.value);
              }}
            />
            <Button
              style={{ alignSelf: "flex-start" }}
              disabled={identityFile === null}
              loading={busy}
              onClick={() => {
                if (identityFile)
                  void toDeskFile(identityFile).then((file) =>
                    update(() =>
                      desk.sync.importHubIdentity({
                        file,
                        passphrase: identityPassphrase,
                      }),
                    ),
                  );
              }}
            >
              {t("sync.hubIdentity.add")}
            </Button>
          </Stack>
        )}
      <SyncError sync={sync} section="hub" />
    </Section>
  );
}
