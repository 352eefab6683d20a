import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { encodePublicKey } from "../../shared/bundle/identity";
import { deviceCard } from "../../shared/identity/cards";
import { corpusOpsByStream, makeDevice } from "../support/bundles/devices";
import { sealFor } from "../support/bundles/seal";
import {
  closeChromium,
  openDesk,
  SCREENSHOTS,
  type DeskSession,
} from "./support/desk-app";
import { chooseByKeyboard } from "./support/keyboard";
import {
  createHub,
  createKeys,
  dataDir,
  downloads,
  enrolInMali,
  files,
  openSync,
  PROFILES,
  section,
  trustHub,
} from "./support/sync-steps";

afterAll(closeChromium);

const CONTRIBUTION =
  "Alerts about cattle raids reached the commune office in March, but no patrol was tasked for nine days.";
const RECOMMENDATION =
  "Mariam Keita asks the UN country team to fund radio time for the local peace committees.";

const navigate = async (desk: DeskSession, area: string) => {
  await desk.page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("button", { name: area })
    .click();
};

/** Every text a PDF carries, as poppler reads it. */
const pdfText = (path: string) =>
  execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], {
    encoding: "utf8",
  });

describe("meeting input from the field to an exported brief", () => {
  it(
    "a partner's offline contribution and seeded observations become a country input, a flagged name is resolved, DOCX and PDF are saved",
    { timeout: 300_000 },
    async () => {
      const sessions: DeskSession[] = [];
      try {
        const field = await openDesk({ dataDir: dataDir("field") });
        const regional = await openDesk({ dataDir: dataDir("regional") });
        const admin = await openDesk({ dataDir: dataDir("hub") });
        sessions.push(field, regional, admin);

        // Keys, the hub, trust in its card, and the roster: the set-up every sync needs.
        for (const desk of sessions) await openSync(desk.page);
        const fieldCard = await createKeys(field.page);
        const regionalCard = await createKeys(regional.page);
        await createKeys(admin.page);
        const { cardFile: hubCardFile, card: hubCard } = await createHub(
          admin.page,
          "https://hub.example.org",
        );
        for (const desk of [field, regional]) {
          await trustHub(desk.page, hubCardFile, hubCard.fingerprint);
          await section(desk.page, "Hub")
            .getByText("Trusted hub: https://hub.example.org")
            .waitFor();
        }

        // Another partner in Mali whose observations seed the regional staff's statistics.
        const partner = await makeDevice();
        const partnerCard = deviceCard(
          encodePublicKey(partner.publicKey),
          partner.recipient,
        );
        const partnerCardFile = join(files, "partner.device-card.json");
        writeFileSync(partnerCardFile, JSON.stringify(partnerCard));

        await enrolInMali(
          admin.page,
          join(files, `${fieldCard.deviceId}.device-card.json`),
          fieldCard,
        );
        await enrolInMali(admin.page, partnerCardFile, partnerCard);
        await enrolInMali(
          admin.page,
          join(files, `${regionalCard.deviceId}.device-card.json`),
          regionalCard,
          "Regional staff",
        );
        const rosterFiles = await downloads(admin.page, 4, () =>
          section(admin.page, "Hub administration")
            .getByRole("button", { name: "Save the roster files" })
            .click(),
        );
        for (const [desk, card] of [
          [field, fieldCard],
          [regional, regionalCard],
        ] as const) {
          const slice =
            rosterFiles.find((file) => file.includes(card.deviceId)) ?? "";
          const hub = section(desk.page, "Hub");
          await hub.locator('input[type="file"]').first().setInputFiles(slice);
          await hub.getByText("Roster version 4").waitFor();
        }

        // The field partner writes a contribution offline and exports a bundle.
        await navigate(field, "Meeting contributions");
        await field.page
          .getByRole("button", { name: "New contribution" })
          .click();
        await chooseByKeyboard(
          field.page,
          "Section",
          "Early warning to early action: gaps",
        );
        await field.page.getByLabel("Your contribution").fill(CONTRIBUTION);
        await field.page.getByRole("button", { name: "Save" }).click();
        await field.page.getByText(CONTRIBUTION.slice(0, 40)).first().waitFor();
        await field.page.screenshot({
          path: join(SCREENSHOTS, "meeting-contribution-field.png"),
          fullPage: true,
        });
        await openSync(field.page);
        const [contributionBundle] = await downloads(field.page, 1, () =>
          section(field.page, "Export for the hub")
            .getByRole("button", { name: "Export for the hub" })
            .click(),
        );

        // The seeded partner's observations in Mali, sealed for the hub and the regional staff.
        const seeded = [...corpusOpsByStream(partner, 3_000).entries()].find(
          ([stream]) => stream === "country:ML",
        )?.[1];
        expect(seeded?.length).toBeGreaterThan(100);
        const seededBundle = join(files, "partner-country-ML.pdbundle");
        writeFileSync(
          seededBundle,
          await sealFor(partner, hubCard, seeded ?? [], [
            {
              ...partner,
              deviceId: regionalCard.deviceId,
              recipient: regionalCard.recipient,
            },
          ]),
        );

        // Regional staff import both bundles.
        const imports = section(regional.page, "Import bundles");
        await imports
          .locator('input[type="file"]')
          .setInputFiles([contributionBundle ?? "", seededBundle]);
        const report = imports.getByRole("table", { name: "Import report" });
        await report.getByRole("row").nth(2).waitFor();

        // They create the meeting the input is for.
        await navigate(regional, "Meetings");
        await regional.page
          .getByRole("button", { name: "New meeting" })
          .click();
        await regional.page
          .getByLabel("Title")
          .fill("Sahel dialogue, December");
        await chooseByKeyboard(regional.page, "Countries", "Mali", "mali");
        await regional.page.getByLabel("Date").fill("2026-12-15");
        await regional.page.getByRole("button", { name: "Save" }).click();
        await regional.page.getByText("Saved.").waitFor();

        // They compose the country input.
        await navigate(regional, "Meeting input");
        await regional.page
          .getByRole("button", { name: "New country input" })
          .click();
        const page = regional.page;
        await chooseByKeyboard(
          page,
          "Meeting",
          "Sahel dialogue, December · 2026-12-15",
        );
        await page.getByLabel("From", { exact: true }).fill("2025-11-01");
        await page.getByLabel("To", { exact: true }).fill("2026-10-31");
        await page
          .getByText(/^From \d+ observations on this computer/)
          .waitFor();
        const gaps = section(page, "Early warning to early action: gaps");
        await gaps.getByText(CONTRIBUTION).waitFor();
        await gaps.getByRole("button", { name: /Add to/ }).click();
        await expect
          .poll(() =>
            gaps
              .getByRole("textbox", {
                name: "Early warning to early action: gaps",
              })
              .inputValue(),
          )
          .toBe(CONTRIBUTION);
        await section(page, "Situation overview")
          .getByRole("textbox")
          .fill(
            "Cattle raids and clashes around markets rose through the year.",
          );
        const recommendations = section(page, "Recommendations").getByRole(
          "textbox",
        );
        await recommendations.fill(RECOMMENDATION);

        // An observation cited as evidence, read and ticked.
        const evidence = section(page, "Evidence from observations");
        await evidence.getByLabel("Cite an observation").click();
        await page.getByRole("option").first().click();
        await evidence
          .getByRole("button", { name: "Cite", exact: true })
          .click();
        await evidence.getByLabel("Excerpt 1", { exact: true }).waitFor();
        await evidence
          .getByLabel(
            "I have read this excerpt: it does not identify its source",
          )
          .check();

        // The person's own name, typed without its accent, is flagged in context.
        const review = section(page, "Before export");
        await review.getByText("…Mariam Keita asks the UN").first().waitFor();
        await page.screenshot({
          path: join(SCREENSHOTS, "meeting-input-flagged.png"),
          fullPage: true,
        });
        await review.getByRole("button", { name: "Rewrite the text" }).click();
        await expect
          .poll(() => page.evaluate(() => document.activeElement?.id ?? ""))
          .toBe("section-recommendations");
        await recommendations.fill(
          RECOMMENDATION.replace("Mariam Keita asks", "Partners ask"),
        );
        await review.getByText("Ready to export").waitFor();
        await page.getByText("All changes saved").waitFor();
        await page.screenshot({
          path: join(SCREENSHOTS, "meeting-input-composer.png"),
          fullPage: true,
        });

        // Preview, then save DOCX and PDF.
        await page.getByRole("button", { name: "Preview and export" }).click();
        const dialog = page.getByRole("dialog", { name: "Preview" });
        await dialog
          .frameLocator("iframe")
          .getByText("Early warning to early action: gaps")
          .waitFor();
        await page.screenshot({
          path: join(SCREENSHOTS, "meeting-input-preview.png"),
        });
        const [docx] = await downloads(page, 1, () =>
          dialog.getByRole("button", { name: "Save as DOCX" }).click(),
        );
        const [pdf] = await downloads(page, 1, () =>
          dialog.getByRole("button", { name: "Save as PDF" }).click(),
        );
        expect(docx).toMatch(/meeting-input-ML-2025-11-01-2026-10-31\.docx$/);

        const parts = unzipSync(readFileSync(docx ?? ""));
        const body = strFromU8(parts["word/document.xml"] ?? new Uint8Array());
        expect(body).toContain("nine days");
        expect(body).toContain("Partners ask the UN country team");
        const text = pdfText(pdf ?? "");
        expect(text).toContain("Early warning to early action: gaps");
        expect(text).toContain("a partner report from");
        for (const exported of [
          text,
          ...Object.values(parts).map((bytes) => strFromU8(bytes)),
        ]) {
          for (const name of [
            PROFILES.regional.name,
            "Mariam Keita",
            PROFILES.regional.organisation,
            PROFILES.field.name,
            fieldCard.deviceId,
            partner.deviceId,
          ])
            expect(exported).not.toContain(name);
        }
        execFileSync("pdftoppm", [
          "-png",
          "-r",
          "60",
          "-f",
          "1",
          "-l",
          "2",
          pdf ?? "",
          join(SCREENSHOTS, "meeting-input-pdf"),
        ]);
        for (const desk of sessions) expect(desk.pageErrors).toEqual([]);
      } catch (error) {
        // What each page showed when it failed, to read the failure from CI's files.
        await Promise.all(
          sessions.map((desk, index) =>
            desk.page.screenshot({
              path: join(
                SCREENSHOTS,
                `meeting-input-failed-${String(index)}.png`,
              ),
              fullPage: true,
            }),
          ),
        );
        throw error;
      } finally {
        await Promise.all(sessions.map((desk) => desk.close()));
      }
    },
  );
});
