import {
  Button,
  Group,
  Image,
  NumberInput,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { countryCodesOf } from "../../../shared/domain/countries";
import type { Role } from "../../../shared/domain/roles";
import type { ChannelResult } from "../../../shared/ipc";
import { useDesk } from "../../app/desk-context";
import { CountryPicker } from "../../components/CountryPicker";
import { useConnectedSync } from "./connected-sync-context";
import { saveFile } from "./files";
import { SyncError } from "./SyncError";
import type { SyncControls } from "./use-sync";

/**
 * The hub admin's install: enrolment codes (a text, a file and a QR image, signed here) for
 * new devices, and the confirmation of devices that used one into the next roster.
 */
export function EnrolmentCodes({ sync }: { sync: SyncControls }) {
  const { t } = useTranslation();
  const { desk } = useDesk();
  const { syncNow, hub } = useConnectedSync();
  const { run, busy, setStatus } = sync;
  const [role, setRole] = useState<Role>("field");
  const [countries, setCountries] = useState<string[]>([]);
  const [days, setDays] = useState(7);
  const [made, setMade] = useState<ChannelResult<"hub.createCode"> | null>(
    null,
  );
  const [confirmed, setConfirmed] = useState<string | null>(null);

  const create = async () => {
    const codes = countryCodesOf(countries);
    const result = await run("codes", () =>
      desk.hub.createCode({
        role,
        countries: role === "hub" ? [] : codes,
        days,
      }),
    );
    if (result === null) return;
    setMade(result);
    // The token's hash goes to the service with the next sync.
    syncNow();
  };
  const confirm = async () => {
    const result = await run("codes", () => desk.hub.confirm(null));
    if (result === null) return;
    setConfirmed(t("sync.codes.confirmed", result));
    const next = await desk.sync.status(null);
    if (next.ok) setStatus(next.value);
  };

  return (
    <Stack gap="sm">
      <Text fw={600}>{t("sync.codes.title")}</Text>
      <Text size="sm" c="dimmed">
        {t("sync.codes.help")}
      </Text>
      <SegmentedControl
        aria-label={t("sync.codes.role")}
        value={role}
        onChange={(value) => {
          setRole(value);
        }}
        data={(["field", "regional", "hub"] as const).map((value) => ({
          value,
          label: t(`roles.${value}.name`),
        }))}
        style={{ alignSelf: "flex-start" }}
      />
      {role !== "hub" && (
        <CountryPicker
          multiple={role === "regional"}
          label={t("sync.codes.countries")}
          value={countries}
          onChange={setCountries}
        />
      )}
      <NumberInput
        label={t("sync.codes.days")}
        min={1}
        max={90}
        value={days}
        onChange={(value) => {
          setDays(typeof value === "number" ? value : 7);
        }}
        maw={200}
      />
      <Group>
        <Button loading={busy} onClick={() => void create()}>
          {t("sync.codes.create")}
        </Button>
        <Button variant="light" loading={busy} onClick={() => void confirm()}>
          {t("sync.codes.confirm")}
        </Button>
        {hub !== null && hub.openCodes > 0 && (
          <Text size="sm" c="dimmed">
            {t("sync.codes.open", { count: hub.openCodes })}
          </Text>
        )}
      </Group>
      {confirmed !== null && <Text role="status">{confirmed}</Text>}
      {made !== null && (
        <Group align="flex-start">
          <Image
            src={`data:image/png;base64,${made.qrPng.base64}`}
            alt={t("sync.codes.qrAlt")}
            w={220}
            h={220}
          />
          <Stack gap="xs" style={{ flex: 1 }}>
            <Textarea
              label={t("sync.codes.text")}
              readOnly
              autosize
              maxRows={6}
              value={made.text}
            />
            <Group>
              <Button
                variant="light"
                onClick={() => {
                  saveFile(made.file);
                }}
              >
                {t("sync.codes.saveFile")}
              </Button>
              <Button
                variant="light"
                onClick={() => {
                  saveFile(made.qrPng);
                }}
              >
                {t("sync.codes.saveQr")}
              </Button>
            </Group>
          </Stack>
        </Group>
      )}
      <SyncError sync={sync} section="codes" />
    </Stack>
  );
}
