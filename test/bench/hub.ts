import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { PGlite } from "@electric-sql/pglite";
import { sealOps } from "../../shared/bundle/bundle";
import { corpusOps, type CorpusRecord } from "../../shared/demo/corpus-ops";
import { observationStream } from "../../shared/domain/observation";
import { sealTools } from "../../src-main/bundles/node-tools";
import { corpusLines } from "../../src-main/demo/corpus";
import { HubClient } from "../../src-main/hub/hub-client";
import { makeDevice, type TestDevice } from "../support/bundles/devices";
import { AT, makeHub } from "../support/bundles/installs";
import { serveHub } from "../support/hub/hub-process";
import { entryOf, rosterFiles, signerOf } from "../support/hub/hub-service";
import { startPostgres } from "../support/postgres";

const DEVICES = Number(process.env.BENCH_HUB_DEVICES ?? 200);
const BUNDLES_PER_DEVICE = Number(process.env.BENCH_HUB_BUNDLES ?? 3);
const OBSERVATIONS_PER_BUNDLE = 50;
const SEED = 1;
const LANG = "mixed";

interface Upload {
  device: TestDevice;
  bytes: Uint8Array;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ??
  Number.NaN;
const round = (value: number) => Math.round(value * 10) / 10;

/** Every device's bundles of 50 corpus observations, in its own country's stream. */
async function sealUploads(hubRecipient: string): Promise<Upload[][]> {
  const total = DEVICES * BUNDLES_PER_DEVICE * OBSERVATIONS_PER_BUNDLE;
  console.log(
    `hub: sealing ${String(total)} corpus observations (seed ${String(SEED)}, ${LANG}) in bundles of ${String(OBSERVATIONS_PER_BUNDLE)}…`,
  );
  const records = corpusLines(total, { seed: SEED, lang: LANG }).map(
    (line) => JSON.parse(line) as CorpusRecord,
  );
  const perDevice: Upload[][] = [];
  for (let d = 0; d < DEVICES; d += 1) {
    const device = await makeDevice();
    const mine = records.slice(
      d * BUNDLES_PER_DEVICE * OBSERVATIONS_PER_BUNDLE,
      (d + 1) * BUNDLES_PER_DEVICE * OBSERVATIONS_PER_BUNDLE,
    );
    const first = mine[0];
    if (first === undefined) throw new Error("corpus too short");
    // A field device reports on its one country: every record in its stream.
    const stream = observationStream(first.country, "restricted");
    const seqs = new Map<string, number>();
    const uploads: Upload[] = [];
    for (let b = 0; b < BUNDLES_PER_DEVICE; b += 1) {
      const ops = corpusOps(
        mine.slice(
          b * OBSERVATIONS_PER_BUNDLE,
          (b + 1) * OBSERVATIONS_PER_BUNDLE,
        ),
        device.deviceId,
        seqs,
        stream,
      );
      uploads.push({
        device,
        bytes: await sealOps(
          ops,
          { stream, recipients: ["hub"], createdAt: AT },
          sealTools({
            signingKey: device.signingKey,
            recipients: [hubRecipient, device.recipient],
          }),
        ),
      });
    }
    perDevice.push(uploads);
  }
  return perDevice;
}

/** The hub service on one backend, as an operator runs it: `init`, then `serve` in its own process. */
async function startService(backend: "pglite" | "postgres", card: unknown) {
  const folder = mkdtempSync(join(tmpdir(), "pd-bench-hub-"));
  const cardFile = join(folder, "hub-card.json");
  writeFileSync(cardFile, JSON.stringify(card));
  const postgres = backend === "postgres" ? await startPostgres() : null;
  const dataArgs = postgres ? [] : ["--data", join(folder, "data")];
  const env = { ...process.env, DATABASE_URL: postgres?.url ?? "" };
  const init = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "src-hub/cli/hub-cli.ts",
      "init",
      "--hub-card",
      cardFile,
      ...dataArgs,
    ],
    { env, encoding: "utf8" },
  );
  if (init.status !== 0) throw new Error(`hub init failed: ${init.stderr}`);
  const server = await serveHub(["--port", "0", ...dataArgs], env);
  return {
    url: server.address,
    /** Plain INSERTs of `payloads` into a table of their own in the same database. */
    rawInserts: async (payloads: Uint8Array[]): Promise<number> => {
      const sql = "INSERT INTO bench_raw (bytes) VALUES ($1)";
      if (postgres) {
        const pool = new pg.Pool({ connectionString: postgres.url, max: 10 });
        await pool.query(
          "CREATE TABLE bench_raw (id bigserial PRIMARY KEY, bytes bytea NOT NULL)",
        );
        const started = performance.now();
        await Promise.all(payloads.map((bytes) => pool.query(sql, [bytes])));
        const ms = performance.now() - started;
        await pool.end();
        return ms;
      }
      const lite = new PGlite(join(folder, "data"));
      await lite.exec(
        "CREATE TABLE bench_raw (id bigserial PRIMARY KEY, bytes bytea NOT NULL)",
      );
      const started = performance.now();
      for (const bytes of payloads) await lite.query(sql, [bytes]);
      const ms = performance.now() - started;
      await lite.close();
      return ms;
    },
    /** Copies per stored range (each should be 1), from the service's own tables. */
    copies: async (): Promise<number[]> => {
      const query =
        "SELECT count(*)::int AS copies FROM items WHERE kind = 'ops' GROUP BY sender_id, stream, seq_first";
      if (postgres) {
        const client = new pg.Client({ connectionString: postgres.url });
        await client.connect();
        const rows = (await client.query<{ copies: number }>(query)).rows;
        await client.end();
        return rows.map((row) => row.copies);
      }
      const lite = new PGlite(join(folder, "data"));
      const rows = (await lite.query<{ copies: number }>(query)).rows;
      await lite.close();
      return rows.map((row) => row.copies);
    },
    stop: () => server.stop(),
    cleanUp: () => {
      postgres?.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function runBackend(
  backend: "pglite" | "postgres",
  hub: Awaited<ReturnType<typeof makeHub>>,
  admin: TestDevice,
  perDevice: Upload[][],
) {
  const service = await startService(backend, hub.card);
  try {
    const files = rosterFiles(hub, 1, [
      entryOf(admin, "hub"),
      ...perDevice.map((uploads) =>
        entryOf(uploads[0]?.device ?? admin, "field", ["ML"]),
      ),
    ]);
    await new HubClient(service.url, signerOf(admin)).publishRoster(
      files.roster,
      files.slices,
    );

    console.log(
      `hub (${backend}): ${String(DEVICES)} devices uploading ${String(BUNDLES_PER_DEVICE)} bundles each, all at once…`,
    );
    const latencies: number[] = [];
    let errors = 0;
    let duplicates = 0;
    const started = performance.now();
    await Promise.all(
      perDevice.map(async (uploads) => {
        const device = uploads[0]?.device;
        if (device === undefined) return;
        const client = new HubClient(service.url, signerOf(device));
        for (const upload of uploads) {
          const sent = performance.now();
          try {
            if ((await client.upload(upload.bytes)).duplicate) duplicates += 1;
          } catch (error) {
            errors += 1;
            if (errors <= 3) console.error(error);
          }
          latencies.push(performance.now() - sent);
        }
      }),
    );
    const wallMs = performance.now() - started;
    await service.stop();
    const copies = await service.copies();
    duplicates += copies.filter((count) => count > 1).length;
    const uploads = perDevice.flat();
    const observations = uploads.length * OBSERVATIONS_PER_BUNDLE;
    const rawMs = await service.rawInserts(
      uploads.map((upload) => upload.bytes),
    );
    latencies.sort((a, b) => a - b);
    const run = {
      backend,
      concurrentDevices: DEVICES,
      uploads: uploads.length,
      storedRanges: copies.length,
      errors,
      duplicates,
      p50Ms: round(percentile(latencies, 50)),
      p99Ms: round(percentile(latencies, 99)),
      wallMs: Math.round(wallMs),
      ingestObsPerSec: Math.round(observations / (wallMs / 1000)),
      rawInsertObsPerSec: Math.round(observations / (rawMs / 1000)),
      meanBundleBytes: Math.round(
        uploads.reduce((sum, upload) => sum + upload.bytes.length, 0) /
          uploads.length,
      ),
    };
    console.log(run);
    return run;
  } finally {
    service.cleanUp();
  }
}

/**
 * `npm run bench -- hub`: 200 devices upload bundles of 50 corpus observations at once to the
 * hub service (its own process, on localhost), on PGlite and on PostgreSQL; beside each, plain
 * INSERTs of the same bytes into the same database in the same run.
 */
export async function hubBenchmark(): Promise<Record<string, unknown>> {
  const hub = await makeHub();
  const admin = await makeDevice();
  const perDevice = await sealUploads(hub.card.recipient);
  const runs = [];
  for (const backend of ["pglite", "postgres"] as const)
    runs.push(await runBackend(backend, hub, admin, perDevice));
  return {
    observationsPerBundle: OBSERVATIONS_PER_BUNDLE,
    seed: SEED,
    lang: LANG,
    runs,
  };
}
