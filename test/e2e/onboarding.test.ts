import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { closeChromium, openDesk, SCREENSHOTS } from "./support/desk-app";

afterAll(closeChromium);

describe("first run", () => {
  it("onboards by keyboard alone and reopens on the role home screen in the chosen language", async () => {
    const desk = await openDesk();
    const { page } = desk;
    try {
      await page
        .getByRole("heading", { name: "Welcome to Prevention Desk" })
        .waitFor();

      // Step 1: language. The selected radio has focus; the arrow key switches the UI at once.
      await page.keyboard.press("ArrowRight");
      await page
        .getByRole("heading", { name: "Bienvenue dans Prevention Desk" })
        .waitFor();
      await page.keyboard.press("Tab");
      expect(
        await page.evaluate(() => document.activeElement?.textContent),
      ).toBe("Suivant");
      await page.keyboard.press("Enter");

      // Step 2: name and organisation; Enter moves on. An empty name is refused first.
      await page.getByLabel("Votre nom").waitFor();
      await page.keyboard.press("Enter");
      await page.getByText("Saisissez votre nom.").waitFor();
      await page.keyboard.type("Awa Traoré");
      await page.keyboard.press("Tab");
      await page.keyboard.type("Réseau Paix Mopti");
      await page.keyboard.press("Enter");

      // Step 3: role and country. Field partner is selected; the country picker searches without accents.
      await page
        .getByRole("radio", { name: "Partenaire de terrain" })
        .waitFor();
      expect(
        await page
          .getByRole("radio", { name: "Partenaire de terrain" })
          .isChecked(),
      ).toBe(true);
      await page.keyboard.press("Tab");
      await page.keyboard.type("cote d");
      await page.getByRole("option", { name: "Côte d’Ivoire" }).waitFor();
      await page.screenshot({
        path: join(SCREENSHOTS, "onboarding-role-fr.png"),
      });
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      expect(
        await page
          .getByRole("combobox", { name: "Pays où vous travaillez" })
          .inputValue(),
      ).toBe("Côte d’Ivoire");
      await page.keyboard.press("Enter");

      await page
        .getByRole("heading", { name: "Bienvenue, Awa Traoré" })
        .waitFor();
      await page.getByText("Partenaire de terrain · Côte d’Ivoire").waitFor();

      await page.reload();
      await page
        .getByRole("heading", { name: "Bienvenue, Awa Traoré" })
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(
        "fr",
      );
      const nav = page.getByRole("navigation", {
        name: "Navigation principale",
      });
      expect(await nav.getByRole("button").allInnerTexts()).toEqual([
        "Accueil",
        "Nouvelle observation",
        "Observations",
        "Contributions aux réunions",
        "Synchronisation",
        "Paramètres",
      ]);
      await page.screenshot({ path: join(SCREENSHOTS, "home-field-fr.png") });
      expect(desk.pageErrors, desk.pageErrors.join("\n")).toEqual([]);
    } finally {
      await desk.close();
    }
  });
});
