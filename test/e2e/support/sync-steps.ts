import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { defaultSettings } from "../../../shared/domain/settings";
import {
  readDeviceCard,
  readHubCard,
  type DeviceCard,
  type HubCard,
} from "../../../shared/identity/cards";
import { chooseByKeyboard } from "./keyboard";

/** Steps of the Sync screen that the sync E2E tests take again and again, as a person does. */

const AT = "2026-11-01T09:00:00.000Z";
/** Where downloads are saved. */
export const files = mkdtempSync(join(tmpdir(), "pd-e2e-sync-files-"));

/** Who each test install belongs to: their name and organisation are names to protect. */
export const PROFILES = {
  field: { name: "Awa Traoré", organisation: "Test" },
  regional: { name: "Mariam Keïta", organisation: "Réseau Paix Gao" },
  hub: { name: "Hub desk", organisation: "Test" },
} as const;

export function dataDir(role: "field" | "regional" | "hub"): string {
  const dir = mkdtempSync(join(tmpdir(), `pd-e2e-sync-${role}-`));
  writeFileSync(
    join(dir, "settings.json"),
    JSON.stringify({
      ...defaultSettings,
      profile: PROFILES[role],
      roleChoice: { role, countries: role === "hub" ? [] : ["ML"] },
      onboardedAt: AT,
    }),
  );
  return dir;
}

export const section = (page: Page, name: string) =>
  page.getByRole("region", { name, exact: true });

/** Saves what the page offers for download into the test's folder and returns the paths. */
export async function downloads(
  page: Page,
  count: number,
  action: () => Promise<void>,
): Promise<string[]> {
  const saved: string[] = [];
  const done = new Promise<void>((resolve) => {
    page.on("download", (download) => {
      const path = join(files, download.suggestedFilename());
      void download.saveAs(path).then(() => {
        saved.push(path);
        if (saved.length === count) resolve();
      });
    });
  });
  await action();
  await done;
  page.removeAllListeners("download");
  return saved;
}

export async function openSync(page: Page) {
  await page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("button", { name: "Sync" })
    .click();
  await page.getByRole("heading", { name: "Sync", level: 1 }).waitFor();
}

/** Creates the install's keys (backup saved) and returns its device card. */
export async function createKeys(page: Page): Promise<DeviceCard> {
  const keys = section(page, "This device's keys");
  await keys
    .getByLabel("Passphrase for this device's keys")
    .fill("field laptop passphrase");
  await keys
    .getByLabel("Passphrase for the backup file")
    .fill("backup on the usb stick");
  const [backup] = await downloads(page, 1, () =>
    keys
      .getByRole("button", { name: "Create keys and save the backup" })
      .click(),
  );
  expect(
    readFileSync(backup ?? "")
      .subarray(0, 21)
      .toString(),
  ).toBe("age-encryption.org/v1");
  const [card] = await downloads(page, 1, () =>
    keys
      .getByRole("button", { name: "Save the device card (for the hub)" })
      .click(),
  );
  return readDeviceCard(JSON.parse(readFileSync(card ?? "", "utf8")));
}

/**
 * The hub admin creates the hub at `hubUrl`: its card, identity file and key backup are saved;
 * returns the card's path and the card.
 */
export async function createHub(
  page: Page,
  hubUrl: string,
): Promise<{ cardFile: string; card: HubCard }> {
  const admin = section(page, "Hub administration");
  await admin.getByLabel("Hub address").fill(hubUrl);
  await admin
    .getByLabel("Passphrase for the hub key files")
    .fill("hub key files passphrase");
  const hubFiles = await downloads(page, 3, () =>
    admin
      .getByRole("button", { name: "Create the hub and save its files" })
      .click(),
  );
  const cardFile = hubFiles.find((file) => file.endsWith("hub-card.json"));
  if (cardFile === undefined) throw new Error("No hub card was saved.");
  return {
    cardFile,
    card: readHubCard(JSON.parse(readFileSync(cardFile, "utf8"))),
  };
}

/** A device trusts the hub card after hearing its fingerprint (typed as heard, in any case). */
export async function trustHub(
  page: Page,
  cardFile: string,
  heardFingerprint: string,
) {
  const hub = section(page, "Hub");
  await hub.locator('input[type="file"]').first().setInputFiles(cardFile);
  await hub
    .getByLabel("Fingerprint the hub read to you")
    .fill(heardFingerprint);
  await hub.getByRole("button", { name: "Trust this hub" }).click();
}

/**
 * The hub admin enrols a device in Mali (a field partner's unless `role` names another), typing
 * the fingerprint its holder read out.
 */
export async function enrolInMali(
  page: Page,
  cardFile: string,
  card: DeviceCard,
  role = "Field partner",
) {
  const admin = section(page, "Hub administration");
  await admin.locator('input[type="file"]').setInputFiles(cardFile);
  await admin
    .getByLabel("Fingerprint the device's holder read to you")
    .fill(card.fingerprint);
  // By keyboard, as the control's input is drawn over; the first role choice is the card's
  // (enrolment codes have their own below).
  await admin.getByRole("radio", { name: role, exact: true }).first().focus();
  await page.keyboard.press("Space");
  await chooseByKeyboard(page, "Countries", "Mali", "mali");
  await admin.getByRole("button", { name: "Enrol this device" }).click();
  await admin.getByRole("cell", { name: card.deviceId }).waitFor();
}
