import { execFile } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { listPackage } from "@electron/asar";
import {
  getConfig,
  validateConfiguration,
} from "app-builder-lib/out/util/config/config";
import { describe, expect, it } from "vitest";

const root = resolve(".");

describe("electron-builder.yml", () => {
  it("is a valid configuration with every platform target and the icons", async () => {
    const config = await getConfig(
      root,
      join(root, "electron-builder.yml"),
      null,
    );
    await validateConfiguration(config, {
      add: () => undefined,
      isEnabled: false,
    } as never);
    expect(config.appId).toBe("org.preventionplatform.desk");
    expect(config.linux?.target).toEqual(["AppImage", "deb"]);
    expect(config.win?.target).toEqual(["nsis"]);
    expect(config.mac?.target).toEqual(["dmg"]);
    for (const icon of ["build/icon.png", "build/icon.ico"])
      expect(existsSync(join(root, icon))).toBe(true);
  });

  it("refuses a configuration with an unknown key", async () => {
    const config = await getConfig(root, join(root, "electron-builder.yml"), {
      notAnOption: true,
    } as never);
    await expect(
      validateConfiguration(config, {
        add: () => undefined,
        isEnabled: false,
      } as never),
    ).rejects.toThrow(/notAnOption/);
  });

  it(
    "packs only the build output and runtime dependencies (unpacked, stand-in Electron)",
    { timeout: 120_000 },
    async () => {
      const work = mkdtempSync(join(tmpdir(), "pd-pack-"));
      const dist = join(work, "electron-dist");
      mkdirSync(join(dist, "resources"), { recursive: true });
      writeFileSync(join(dist, "electron"), "#!/bin/sh\n");
      chmodSync(join(dist, "electron"), 0o755);
      writeFileSync(join(dist, "version"), "45.4.1");
      writeFileSync(join(dist, "LICENSE"), "MIT");
      writeFileSync(join(dist, "LICENSES.chromium.html"), "<html></html>");
      await promisify(execFile)(
        process.execPath,
        [
          resolve("node_modules/electron-builder/cli.js"),
          "--linux",
          "--dir",
          `-c.electronDist=${dist}`,
          "-c.npmRebuild=false",
          `-c.directories.output=${join(work, "out")}`,
        ],
        {
          cwd: root,
          env: { ...process.env, CI: "true" },
          maxBuffer: 16 * 1024 * 1024,
        },
      );
      const files = listPackage(
        join(work, "out", "linux-unpacked", "resources", "app.asar"),
        { isPack: false },
      ).map((file) => file.replaceAll("\\", "/"));
      for (const expected of [
        "/package.json",
        "/out/main/index.js",
        "/out/main/start.js",
        "/out/preload/preload.cjs",
        "/out/renderer/index.html",
        "/node_modules/zod/package.json",
        "/node_modules/conf/package.json",
        "/node_modules/electron-store/package.json",
      ]) {
        expect(files, expected).toContain(expected);
      }
      const unwanted =
        /^\/(src-main|src-renderer|shared|test|docs|\.ci)\/|^\/node_modules\/(react|react-dom|@mantine|vite|vitest|electron|typescript)\//;
      expect(files.filter((file) => unwanted.test(file))).toEqual([]);
    },
  );
});
