import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readDeviceCard } from "../../shared/identity/cards";
import {
  closeChromium,
  openDesk,
  SCREENSHOTS,
  type DeskSession,
} from "./support/desk-app";
import {
  createHub,
  createKeys,
  dataDir,
  downloads,
  enrolInMali,
  files,
  openSync,
  section,
  trustHub,
} from "./support/sync-steps";

afterAll(closeChromium);

describe("sync by bundle file", () => {
  it(
    "carries a field observation to the hub, a receipt back, and refuses a tampered file in plain words",
    { timeout: 180_000 },
    async () => {
      const sessions: DeskSession[] = [];
      try {
        const field = await openDesk({ dataDir: dataDir("field") });
        const admin = await openDesk({ dataDir: dataDir("hub") });
        sessions.push(field, admin);

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
        // With a photo, whose bytes travel in a blob bundle.
        await field.page
          .locator('input[type="file"]')
          .setInputFiles(resolve("test/fixtures/images/gps-exif-xmp.jpg"));
        await field.page
          .getByRole("img", { name: "gps-exif-xmp.jpg" })
          .waitFor();

        await openSync(field.page);
        await openSync(admin.page);
        const fieldCard = await createKeys(field.page);
        await createKeys(admin.page);

        // The hub admin creates the hub: its card, the hub identity file, a backup of its keys.
        const { cardFile: hubCardFile, card: hubCard } = await createHub(
          admin.page,
          "https://hub.example.org",
        );
        const adminSection = section(admin.page, "Hub administration");
        await section(admin.page, "Hub")
          .getByText("Trusted hub: https://hub.example.org")
          .waitFor();

        // The field partner trusts the hub card after hearing its fingerprint by phone.
        await trustHub(
          field.page,
          hubCardFile,
          hubCard.fingerprint.toLowerCase(),
        );
        const fieldHub = section(field.page, "Hub");
        await fieldHub
          .getByText("Trusted hub: https://hub.example.org")
          .waitFor();

        // The admin enrols the field device, checking its fingerprint, and sends the roster.
        await enrolInMali(
          admin.page,
          join(files, `${fieldCard.deviceId}.device-card.json`),
          fieldCard,
        );
        await admin.page.screenshot({
          path: join(SCREENSHOTS, "sync-admin-en.png"),
        });
        const rosterFiles = await downloads(admin.page, 2, () =>
          adminSection
            .getByRole("button", { name: "Save the roster files" })
            .click(),
        );
        const slice =
          rosterFiles.find((file) => file.includes(fieldCard.deviceId)) ?? "";
        await fieldHub
          .locator('input[type="file"]')
          .first()
          .setInputFiles(slice);
        await fieldHub.getByText("Roster version 2").waitFor();

        // Field: export for the hub.
        const exportSection = section(field.page, "Export for the hub");
        const bundles = await downloads(field.page, 2, () =>
          exportSection
            .getByRole("button", { name: "Export for the hub" })
            .click(),
        );
        await exportSection.getByText("2 bundles saved:").waitFor();
        const opsBundle = bundles.find((file) =>
          file.endsWith(`${fieldCard.deviceId}-country-ML-1-2.pdbundle`),
        );
        expect(opsBundle).toBeDefined();
        expect(bundles.some((file) => file.includes("-attachment-"))).toBe(
          true,
        );

        // Hub: import, see the report, save a receipt.
        const importSection = section(admin.page, "Import bundles");
        await importSection
          .locator('input[type="file"]')
          .setInputFiles(bundles);
        const report = importSection.getByRole("table", {
          name: "Import report",
        });
        await report.getByRole("cell", { name: "country:ML 1–2" }).waitFor();
        await report
          .getByRole("cell", { name: "country:ML: attachment bytes, 1 part" })
          .waitFor();
        const opsRow = report
          .getByRole("row")
          .filter({ hasText: "country:ML 1–2" });
        // The observation and its attachment record are new; nothing missing.
        expect(await opsRow.locator("td").allInnerTexts()).toEqual(
          expect.arrayContaining(["2", "0", "none"]),
        );
        await importSection.screenshot({
          path: join(SCREENSHOTS, "sync-import-report-en.png"),
        });
        const [receipt] = await downloads(admin.page, 1, () =>
          opsRow.getByRole("button", { name: "Save receipt" }).click(),
        );

        // Field: with purging turned on (a saved setting), the receipt acknowledges the export
        // and deletes the copy kept of it.
        const receipts = section(field.page, "Receipts");
        await receipts.getByText("1 export waiting for a receipt.").waitFor();
        const sealedDir = join(field.dataDir, "sync", "sealed");
        const keptCopies = () =>
          readdirSync(sealedDir).filter((name) => name.includes("country-ML"));
        expect(keptCopies()).toHaveLength(1);
        const purge = receipts.getByRole("switch", {
          name: /Delete the kept copy/,
        });
        await purge.click();
        await receipts.getByText("Saved.").waitFor();
        expect(await purge.isChecked()).toBe(true);
        await receipts
          .locator('input[type="file"]')
          .setInputFiles(receipt ?? "");
        await receipts.getByText("1 export acknowledged by the hub.").waitFor();
        await receipts.getByText("0 exports waiting for a receipt.").waitFor();
        expect(keptCopies()).toEqual([]);

        // A tampered copy, dropped on the page, is refused in words a person understands.
        const bytes = readFileSync(opsBundle ?? "");
        bytes[bytes.length - 10] = (bytes[bytes.length - 10] ?? 0) ^ 0xff;
        const dropped = await admin.page.evaluateHandle((base64) => {
          const transfer = new DataTransfer();
          const content = Uint8Array.from(atob(base64), (char) =>
            char.charCodeAt(0),
          );
          transfer.items.add(new File([content], "tampered.pdbundle"));
          return transfer;
        }, bytes.toString("base64"));
        await importSection
          .getByText("Drop .pdbundle files here, or choose them below.")
          .dispatchEvent("drop", { dataTransfer: dropped });
        const alert = importSection.getByRole("alert");
        await alert
          .getByText(
            "tampered.pdbundle: This bundle was changed after it was sealed, so it cannot be trusted. Nothing was imported.",
          )
          .waitFor();
        expect(await report.locator("tbody tr").count()).toBe(2);
        await importSection.screenshot({
          path: join(SCREENSHOTS, "sync-tampered-en.png"),
        });

        // The field laptop's data folder is put back from a copy made before the export: it
        // seals the same seqs again, in other bytes. The hub's receipt then shows a fork.
        writeFileSync(
          join(field.dataDir, "sync", "ledger.json"),
          JSON.stringify({ sealed: [], received: [] }),
        );
        await field.page.reload();
        await openSync(field.page);
        await downloads(field.page, 2, () =>
          section(field.page, "Export for the hub")
            .getByRole("button", { name: "Export for the hub" })
            .click(),
        );
        await section(field.page, "Receipts")
          .locator('input[type="file"]')
          .setInputFiles(receipt ?? "");
        const fork = field.page
          .getByRole("alert")
          .filter({ hasText: "The hub holds other records" });
        await fork.getByText("change 1 of country:ML").waitFor();
        expect(
          await section(field.page, "Export for the hub")
            .getByRole("button", { name: "Export for the hub" })
            .isDisabled(),
        ).toBe(true);
        await fork.screenshot({ path: join(SCREENSHOTS, "sync-fork-en.png") });

        // Moving to a new linked id: a new backup, a new card for the admin to enrol.
        await fork
          .getByLabel("Passphrase for the backup file")
          .fill("new backup on the usb stick");
        await downloads(field.page, 1, () =>
          fork
            .getByRole("button", {
              name: "Move this laptop to a new device id",
            })
            .click(),
        );
        await field.page.getByText(/This laptop is now device pd/).waitFor();
        const [newCardFile] = await downloads(field.page, 1, () =>
          section(field.page, "This device's keys")
            .getByRole("button", { name: "Save the device card (for the hub)" })
            .click(),
        );
        const newCard = readDeviceCard(
          JSON.parse(readFileSync(newCardFile ?? "", "utf8")),
        );
        expect(newCard.deviceId).not.toBe(fieldCard.deviceId);
        await enrolInMali(admin.page, newCardFile ?? "", newCard);

        // The observation goes again under the new id and replaces the copy the hub holds
        // under the old one: an update, in no conflict.
        const again = await downloads(field.page, 2, () =>
          section(field.page, "Export for the hub")
            .getByRole("button", { name: "Export for the hub" })
            .click(),
        );
        expect(
          again.some((file) =>
            file.endsWith(`${newCard.deviceId}-country-ML-1-2.pdbundle`),
          ),
        ).toBe(true);
        await importSection.locator('input[type="file"]').setInputFiles(again);
        const movedRow = report
          .getByRole("row")
          .filter({ hasText: newCard.deviceId.slice(0, 12) })
          .filter({ hasText: "country:ML 1–2" });
        await movedRow.waitFor();
        await importSection.screenshot({
          path: join(SCREENSHOTS, "sync-fork-import-en.png"),
        });
        // New, updated, already here, conflicts, refused, missing changes.
        expect(
          (await movedRow.locator("td").allInnerTexts()).slice(2, 8),
        ).toEqual(["0", "2", "0", "0", "0", "none"]);
        // The photo's bytes came again with it: already here.
        const blobRow = report
          .getByRole("row")
          .filter({ hasText: newCard.deviceId.slice(0, 12) })
          .filter({ hasText: "attachment bytes" });
        expect(
          (await blobRow.locator("td").allInnerTexts()).slice(2, 5),
        ).toEqual(["0", "0", "1"]);
        expect([...field.pageErrors, ...admin.pageErrors]).toEqual([]);
      } finally {
        for (const session of sessions) await session.close();
      }
    },
  );

  it("offers, in French, to create keys or restore a backup before anything else", async () => {
    const dir = dataDir("field");
    const settings = JSON.parse(
      readFileSync(join(dir, "settings.json"), "utf8"),
    ) as object;
    writeFileSync(
      join(dir, "settings.json"),
      JSON.stringify({ ...settings, language: "fr" }),
    );
    const field = await openDesk({ dataDir: dir, locale: "fr-FR" });
    try {
      await field.page
        .getByRole("navigation", { name: "Navigation principale" })
        .getByRole("button", { name: "Synchronisation" })
        .click();
      const keys = section(field.page, "Clés de cet appareil");
      await keys
        .getByRole("button", {
          name: "Créer les clés et enregistrer la sauvegarde",
        })
        .waitFor();
      await keys
        .getByRole("button", {
          name: "Restaurer et enregistrer une nouvelle sauvegarde",
        })
        .waitFor();
      await section(field.page, "Exporter pour le hub")
        .getByText(
          "Créez d’abord les clés de cet appareil et faites confiance au hub.",
        )
        .waitFor();
      await keys.screenshot({ path: join(SCREENSHOTS, "sync-keys-fr.png") });
      expect(field.pageErrors).toEqual([]);
    } finally {
      await field.close();
    }
  });

  it("asks for an export once a week has passed without one", async () => {
    const field = await openDesk({ dataDir: dataDir("field") });
    try {
      await openSync(field.page);
      await createKeys(field.page);
      // The keys were made ten days ago, and nothing has been exported since.
      const file = join(field.dataDir, "keys", "device.json");
      const keys = JSON.parse(readFileSync(file, "utf8")) as Record<
        string,
        unknown
      >;
      writeFileSync(
        file,
        JSON.stringify({
          ...keys,
          createdAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
        }),
      );
      await field.page
        .getByRole("navigation", { name: "Main navigation" })
        .getByRole("button", { name: "Home" })
        .click();
      const reminder = field.page
        .getByRole("alert")
        .filter({ hasText: "Your last export for the hub was 10 days ago." });
      await reminder.waitFor();
      await reminder.getByRole("button", { name: "Open Sync" }).click();
      await field.page
        .getByRole("heading", { name: "Sync", level: 1 })
        .waitFor();
      expect(field.pageErrors).toEqual([]);
    } finally {
      await field.close();
    }
  });
});
