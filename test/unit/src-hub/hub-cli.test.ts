import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { startPostgres } from "../../support/postgres";

const CLI = ["--import", "tsx", "src-hub/cli/hub-cli.ts"];
const folders: string[] = [];
const dataFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), "pd-hub-"));
  folders.push(folder);
  return join(folder, "data");
};
afterEach(() => {
  for (const folder of folders.splice(0))
    rmSync(folder, { recursive: true, force: true });
});

const env = { ...process.env, DATABASE_URL: "" };

describe("hub command line", () => {
  it("lists no devices on a fresh, uninitialised data folder", () => {
    const result = spawnSync(
      process.execPath,
      [...CLI, "devices", "list", "--json", "--data", dataFolder()],
      { encoding: "utf8", env },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it("uses PostgreSQL when DATABASE_URL is set", async () => {
    const server = await startPostgres();
    try {
      const result = spawnSync(
        process.execPath,
        [...CLI, "devices", "list", "--json"],
        { encoding: "utf8", env: { ...env, DATABASE_URL: server.url } },
      );
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual([]);
    } finally {
      server.stop();
    }
  }, 30_000);

  it("exits 2 with the usage for an unknown command or a missing folder", () => {
    for (const args of [["frobnicate"], ["devices", "list"]]) {
      const result = spawnSync(process.execPath, [...CLI, ...args], {
        encoding: "utf8",
        env,
      });
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^error: USAGE .+\nUsage: npm run -s hub/);
    }
  });

  it("serves /v1/health on a fresh folder and stops cleanly on SIGTERM", async () => {
    const server = spawn(
      process.execPath,
      [...CLI, "serve", "--port", "0", "--data", dataFolder()],
      { env, stdio: ["ignore", "pipe", "pipe"] },
    );
    const exited = new Promise<number | null>((done) =>
      server.once("exit", (code) => {
        done(code);
      }),
    );
    let address = "";
    for await (const line of createInterface({ input: server.stdout })) {
      const parsed = JSON.parse(line) as { listening?: string };
      if (parsed.listening) {
        address = parsed.listening;
        break;
      }
    }
    const response = await fetch(`${address}/v1/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      initialised: false,
    });
    server.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 30_000);
});
