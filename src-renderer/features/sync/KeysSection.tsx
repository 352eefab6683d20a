import {
  Button,
  Code,
  FileInput,
  Group,
  PasswordInput,
  Stack,
  Text,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDesk } from "../../app/desk-context";
import { Section } from "../../components/Section";
import { adoptDeviceId } from "../../db/device-id";
import { saveFile, saveText, toDeskFile } from "./files";
import { SyncError } from "./SyncError";
import type { SyncControls } from "./use-sync";

/** This install's keys: create them (and save the backup), unlock them, share the device card. */
export function KeysSection({ sync }: { sync: SyncControls }) {
  const { t } = useTranslation();
  const { desk, db } = useDesk();
  const { status, setStatus, run, busy } = sync;
  const [passphrase, setPassphrase] = useState("");
  const [backupPassphrase, setBackupPassphrase] = useState("");
  const [backupFile, setBackupFile] = useState<File | null>(null);
  const [oldBackupPassphrase, setOldBackupPassphrase] = useState("");
  if (status === null) return null;

  const adopt = async (next: typeof status) => {
    if (next.deviceId !== null)
      await adoptDeviceId(db, next.deviceId, next.relink);
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
  const restore = async () => {
    if (!backupFile) return;
    const backup = await toDeskFile(backupFile);
    const restored = await run("keys", () =>
      desk.sync.restore({
        backup,
        backupPassphrase: oldBackupPassphrase,
        passphrase: status.keychainAvailable ? null : passphrase,
        newBackupPassphrase: backupPassphrase,
      }),
    );
    if (!restored) return;
    saveFile(restored.backup);
    await adopt(restored.status);
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
          <Text fw={600} mt="sm">
            {t("sync.keys.restoreTitle")}
          </Text>
          <Text size="sm" c="dimmed">
            {t("sync.keys.restoreHelp")}
          </Text>
          <FileInput
            label={t("sync.keys.backupFile")}
            value={backupFile}
            onChange={setBackupFile}
            clearable
          />
          <PasswordInput
            label={t("sync.keys.oldBackupPassphrase")}
            value={oldBackupPassphrase}
            onChange={(event) => {
              setOldBackupPassphrase(event.currentTarget.value);
            }}
          />
          <Button
            variant="light"
            disabled={backupFile === null}
            loading={busy}
            onClick={() => void restore()}
            style={{ alignSelf: "flex-start" }}
          >
            {t("sync.keys.restore")}
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
