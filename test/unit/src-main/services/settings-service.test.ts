import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../../shared/domain/settings";
import {
  SettingsService,
  SETTINGS_FILE,
} from "../../../../src-main/services/settings-service";
import { openConfSettingsStore } from "../../../../src-main/services/settings-store-conf";

const dataDir = () => mkdtempSync(join(tmpdir(), "pd-settings-"));
const open = (dir: string) =>
  new SettingsService(
    dir,
    openConfSettingsStore,
    () => new Date("2026-11-23T10:00:00.000Z"),
  );
const onboarding = {
  language: "fr" as const,
  profile: { name: "Awa Traoré", organisation: "Réseau Paix Mopti" },
  roleChoice: { role: "field" as const, countries: ["ML" as const] },
};

describe("SettingsService", () => {
  it("starts with defaults and keeps what was saved across restarts", () => {
    const dir = dataDir();
    expect(open(dir).get()).toEqual(defaultSettings);
    open(dir).completeOnboarding(onboarding);
    const reopened = open(dir).get();
    expect(reopened).toMatchObject({
      ...onboarding,
      onboardedAt: "2026-11-23T10:00:00.000Z",
    });
    expect(
      JSON.parse(readFileSync(join(dir, SETTINGS_FILE), "utf8")),
    ).toMatchObject({ language: "fr" });
  });

  it.each([
    ["corrupt JSON", '{"language": "fr", '],
    [
      "a hand-edited invalid value",
      JSON.stringify({ ...defaultSettings, language: "klingon" }),
    ],
    ["JSON that is not an object", "[1,2,3]"],
  ])("moves %s aside, uses defaults and tells the person", (_case, content) => {
    const dir = dataDir();
    writeFileSync(join(dir, SETTINGS_FILE), content);
    const service = open(dir);
    expect(service.get()).toEqual(defaultSettings);
    const [notice] = service.notices;
    expect(notice).toMatchObject({ kind: "settingsReset" });
    expect(readFileSync(join(dir, notice?.backupFile ?? ""), "utf8")).toBe(
      content,
    );
    service.setLanguage("fr");
    expect(open(dir).get().language).toBe("fr");
    expect(open(dir).notices).toEqual([]);
    service.dismissNotice(notice?.id ?? "");
    expect(service.notices).toEqual([]);
  });

  it("keeps a settings file from an older version that lacks newer fields", () => {
    const dir = dataDir();
    writeFileSync(join(dir, SETTINGS_FILE), JSON.stringify({ language: "fr" }));
    const service = open(dir);
    expect(service.get()).toEqual({ ...defaultSettings, language: "fr" });
    expect(service.notices).toEqual([]);
    expect(readdirSync(dir)).toEqual([SETTINGS_FILE]);
  });

  it("keeps exports after a receipt unless the person turns purging on", () => {
    const dir = dataDir();
    expect(open(dir).get().purgeAfterReceipt).toBe(false);
    open(dir).setPurgeAfterReceipt(true);
    expect(open(dir).get().purgeAfterReceipt).toBe(true);
  });

  it("refuses to change role and countries once the device is enrolled", () => {
    const dir = dataDir();
    writeFileSync(
      join(dir, SETTINGS_FILE),
      JSON.stringify({
        ...defaultSettings,
        roleChoice: onboarding.roleChoice,
        enrolledAt: "2026-11-20T08:00:00.000Z",
      }),
    );
    expect(() => open(dir).setRole({ role: "hub", countries: [] })).toThrow(
      expect.objectContaining({ code: "ROLE_LOCKED" }),
    );
    expect(open(dir).get().roleChoice).toEqual(onboarding.roleChoice);
  });

  it("keeps the settings file readable by this user only", () => {
    const dir = dataDir();
    open(dir).setLanguage("fr");
    expect(statSync(join(dir, SETTINGS_FILE)).mode & 0o777).toBe(0o600);
  });
});
