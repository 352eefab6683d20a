import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultSettings, type Settings } from "../../shared/domain/settings";
import { closeChromium, openDesk, SCREENSHOTS } from "./support/desk-app";

afterAll(closeChromium);

function dataDirWith(settings: Partial<Settings> | string): string {
  const dir = mkdtempSync(join(tmpdir(), "pd-e2e-settings-"));
  const content =
    typeof settings === "string"
      ? settings
      : JSON.stringify({ ...defaultSettings, ...settings });
  writeFileSync(join(dir, "settings.json"), content);
  return dir;
}

const regional: Partial<Settings> = {
  language: "en",
  profile: { name: "Jo Mensah", organisation: "West Africa desk" },
  roleChoice: { role: "regional", countries: ["ML", "NE"] },
  onboardedAt: "2026-11-01T09:00:00.000Z",
};

describe("settings", () => {
  it("keeps an unreadable settings file aside and says so", async () => {
    const dataDir = dataDirWith('{"language": "fr", ');
    const desk = await openDesk({ dataDir });
    try {
      const notice = desk.page
        .getByRole("status")
        .filter({ hasText: "could not be read" });
      await notice.waitFor();
      const backup = readdirSync(dataDir).find((file) =>
        file.startsWith("settings.unreadable-"),
      );
      expect(backup).toBeDefined();
      expect(await notice.innerText()).toContain(backup);
      await desk.page
        .getByRole("heading", { name: "Welcome to Prevention Desk" })
        .waitFor();
      await desk.page.getByRole("button", { name: "Dismiss" }).click();
      await notice.waitFor({ state: "detached" });
      await desk.page.reload();
      await desk.page
        .getByRole("heading", { name: "Welcome to Prevention Desk" })
        .waitFor();
      expect(await desk.page.getByRole("status").count()).toBe(0);
    } finally {
      await desk.close();
    }
  });

  it("changes language, countries and shows where the data lives", async () => {
    const dataDir = dataDirWith(regional);
    const desk = await openDesk({ dataDir });
    const { page } = desk;
    try {
      await page.getByRole("heading", { name: "Welcome, Jo Mensah" }).waitFor();
      await page.getByText("Regional staff · Mali, Niger").waitFor();
      await page
        .getByRole("navigation")
        .getByRole("button", { name: "Settings" })
        .click();
      const about = page.getByRole("region", {
        name: "About this installation",
      });
      await about.getByText(dataDir).waitFor();
      expect(
        await about.getByRole("row", { name: /Running as/ }).innerText(),
      ).toContain("Browser shell");
      expect(
        await about.getByRole("row", { name: /Version/ }).innerText(),
      ).toContain("0.0.0-e2e");

      await page.getByRole("radio", { name: "Français" }).click();
      await page.getByRole("heading", { name: "Paramètres" }).waitFor();

      const countries = page.getByRole("combobox", {
        name: "Pays que vous couvrez",
      });
      await countries.fill("burkina");
      await page.getByRole("option", { name: "Burkina Faso" }).click();
      await page.keyboard.press("Escape");
      await page
        .getByRole("region", { name: "Rôle et pays" })
        .getByRole("button", { name: "Enregistrer" })
        .click();
      await page
        .getByRole("region", { name: "Rôle et pays" })
        .getByText("Enregistré.")
        .waitFor();
      await page.screenshot({
        path: join(SCREENSHOTS, "settings-regional-fr.png"),
      });

      const saved = JSON.parse(
        readFileSync(join(dataDir, "settings.json"), "utf8"),
      ) as Settings;
      expect(saved.language).toBe("fr");
      expect(saved.roleChoice).toEqual({
        role: "regional",
        countries: ["ML", "NE", "BF"],
      });
      expect(desk.pageErrors).toEqual([]);
    } finally {
      await desk.close();
    }
  });

  it("shows role and countries read-only once the device is enrolled", async () => {
    const dataDir = dataDirWith({
      ...regional,
      enrolledAt: "2026-11-20T08:00:00.000Z",
    });
    const desk = await openDesk({ dataDir });
    try {
      await desk.page
        .getByRole("navigation")
        .getByRole("button", { name: "Settings" })
        .click();
      const section = desk.page.getByRole("region", {
        name: "Role and countries",
      });
      await section.getByText("This device is enrolled").waitFor();
      expect(
        await section
          .getByRole("radio", { name: "Hub staff (New York)" })
          .isDisabled(),
      ).toBe(true);
      expect(await section.getByRole("button", { name: "Save" }).count()).toBe(
        0,
      );
    } finally {
      await desk.close();
    }
  });

  it("gives hub staff their own areas", async () => {
    const dataDir = dataDirWith({
      ...regional,
      roleChoice: { role: "hub", countries: [] },
    });
    const desk = await openDesk({ dataDir });
    try {
      await desk.page
        .getByText("Hub staff (New York) · All countries")
        .waitFor();
      const nav = desk.page.getByRole("navigation", {
        name: "Main navigation",
      });
      expect(await nav.getByRole("button").allInnerTexts()).toEqual([
        "Home",
        "Inbox",
        "Review",
        "Meetings",
        "Meeting input",
        "Dashboard",
        "Sync",
        "Settings",
      ]);
      await nav.getByRole("button", { name: "Review" }).click();
      await desk.page.getByRole("heading", { name: "Review" }).waitFor();
      await desk.page
        .getByText("Arriving in a coming version of Prevention Desk.")
        .waitFor();
    } finally {
      await desk.close();
    }
  });
});
