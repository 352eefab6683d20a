import {
  Badge,
  Button,
  Group,
  PasswordInput,
  SegmentedControl,
  Stack,
  Table,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { countryCodesOf } from "../../../shared/domain/countries";
import type { Role } from "../../../shared/domain/roles";
import { useDesk } from "../../app/desk-context";
import { CountryPicker } from "../../components/CountryPicker";
import { Section } from "../../components/Section";
import { CardCheck } from "./CardCheck";
import { EnrolmentCodes } from "./EnrolmentCodes";
import { saveFile } from "./files";
import { SyncError } from "./SyncError";
import type { SyncControls } from "./use-sync";

/** The hub admin's install: create the hub, enrol and revoke devices, send out the roster. */
export function AdminSection({ sync }: { sync: SyncControls }) {
  const { t } = useTranslation();
  const { desk } = useDesk();
  const { status, setStatus, fail, run, busy } = sync;
  const [hubUrl, setHubUrl] = useState("https://");
  const [passphrase, setPassphrase] = useState("");
  const [role, setRole] = useState<Role>("field");
  const [countries, setCountries] = useState<string[]>([]);
  if (status?.keys !== "unlocked") return null;

  const createHub = async () => {
    const created = await run("admin", () =>
      desk.sync.createHub({ hubUrl, identityPassphrase: passphrase }),
    );
    if (!created) return;
    created.files.forEach(saveFile);
    setStatus(created.status);
  };
  const enrol = async (card: unknown, confirmedFingerprint: string) => {
    const codes = countryCodesOf(countries);
    const next = await run("admin", () =>
      desk.sync.enrolDevice({
        card,
        confirmedFingerprint,
        role,
        countries: role === "hub" ? [] : codes,
      }),
    );
    if (!next) return false;
    setStatus(next);
    // Each enrolment is chosen afresh: no device inherits the previous one's countries.
    setRole("field");
    setCountries([]);
    return true;
  };

  return (
    <Section title={t("sync.admin.title")} help={t("sync.admin.help")}>
      {status.hubCard === null && (
        <Stack gap="sm" maw={560}>
          <TextInput
            label={t("sync.admin.hubUrl")}
            value={hubUrl}
            onChange={(event) => {
              setHubUrl(event.currentTarget.value);
            }}
          />
          <PasswordInput
            label={t("sync.admin.identityPassphrase")}
            description={t("sync.admin.identityPassphraseHelp")}
            value={passphrase}
            onChange={(event) => {
              setPassphrase(event.currentTarget.value);
            }}
          />
          <Button
            style={{ alignSelf: "flex-start" }}
            loading={busy}
            onClick={() => void createHub()}
          >
            {t("sync.admin.createHub")}
          </Button>
        </Stack>
      )}
      {status.admin && (
        <Stack gap="md">
          <Table.ScrollContainer minWidth={600}>
            <Table aria-label={t("sync.admin.devices")}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("sync.admin.device")}</Table.Th>
                  <Table.Th>{t("sync.admin.role")}</Table.Th>
                  <Table.Th>{t("sync.admin.countries")}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {status.admin.devices.map((device) => (
                  <Table.Tr key={device.deviceId}>
                    <Table.Td>{device.deviceId}</Table.Td>
                    <Table.Td>{t(`roles.${device.role}.name`)}</Table.Td>
                    <Table.Td>{device.countries.join(", ")}</Table.Td>
                    <Table.Td>
                      {device.revoked ? (
                        <Badge color="red">{t("sync.admin.revoked")}</Badge>
                      ) : (
                        device.deviceId !== status.deviceId && (
                          <Button
                            size="xs"
                            color="red"
                            variant="light"
                            onClick={() =>
                              void run("admin", () =>
                                desk.sync.revokeDevice({
                                  deviceId: device.deviceId,
                                }),
                              ).then((next) => {
                                if (next) setStatus(next);
                              })
                            }
                          >
                            {t("sync.admin.revoke")}
                          </Button>
                        )
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <Stack gap="sm" maw={560}>
            <CardCheck
              fileLabel={t("sync.admin.cardFile")}
              confirmLabel={t("sync.admin.confirm")}
              confirmHelp={t("sync.admin.confirmHelp")}
              actionLabel={t("sync.admin.enrol")}
              busy={busy}
              onUnreadable={() => {
                fail("admin", t("sync.admin.notACard"));
              }}
              onConfirm={enrol}
            >
              <SegmentedControl
                aria-label={t("sync.admin.role")}
                value={role}
                onChange={(value) => {
                  setRole(value);
                }}
                data={(["field", "regional", "hub"] as const).map((value) => ({
                  value,
                  label: t(`roles.${value}.name`),
                }))}
              />
              {role !== "hub" && (
                <CountryPicker
                  multiple={role === "regional"}
                  label={t("sync.admin.countries")}
                  value={countries}
                  onChange={setCountries}
                />
              )}
            </CardCheck>
          </Stack>
          <EnrolmentCodes sync={sync} />
          <Group>
            <Button
              variant="light"
              onClick={() =>
                void run("admin", () => desk.sync.rosterFiles(null)).then(
                  (files) => {
                    files?.forEach(saveFile);
                  },
                )
              }
            >
              {t("sync.admin.saveRoster")}
            </Button>
          </Group>
        </Stack>
      )}
      <SyncError sync={sync} section="admin" />
    </Section>
  );
}
