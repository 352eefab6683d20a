import { Button, Code, Group, PasswordInput, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDesk } from "../../app/desk-context";
import { Section } from "../../components/Section";
import { adoptDeviceId } from "../../db/device-id";
import { saveFile, saveText } from "./files";
import { SyncError } from "./SyncError";
import type { SyncControls } from "./use-sync";

/** This install's keys: create them (and save the backup), unlock them, share the device card. */
export function KeysSection({ sync }: { sync: SyncControls }) {
  const { t } = useTranslation();
  const { desk, db } = useDesk();
  const { status, setStatus, run, busy } = sync;
  const [passphrase, setPassphrase] = useState("");
  const [backupPassphrase, setBackupPassphrase] = useState("");
  if (status === null) return null;

  const adopt = async (next: typeof status) => {
    if (next.deviceId !== null) await adoptDeviceId(db, next.deviceId);
    setStatus(next);
  };
  const create = async () => {
    const created = await run("keys", () =>
      desk.sync.createKeys({
        passphrase: status.keychainAvailable ? null : passphrase,
        backupPassphrase,
      }),
    );
    if (!created) return;
    saveFile(created.backup);
    await adopt(created.status);
  };
  const unlock = async () => {
    const unlocked = await run("keys", () => desk.sync.unlock({ passphrase }));
    if (unlocked) await adopt(unlocked);
  };

  return (
    <Section title={t("sync.keys.title")} help={t("sync.keys.help")}>
      {status.keys === "none" && (
        <Stack gap="sm" maw={480}>
          {!status.keychainAvailable && (
            <PasswordInput
              label={t("sync.keys.passphrase")}
              description={t("sync.keys.passphraseHelp")}
              value={passphrase}
              onChange={(event) => {
                setPassphrase(event.currentTarget.value);
              }}
            />
          )}
          <PasswordInput
            label={t("sync.keys.backupPassphrase")}
            description={t("sync.keys.backupHelp")}
            value={backupPassphrase}
            onChange={(event) => {
              setBackupPassphrase(event.currentTarget.value);
            }}
          />
          <Button
            onClick={() => void create()}
            loading={busy}
            style={{ alignSelf: "flex-start" }}
          >
            {t("sync.keys.create")}
          </Button>
        </Stack>
      )}
      {status.keys === "locked" && (
        <Group align="flex-end">
          <PasswordInput
            label={t("sync.keys.passphrase")}
            value={passphrase}
            onChange={(event) => {
              setPassphrase(event.currentTarget.value);
            }}
          />
          <Button onClick={() => void unlock()} loading={busy}>
            {t("sync.keys.unlock")}
          </Button>
        </Group>
      )}
      {status.deviceCard && (
        <Stack gap="xs">
          <Text>
            {t("sync.keys.deviceId", { id: status.deviceCard.deviceId })}
          </Text>
          <Text>
            {t("sync.keys.fingerprint")}{" "}
            <Code>{status.deviceCard.fingerprint}</Code>
          </Text>
          <Button
            variant="light"
            style={{ alignSelf: "flex-start" }}
            onClick={() => {
              const card = status.deviceCard;
              if (card)
                saveText(
                  `${card.deviceId}.device-card.json`,
                  JSON.stringify(card, null, 2),
                );
            }}
          >
            {t("sync.keys.saveCard")}
          </Button>
        </Stack>
      )}
      <SyncError sync={sync} section="keys" />
    </Section>
  );
}
