import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { SettingsService } from "../../../../src-main/services/settings-service";
import { openConfSettingsStore } from "../../../../src-main/services/settings-store-conf";
import { openElectronSettingsStore } from "../../../../src-main/app/settings-store-electron";

// electron-store loads `electron`; give it the two objects it reads, as Electron's main process would.
const userData = mkdtempSync(join(tmpdir(), "pd-electron-userdata-"));
vi.mock("electron", () => {
  const electron = {
    app: { getPath: () => userData, getVersion: () => "0.1.0" },
    ipcMain: {
      channels: new Set<string>(),
      on(channel: string) {
        this.channels.add(channel);
      },
      removeAllListeners(channel: string) {
        this.channels.delete(channel);
      },
    },
    shell: {},
  };
  return { ...electron, default: electron };
});

describe("electron-store settings adapter", () => {
  it("writes the same settings.json that conf reads, and back", () => {
    const dir = mkdtempSync(join(tmpdir(), "pd-electron-settings-"));
    new SettingsService(dir, openElectronSettingsStore).setProfile({
      name: "Jo",
      organisation: "Hub",
    });
    expect(
      new SettingsService(dir, openConfSettingsStore).get().profile,
    ).toEqual({ name: "Jo", organisation: "Hub" });
    new SettingsService(dir, openConfSettingsStore).setLanguage("fr");
    expect(
      new SettingsService(dir, openElectronSettingsStore).get(),
    ).toMatchObject({
      language: "fr",
      profile: { name: "Jo", organisation: "Hub" },
    });
  });

  it("leaves no electron-store IPC listener without a sender check behind", async () => {
    const { ipcMain } = (await import("electron")) as unknown as {
      ipcMain: { channels: Set<string> };
    };
    openElectronSettingsStore(mkdtempSync(join(tmpdir(), "pd-electron-ipc-")));
    expect([...ipcMain.channels]).toEqual([]);
  });
});
