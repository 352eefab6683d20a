import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultSettings } from "../../shared/domain/settings";
import { closeChromium, openDesk, SCREENSHOTS } from "./support/desk-app";
import { chooseByKeyboard } from "./support/keyboard";

afterAll(closeChromium);

const PHOTO = resolve("test/fixtures/images/gps-exif-xmp.jpg");

function fieldPartnerDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "pd-e2e-obs-"));
  writeFileSync(
    join(dir, "settings.json"),
    JSON.stringify({
      ...defaultSettings,
      profile: { name: "Awa Traoré", organisation: "Réseau Paix Mopti" },
      roleChoice: { role: "field", countries: ["ML"] },
      onboardedAt: "2026-11-01T09:00:00.000Z",
    }),
  );
  return dir;
}

describe("field observations", () => {
  it(
    "are recorded by keyboard, survive a reload mid-edit, and are found, finalised and edited",
    { timeout: 120_000 },
    async () => {
      const desk = await openDesk({ dataDir: fieldPartnerDataDir() });
      const { page } = desk;
      const nav = page.getByRole("navigation", { name: "Main navigation" });
      try {
        await nav.getByRole("button", { name: "Observations" }).focus();
        await page.keyboard.press("Enter");
        await page.getByText("No observations yet.").waitFor();

        // Start typing, then reload before saving: the draft is still there.
        await nav.getByRole("button", { name: "Record observation" }).focus();
        await page.keyboard.press("Enter");
        await page.getByLabel("Title").waitFor();
        await page.keyboard.type("Clashes near the Sévaré cattle market");
        await page.keyboard.press("Tab");
        await page.keyboard.type(
          "Armed men on motorbikes fired at herders; security forces arrived two hours later.",
        );
        await page.waitForTimeout(600); // longer than the autosave delay: the draft row is written
        await page.reload();
        await nav.getByRole("button", { name: "Record observation" }).focus();
        await page.keyboard.press("Enter");
        await page.getByLabel("Title").waitFor();
        expect(await page.getByLabel("Title").inputValue()).toBe(
          "Clashes near the Sévaré cattle market",
        );

        // The rest, by keyboard.
        await chooseByKeyboard(
          page,
          "Category",
          "Armed group activity",
          "armed",
        );
        await chooseByKeyboard(
          page,
          "Indicators",
          "Armed clashes near populated areas",
          "clash",
        );
        await page.keyboard.press("Escape");
        await chooseByKeyboard(page, "Severity", "4 – high");
        await chooseByKeyboard(page, "Trend", "Escalating");
        await chooseByKeyboard(page, "Expected within", "Days");
        await chooseByKeyboard(page, "Likelihood of escalation", "4 – likely");
        await page.getByLabel("Region or province").focus();
        await page.keyboard.type("Mopti");
        await page.keyboard.press("Tab");
        await page.keyboard.type("Sévaré");
        await chooseByKeyboard(page, "Location precision", "Town or village");
        await page.getByLabel("Actors involved").first().focus();
        await page.keyboard.type("armed group on motorbikes");
        await page.keyboard.press("Enter");
        await chooseByKeyboard(page, "Source type", "Community member");
        await chooseByKeyboard(
          page,
          "Source reliability",
          "B – usually reliable",
        );
        await chooseByKeyboard(
          page,
          "Information credibility",
          "2 – probably true",
        );
        await page.getByLabel("Source name (stays on this computer)").focus();
        await page.keyboard.type("Moussa Diallo");
        // An impossible latitude blocks only itself: the rest is saved, the form keeps it all.
        await page.getByLabel("Latitude").focus();
        await page.keyboard.type("95");
        await page.keyboard.press("Enter"); // Save draft
        await page
          .getByText("Saved as a draft, except the fields marked in red")
          .waitFor();
        await page.getByText("Latitude must be between -90 and 90.").waitFor();
        expect(await page.getByLabel("Latitude").inputValue()).toBe("95");
        await page.getByLabel("Latitude").fill("");
        await page.getByLabel("Title").focus();
        await page.keyboard.press("Enter"); // Save draft
        await page
          .getByRole("heading", {
            name: "Clashes near the Sévaré cattle market",
          })
          .waitFor();

        // A photo: stored without its GPS and camera data.
        await page.locator('input[type="file"]').setInputFiles(PHOTO);
        await page
          .getByText(
            "Location and camera details were removed from gps-exif-xmp.jpg.",
          )
          .waitFor();
        await page.getByRole("img", { name: "gps-exif-xmp.jpg" }).waitFor();

        // Finalise after naming the source in a shared field: a warning says where.
        await page.getByRole("button", { name: "Edit" }).click();
        const description = page.getByLabel("What happened");
        // The form fills in the saved record once it has read it; edit only after that.
        await expect
          .poll(() => description.inputValue())
          .toContain("Armed men on motorbikes");
        const told = await description.inputValue();
        await description.fill(`${told} Moussa diallo saw it from his shop.`);
        await page
          .getByRole("button", { name: "Mark final", exact: true })
          .click();
        const warning = page.getByRole("dialog", {
          name: "The source may be named in shared fields",
        });
        await warning.getByText("What happened").waitFor();
        await warning.getByRole("button", { name: "Go back and edit" }).click();
        await warning.waitFor({ state: "hidden" });
        await description.fill(told);
        await page
          .getByRole("button", { name: "Mark final", exact: true })
          .click();
        await page.getByText("Final", { exact: true }).first().waitFor();

        // Find it: filters and search with and without accents.
        await nav.getByRole("button", { name: "Observations" }).click();
        await page.getByText("Matching: 1 of 1").waitFor();
        const search = page.getByRole("searchbox", { name: "Search" });
        await search.fill("sevare securite");
        await page.getByText("Matching: 1 of 1").waitFor();
        await search.fill("sécurité SÉVARÉ");
        await page.getByText("Matching: 1 of 1").waitFor();
        await search.fill("zzzz");
        await page.getByText("Matching: 0 of 1").waitFor();
        await search.fill("");
        await chooseByKeyboard(page, "Severity", "3 – moderate");
        await page.getByText("Matching: 0 of 1").waitFor();
        await chooseByKeyboard(page, "Severity", "4 – high");
        await page.getByText("Matching: 1 of 1").waitFor();
        await page.screenshot({
          path: join(SCREENSHOTS, "observations-list-en.png"),
        });

        // Edit one field and see it in the history.
        await page
          .getByRole("listitem")
          .filter({ hasText: "Clashes near the Sévaré cattle market" })
          .click();
        await page.getByRole("button", { name: "Edit" }).click();
        await chooseByKeyboard(page, "Severity", "5 – critical");
        await page.getByRole("button", { name: "Save changes" }).click();
        const history = page.getByRole("table").filter({ hasText: "Device" });
        await history
          .getByRole("row")
          .filter({ hasText: "5 – critical" })
          .waitFor();
        expect(
          await history
            .getByRole("row")
            .filter({ hasText: "Severity" })
            .count(),
        ).toBe(2);
        await page.screenshot({
          path: join(SCREENSHOTS, "observation-detail-en.png"),
          fullPage: true,
        });
        // The same screens in French.
        await nav.getByRole("button", { name: "Settings" }).click();
        await page.getByRole("radio", { name: "Français" }).click();
        await page.getByRole("heading", { name: "Paramètres" }).waitFor();
        await page
          .getByRole("navigation", { name: "Navigation principale" })
          .getByRole("button", { name: "Observations" })
          .click();
        await page.getByText("Correspondances : 1 sur 1").waitFor();
        await page.screenshot({
          path: join(SCREENSHOTS, "observations-list-fr.png"),
        });
        await page.getByRole("listitem").first().click();
        await page.getByRole("heading", { name: "Historique" }).waitFor();
        await page.screenshot({
          path: join(SCREENSHOTS, "observation-detail-fr.png"),
        });
        expect(desk.pageErrors).toEqual([]);
      } finally {
        await desk.close();
      }
    },
  );
});
