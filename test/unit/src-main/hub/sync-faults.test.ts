import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { DeskFailure } from "../../../../shared/errors";
import { freePort } from "../../../../src-main/launch/free-port";
import { BACKENDS } from "../../../support/hub/backends";
import { seeded, startFaultProxy } from "../../../support/hub/fault-proxy";
import { serveHub } from "../../../support/hub/hub-process";
import {
  startHubService,
  type RunningHub,
} from "../../../support/hub/hub-service";
import {
  adminInstall,
  connectedInstall,
  enrolWithCode,
  sealCorpus,
  type ConnectedInstall,
} from "../../../support/hub/connected-installs";
import { startPostgres } from "../../../support/postgres";

const RUNS = 200;

/** Pushes until the service has everything (the link is good again by now). */
async function pushUntilDone(install: ConnectedInstall): Promise<void> {
  for (let attempt = 0; install.hub.status().toSend > 0; attempt += 1) {
    if (attempt === 5) throw new Error("Still not sent after 5 attempts.");
    await install.hub.push().catch(() => undefined);
  }
}

/** What the service stored from `deviceId`: ranges by stream and first seq, with copies. */
async function storedRanges(
  db: { query: RunningHub["db"]["query"] },
  deviceId: string,
) {
  return db.query<{
    stream: string;
    seq_first: number;
    seq_last: number;
    body_sha256: string;
    copies: number;
  }>(
    `SELECT stream, seq_first, seq_last, body_sha256, count(*)::int AS copies FROM items
     WHERE sender_id = $1 AND kind = 'ops' GROUP BY 1, 2, 3, 4 ORDER BY 1, 2`,
    [deviceId],
  );
}

const sealedRanges = (install: ConnectedInstall) =>
  install.sync.store
    .ledger()
    .sealed.map(({ stream, seqFirst, seqLast, bodySha256, storedAt }) => ({
      stream,
      seq_first: seqFirst,
      seq_last: seqLast,
      body_sha256: bodySha256,
      storedAt,
    }))
    .sort(
      (a, b) => a.stream.localeCompare(b.stream) || a.seq_first - b.seq_first,
    );

describe("connected sync over a link that drops, delays, truncates and resets", () => {
  const [pglite] = BACKENDS;
  if (pglite === undefined) throw new Error("no backend");
  let running: RunningHub;
  let proxy: Awaited<ReturnType<typeof startFaultProxy>>;
  let admin: ConnectedInstall;
  let field: ConnectedInstall;

  beforeAll(async () => {
    running = await startHubService(pglite);
    proxy = await startFaultProxy(Number(new URL(running.url).port));
    admin = await adminInstall(running, proxy.url);
    field = await connectedInstall({ timeoutMs: 300 });
    await enrolWithCode(admin, field, "field", ["ML"]);
  }, 60_000);
  afterAll(async () => {
    await proxy.close();
    await running.close();
  });

  it(`stores every acknowledged range exactly once, and in the end every observation (${String(RUNS)} seeded runs)`, async () => {
    const acknowledged = new Set<string>();
    const durations: number[] = [];
    let failed = 0;
    const observations = new Set<string>();
    for (let run = 0; run < RUNS; run += 1) {
      for (const op of await sealCorpus(field, 1, 1_000 + run))
        if (op.entity === "observation") observations.add(op.entityId);
      proxy.faults(seeded(run));
      const started = performance.now();
      try {
        await field.hub.push();
      } catch (error) {
        if (!(error instanceof DeskFailure)) throw error;
        failed += 1;
      }
      durations.push(performance.now() - started);
      proxy.faults(null);
      for (const range of sealedRanges(field))
        if (range.storedAt !== undefined)
          acknowledged.add(
            `${range.stream} ${String(range.seq_first)} ${range.body_sha256}`,
          );
    }
    const stored = await storedRanges(
      running.db,
      field.sync.keys.public()?.deviceId ?? "",
    );
    expect(stored.every((range) => range.copies === 1)).toBe(true);
    for (const key of acknowledged)
      expect(
        stored.map(
          (r) => `${r.stream} ${String(r.seq_first)} ${r.body_sha256}`,
        ),
      ).toContain(key);

    await pushUntilDone(field);
    const all = await storedRanges(
      running.db,
      field.sync.keys.public()?.deviceId ?? "",
    );
    expect(all.map(({ copies: _, ...range }) => range)).toEqual(
      sealedRanges(field).map(({ storedAt: _, ...range }) => range),
    );

    // The hub staff side sees each observation once: no op twice, none missing.
    await admin.hub.pull();
    const seen = new Map<string, number>();
    const received = new Set<string>();
    for (const name of admin.hub.status().toImport) {
      for (const op of (await admin.hub.openInbox(name)).ops) {
        const key = `${op.stream} ${String(op.seq)}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
        if (op.entity === "observation") received.add(op.entityId);
      }
      await admin.hub.imported(name, true);
    }
    expect([...seen.values()].every((count) => count === 1)).toBe(true);
    expect(received).toEqual(observations);
    const worst = Math.max(...durations);
    console.log(
      `fault runs: ${String(RUNS)}, pushes failed ${String(failed)}, acknowledged ranges ${String(acknowledged.size)}, ` +
        `ranges stored ${String(all.length)}, observations ${String(observations.size)}, ` +
        `slowest run ${worst.toFixed(0)} ms, faults ${JSON.stringify(Object.fromEntries(proxy.counts))}`,
    );
  }, 240_000);
});

describe("the hub killed mid-upload (PostgreSQL) and started again", () => {
  let postgres: Awaited<ReturnType<typeof startPostgres>>;
  beforeAll(async () => {
    postgres = await startPostgres();
  }, 30_000);
  afterAll(() => {
    postgres.stop();
  });

  it("loses nothing and stores nothing twice: the client sends again what was not acknowledged", async () => {
    const port = await freePort();
    const env = { ...process.env, DATABASE_URL: postgres.url };
    const admin = await connectedInstall();
    await admin.sync.createHub(
      `http://127.0.0.1:${String(port)}`,
      "hub identity passphrase",
    );
    const cardFile = join(tmpdir(), `pd-hub-card-${String(port)}.json`);
    writeFileSync(cardFile, JSON.stringify(admin.sync.store.hubCard()));
    const { spawnSync } = await import("node:child_process");
    expect(
      spawnSync(
        process.execPath,
        [
          "--import",
          "tsx",
          "src-hub/cli/hub-cli.ts",
          "init",
          "--hub-card",
          cardFile,
        ],
        { env },
      ).status,
    ).toBe(0);
    let hub = await serveHub(["--port", String(port)], env);
    const field = await connectedInstall();
    await admin.hub.push();
    await enrolWithCode(admin, field, "field", ["ML"]);
    for (let i = 0; i < 60; i += 1) await sealCorpus(field, 1, 5_000 + i);
    const deviceId = field.sync.keys.public()?.deviceId ?? "";

    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    const count = async () =>
      Number(
        (
          await client.query<{ n: string }>(
            "SELECT count(*)::text AS n FROM items WHERE sender_id = $1",
            [deviceId],
          )
        ).rows[0]?.n,
      );
    const pushing = field.hub.push().then(
      () => null,
      (error: unknown) => error,
    );
    while ((await count()) < 5)
      await new Promise((wait) => setTimeout(wait, 5));
    await hub.stop("SIGKILL");
    expect(await pushing).toMatchObject({ code: "HUB_UNREACHABLE" });
    const before = await count();
    expect(before).toBeLessThan(60);

    hub = await serveHub(["--port", String(port)], env);
    await field.hub.push();
    const stored = await storedRanges(
      {
        query: async (sql, params) =>
          (await client.query(sql, [...(params ?? [])])).rows as never,
      },
      deviceId,
    );
    expect(stored.every((range) => range.copies === 1)).toBe(true);
    expect(stored.map(({ copies: _, ...range }) => range)).toEqual(
      sealedRanges(field).map(({ storedAt: _, ...range }) => range),
    );
    console.log(
      `killed with ${String(before)} of 60 ranges stored; after the restart ${String(stored.length)}, none twice`,
    );
    await client.end();
    expect(await hub.stop()).toBe(0);
  }, 120_000);
});
