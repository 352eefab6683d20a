import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Encrypter } from "age-encryption";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { defaultSettings } from "../../shared/domain/settings";
import { readDeviceCard, type DeviceCard } from "../../shared/identity/cards";
import type { RosterEntry } from "../../shared/identity/roster";
import { makeHub } from "../support/bundles/installs";
import {
  closeChromium,
  openDesk,
  SCREENSHOTS,
  type DeskSession,
} from "./support/desk-app";

afterAll(closeChromium);

const AT = "2026-11-01T09:00:00.000Z";
const files = mkdtempSync(join(tmpdir(), "pd-e2e-sync-files-"));

function dataDir(role: "field" | "hub"): string {
  const dir = mkdtempSync(join(tmpdir(), `pd-e2e-sync-${role}-`));
  writeFileSync(
    join(dir, "settings.json"),
    JSON.stringify({
      ...defaultSettings,
      profile: {
        name: role === "field" ? "Awa Traoré" : "Hub desk",
        organisation: "Test",
      },
      roleChoice: { role, countries: role === "field" ? ["ML"] : [] },
      onboardedAt: AT,
    }),
  );
  return dir;
}

const section = (page: Page, name: string) =>
  page.getByRole("region", { name });

/** Saves what the page offers for download into the test's folder and returns the paths. */
async function downloads(
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

async function openSync(page: Page) {
  await page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("button", { name: "Sync" })
    .click();
  await page.getByRole("heading", { name: "Sync", level: 1 }).waitFor();
}

/** Creates the install's keys (backup saved) and returns its device card. */
async function createKeys(page: Page): Promise<DeviceCard> {
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

/** Trusts the hub card after typing the fingerprint "read over the phone", then imports the roster. */
async function trustHubAndRoster(
  page: Page,
  cardFile: string,
  fingerprint: string,
  rosterFile: string,
) {
  const hub = section(page, "Hub");
  await hub.locator('input[type="file"]').first().setInputFiles(cardFile);
  await hub
    .getByLabel("Fingerprint the hub read to you")
    .fill(fingerprint.toLowerCase());
  await hub.getByRole("button", { name: "Trust this hub" }).click();
  await hub.getByText("Trusted hub: https://hub.example.org").waitFor();
  await hub.locator('input[type="file"]').first().setInputFiles(rosterFile);
  await hub.getByText("Roster version 1").waitFor();
}

describe("sync by bundle file", () => {
  it(
    "carries a field observation to the hub, a receipt back, and refuses a tampered file in plain words",
    { timeout: 180_000 },
    async () => {
      const hub = await makeHub();
      const hubCardFile = join(files, "hub-card.json");
      writeFileSync(hubCardFile, JSON.stringify(hub.card, null, 2));
      const identityFile = join(files, "hub-identity.age");
      const encrypter = new Encrypter();
      encrypter.setPassphrase("hub identity passphrase");
      encrypter.setScryptWorkFactor(12);
      writeFileSync(identityFile, await encrypter.encrypt(`${hub.identity}\n`));

      const sessions: DeskSession[] = [];
      try {
        const field = await openDesk({ dataDir: dataDir("field") });
        const desk = await openDesk({ dataDir: dataDir("hub") });
        sessions.push(field, desk);

        // The field partner records an observation before having keys.
        await field.page
          .getByRole("navigation", { name: "Main navigation" })
          .getByRole("button", { name: "Record observation" })
          .click();
        await field.page
          .getByLabel("Title")
          .fill("Clashes near the Sévaré cattle market");
        await field.page.getByRole("button", { name: "Save draft" }).click();
        await field.page
          .getByRole("heading", {
            name: "Clashes near the Sévaré cattle market",
          })
          .waitFor();

        await openSync(field.page);
        await openSync(desk.page);
        const fieldCard = await createKeys(field.page);
        const hubCard = await createKeys(desk.page);

        // The hub admin enrols both devices in a signed roster.
        const entry = (
          card: DeviceCard,
          role: RosterEntry["role"],
          countries: RosterEntry["countries"],
        ): RosterEntry => ({ card, role, countries, enrolledAt: AT });
        const rosterFile = join(files, "roster.json");
        writeFileSync(
          rosterFile,
          hub.roster(1, [
            entry(fieldCard, "field", ["ML"]),
            entry(hubCard, "hub", []),
          ]),
        );
        await trustHubAndRoster(
          field.page,
          hubCardFile,
          hub.card.fingerprint,
          rosterFile,
        );
        await trustHubAndRoster(
          desk.page,
          hubCardFile,
          hub.card.fingerprint,
          rosterFile,
        );
        const hubSection = section(desk.page, "Hub");
        await hubSection
          .locator('input[type="file"]')
          .last()
          .setInputFiles(identityFile);
        await hubSection
          .getByLabel("Its passphrase")
          .fill("hub identity passphrase");
        await hubSection
          .getByRole("button", { name: "Add the hub identity" })
          .click();
        await hubSection
          .getByRole("button", { name: "Add the hub identity" })
          .waitFor({ state: "detached" });

        // Field: export for the hub.
        const exportSection = section(field.page, "Export for the hub");
        const bundles = await downloads(field.page, 1, () =>
          exportSection
            .getByRole("button", { name: "Export for the hub" })
            .click(),
        );
        await exportSection.getByText("1 bundle saved:").waitFor();
        expect(bundles[0]).toMatch(
          new RegExp(`${fieldCard.deviceId}-country-ML-1-1\\.pdbundle$`),
        );

        // Hub: import, see the report, save a receipt.
        const importSection = section(desk.page, "Import bundles");
        await importSection
          .locator('input[type="file"]')
          .setInputFiles(bundles);
        const report = importSection.getByRole("table", {
          name: "Import report",
        });
        await report.getByRole("cell", { name: "country:ML 1–1" }).waitFor();
        expect(
          await report
            .locator("tbody tr")
            .first()
            .locator("td")
            .allInnerTexts(),
        ).toEqual(expect.arrayContaining(["1", "0", "none"]));
        await importSection.screenshot({
          path: join(SCREENSHOTS, "sync-import-report-en.png"),
        });
        const [receipt] = await downloads(desk.page, 1, () =>
          report.getByRole("button", { name: "Save receipt" }).click(),
        );

        // Field: the receipt acknowledges the export.
        const receipts = section(field.page, "Receipts");
        await receipts.getByText("1 export waiting for a receipt.").waitFor();
        await receipts
          .locator('input[type="file"]')
          .setInputFiles(receipt ?? "");
        await receipts.getByText("1 export acknowledged by the hub.").waitFor();
        await receipts.getByText("0 exports waiting for a receipt.").waitFor();

        // A tampered copy is refused, in words a person understands, and changes nothing.
        const tampered = join(files, "tampered.pdbundle");
        const bytes = readFileSync(bundles[0] ?? "");
        bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff;
        writeFileSync(tampered, bytes);
        await importSection
          .locator('input[type="file"]')
          .setInputFiles(tampered);
        const alert = importSection.getByRole("alert");
        await alert
          .getByText(
            "This bundle was changed after it was sealed, so it cannot be trusted. Nothing was imported.",
          )
          .waitFor();
        await importSection.screenshot({
          path: join(SCREENSHOTS, "sync-tampered-en.png"),
        });
        expect([...field.pageErrors, ...desk.pageErrors]).toEqual([]);
      } finally {
        for (const session of sessions) await session.close();
      }
    },
  );
});
