import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findElectronBinary } from "../../../../src-main/launch/electron-binary";

describe("findElectronBinary", () => {
  it("uses ELECTRON_OVERRIDE_DIST_PATH when it holds a binary", () => {
    const dist = mkdtempSync(join(tmpdir(), "pd-electron-dist-"));
    const executable =
      process.platform === "win32" ? "electron.exe" : "electron";
    writeFileSync(join(dist, executable), "");
    expect(findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: dist })).toEqual({
      found: true,
      path: join(dist, executable),
    });
  });

  it("says why, in one line, when the override holds no binary (without downloading)", () => {
    const empty = mkdtempSync(join(tmpdir(), "pd-electron-empty-"));
    mkdirSync(join(empty, "resources"));
    const result = findElectronBinary({ ELECTRON_OVERRIDE_DIST_PATH: empty });
    expect(result.found).toBe(false);
    expect(result.found ? "" : result.reason).toContain(
      "holds no Electron binary",
    );
    expect(result.found ? "" : result.reason).not.toContain("\n");
  });
});
