import { execFile } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
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
/** The marker @electron/fuses looks for in an Electron binary. */
const FUSE_SENTINEL = "dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX";

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
      // A stand-in binary with Electron's fuse wire (v1, 8 fuses, Electron's defaults), so the
      // packer's fuse flipping runs for real and can be checked below.
      writeFileSync(
        join(dist, "electron"),
        `#!/bin/sh\n${FUSE_SENTINEL}\x01\x0810110001\n`,
      );
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
      const packed = readFileSync(
        join(work, "out", "linux-unpacked", "prevention-desk"),
        "latin1",
      );
      const wire = packed
        .slice(packed.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length + 2)
        .slice(0, 8);
      // RunAsNode off, cookie encryption on, NODE_OPTIONS and --inspect off, asar integrity
      // and asar-only on, V8 snapshot fuse left as shipped, no extra file:// privileges.
      expect(wire).toBe("01001100");
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
