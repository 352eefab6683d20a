import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DATA_FOLDER_FILE,
  claimDataFolder,
  defaultDataDir,
  readDataFolder,
} from "../../../../src-main/services/data-folder";

const fresh = () => mkdtempSync(join(tmpdir(), "pd-folder-"));
const now = () => new Date("2026-11-23T12:00:00.000Z");

describe("data folder", () => {
  it("is where Electron keeps userData for Prevention Desk on each platform", () => {
    expect(defaultDataDir({ HOME: "/home/awa" }, "linux")).toBe(
      "/home/awa/.config/Prevention Desk",
    );
    expect(
      defaultDataDir({ HOME: "/home/awa", XDG_CONFIG_HOME: "/cfg" }, "linux"),
    ).toBe("/cfg/Prevention Desk");
    expect(defaultDataDir({ HOME: "/Users/awa" }, "darwin")).toBe(
      "/Users/awa/Library/Application Support/Prevention Desk",
    );
    expect(
      defaultDataDir({ APPDATA: "C:\\Users\\awa\\AppData\\Roaming" }, "win32"),
    ).toContain("Prevention Desk");
  });

  it("records the mode and port of a new folder and keeps them", () => {
    const dir = fresh();
    expect(readDataFolder(dir)).toBeNull();
    expect(claimDataFolder(dir, "browser", 43210, now)).toEqual({
      mode: "browser",
      port: 43210,
      createdAt: "2026-11-23T12:00:00.000Z",
    });
    expect(claimDataFolder(dir, "browser", 50000)).toMatchObject({
      port: 43210,
    });
    expect(readDataFolder(dir)).toMatchObject({ mode: "browser", port: 43210 });
  });

  it("refuses a folder that belongs to the other shell, and leaves it as it was", () => {
    const dir = fresh();
    claimDataFolder(dir, "electron", undefined, now);
    const before = readFileSync(join(dir, DATA_FOLDER_FILE), "utf8");
    expect(() => claimDataFolder(dir, "browser", 43210)).toThrow(
      /belongs to the installed app \(Electron\)/,
    );
    expect(readFileSync(join(dir, DATA_FOLDER_FILE), "utf8")).toBe(before);
  });

  it("says so when the folder's record is damaged", () => {
    const dir = fresh();
    writeFileSync(join(dir, DATA_FOLDER_FILE), '{"mode":"kiosk"}');
    expect(() => readDataFolder(dir)).toThrow(/is damaged/);
  });

  it("is readable by this user only", () => {
    const dir = join(fresh(), "new-install");
    claimDataFolder(dir, "browser", 43210, now);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, DATA_FOLDER_FILE)).mode & 0o777).toBe(0o600);
  });
});
