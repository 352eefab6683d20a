import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { startPostgres } from "../../support/postgres";
import { serveHub } from "../../support/hub/hub-process";
import { hubCard } from "../../../shared/identity/cards";
import { openDatabase } from "../../../src-hub/db/database";
import { migrate } from "../../../src-hub/db/migrations";

const RECIPIENT =
  "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p";
const ROSTER_KEY = "FLqF0Hiv75htxMXHAgF_i1eMl5m7I8J7L05DsPoIceY";

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

  it("blocks a device the service knows at once; an unknown one is refused", async () => {
    const data = dataFolder();
    mkdirSync(data, { recursive: true });
    // A device queued by an enrolment.
    const db = await openDatabase({ dataDir: data });
    await migrate(db);
    await db.query(
      "INSERT INTO devices (device_id, countries, card, status) VALUES ('pd-a', '{}', '{}', 'queued')",
    );
    await db.close();
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [...CLI, ...args, "--data", data], {
        encoding: "utf8",
        env,
      });
    const unknown = run("devices", "block", "pd-unknown");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/^error: UNAVAILABLE .*pd-unknown/);
    const blocked = run("devices", "block", "pd-a");
    expect(blocked.stderr).toBe("");
    expect(blocked.status).toBe(0);
    expect(JSON.parse(blocked.stdout)).toEqual({ blocked: "pd-a" });
    const listed = JSON.parse(run("devices", "list", "--json").stdout) as {
      deviceId: string;
      status: string;
    }[];
    expect(listed).toEqual([
      { deviceId: "pd-a", role: null, countries: [], status: "blocked" },
    ]);
  }, 30_000);

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

  it("is set up once with the hub card, and says so on /v1/health; another card is refused", async () => {
    const data = dataFolder();
    const cardFile = join(data, "..", "hub-card.json");
    const card = hubCard("https://hub.example.org", RECIPIENT, ROSTER_KEY);
    writeFileSync(cardFile, JSON.stringify(card));
    const init = (file: string) =>
      spawnSync(
        process.execPath,
        [...CLI, "init", "--hub-card", file, "--data", data],
        { encoding: "utf8", env },
      );
    const first = init(cardFile);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      initialised: true,
      hubUrl: "https://hub.example.org",
      fingerprint: card.fingerprint,
    });
    expect(init(cardFile).status).toBe(0);

    const other = join(data, "..", "other-card.json");
    writeFileSync(
      other,
      JSON.stringify(
        hubCard("https://other.example.org", RECIPIENT, ROSTER_KEY),
      ),
    );
    const refused = init(other);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(
      /^error: INVALID_ARGUMENT .*another hub card/,
    );
    writeFileSync(
      other,
      JSON.stringify({ ...card, hubUrl: "https://evil.example.org" }),
    );
    expect(init(other).stderr).toMatch(/^error: BUNDLE_TAMPERED .*fingerprint/);

    const { address, stop } = await serveHub(
      ["--port", "0", "--data", data],
      env,
    );
    expect(await (await fetch(`${address}/v1/health`)).json()).toEqual({
      status: "ok",
      initialised: true,
    });
    expect(await stop()).toBe(0);
  }, 60_000);

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
    const { address, stop } = await serveHub(
      ["--port", "0", "--data", dataFolder()],
      env,
    );
    const response = await fetch(`${address}/v1/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: "ok",
      initialised: false,
    });
    expect(await stop()).toBe(0);
  }, 30_000);
});
