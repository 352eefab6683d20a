import { mkdirSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { buildHub } from "../app";
import {
  openDatabase,
  type DatabaseLocation,
  type HubDatabase,
} from "../db/database";
import { migrate } from "../db/migrations";
import { DeskFailure } from "../../shared/errors";
import { UsageError, cliFailure } from "../../shared/cli-failure";
import { readHubCard } from "../../shared/identity/cards";
import { blockDevice } from "../store/devices";
import { initialiseHub } from "../store/hub";

/**
 * `npm run -s hub -- <command>`: the hub service and its admin commands. Data in `--data DIR`
 * (embedded PGlite) or, with `DATABASE_URL` set, in PostgreSQL. JSON on stdout;
 * `error: CODE message` on stderr; exit 0 ok, 1 refused, 2 usage error.
 */
const USAGE = `Usage: npm run -s hub -- <command> [--data DIR]   (or DATABASE_URL=postgres://…)
  init --hub-card FILE     give the service the hub card exported by the hub admin's install
  serve --port P [--host H] run the service on H (default 127.0.0.1; stops cleanly on SIGTERM)
  devices list [--json]    the devices the service knows
  devices block DEVICE_ID  refuse a device from now on (the next roster revokes it)`;

type Options = {
  data?: string;
  port?: string;
  host?: string;
  json?: boolean;
  "hub-card"?: string;
};

function location(options: Options): DatabaseLocation {
  const url = process.env.DATABASE_URL;
  if (url) return { url };
  if (!options.data)
    throw new UsageError("--data DIR is required (or set DATABASE_URL).");
  mkdirSync(options.data, { recursive: true });
  return { dataDir: options.data };
}

async function openMigrated(options: Options): Promise<HubDatabase> {
  const db = await openDatabase(location(options));
  await migrate(db);
  return db;
}

async function serve(options: Options): Promise<void> {
  const port = Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new UsageError("--port P is required: a port number (0: any free).");
  const db = await openMigrated(options);
  const app = await buildHub(db, { logger: true });
  const address = await app.listen({ port, host: options.host ?? "127.0.0.1" });
  process.stdout.write(`${JSON.stringify({ listening: address })}\n`);
  await new Promise<void>((stopped) => {
    process.once("SIGTERM", () => {
      void app
        .close()
        .then(() => db.close())
        .then(stopped);
    });
  });
}

/** `init`: the hub card from the admin's install, checked and stored once. */
async function init(options: Options): Promise<void> {
  const path = options["hub-card"];
  if (!path) throw new UsageError("--hub-card FILE is required.");
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new UsageError(`Cannot read ${path}.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new DeskFailure(
      "INVALID_ARGUMENT",
      `${path} is not a hub card (not JSON).`,
    );
  }
  const card = readHubCard(parsed);
  const db = await openMigrated(options);
  try {
    await initialiseHub(db, card);
    process.stdout.write(
      `${JSON.stringify({ initialised: true, hubUrl: card.hubUrl, fingerprint: card.fingerprint })}\n`,
    );
  } finally {
    await db.close();
  }
}

async function devicesList(options: Options): Promise<void> {
  const db = await openMigrated(options);
  try {
    const devices = await db.query<{
      device_id: string;
      role: string | null;
      countries: string[];
      status: string;
    }>(
      "SELECT device_id, role, countries, status FROM devices ORDER BY device_id",
    );
    const rows = devices.map((device) => ({
      deviceId: device.device_id,
      role: device.role,
      countries: device.countries,
      status: device.status,
    }));
    if (options.json) process.stdout.write(`${JSON.stringify(rows)}\n`);
    else
      for (const row of rows)
        process.stdout.write(
          `${row.deviceId}\t${row.role ?? "-"}\t${row.countries.join(",")}\t${row.status}\n`,
        );
  } finally {
    await db.close();
  }
}

async function devicesBlock(
  options: Options,
  deviceId: string | undefined,
): Promise<void> {
  if (!deviceId) throw new UsageError("devices block needs a DEVICE_ID.");
  const db = await openMigrated(options);
  try {
    if (!(await blockDevice(db, deviceId, new Date())))
      throw new DeskFailure(
        "UNAVAILABLE",
        `The service does not know ${deviceId}; see devices list.`,
      );
    process.stdout.write(`${JSON.stringify({ blocked: deviceId })}\n`);
  } finally {
    await db.close();
  }
}

async function main(argv: string[]): Promise<number> {
  try {
    const { positionals, values } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: "string" },
        port: { type: "string" },
        host: { type: "string" },
        json: { type: "boolean" },
        "hub-card": { type: "string" },
      },
    });
    const [first, second, deviceId, ...extra] = positionals;
    const command = [first, second].filter(Boolean).join(" ");
    if (command === "init") await init(values);
    else if (command === "serve") await serve(values);
    else if (command === "devices list") await devicesList(values);
    else if (command === "devices block" && extra.length === 0)
      await devicesBlock(values, deviceId);
    else
      throw new UsageError(
        command ? `Unknown command ${command}.` : "No command given.",
      );
    return 0;
  } catch (error) {
    const failure = cliFailure(error, USAGE);
    process.stderr.write(failure.stderr);
    return failure.exitCode;
  }
}

process.exitCode = await main(process.argv.slice(2));
