import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { generateX25519Identity, identityToRecipient } from "age-encryption";
import { ed25519 } from "@noble/curves/ed25519.js";
import { openBundle, sealOps } from "../../shared/bundle/bundle";
import { deviceIdOf } from "../../shared/bundle/identity";
import { corpusOps, type CorpusRecord } from "../../shared/demo/corpus-ops";
import type { Op } from "../../shared/sync/op";
import { openTools, sealTools } from "../../src-main/bundles/node-tools";
import { corpusLines } from "../../src-main/demo/corpus";
import { hostileInputs } from "./bundles/hostile";
import { openBenchPage, round } from "./support/bench-page";

const OBSERVATIONS = Number(process.env.BENCH_OBSERVATIONS ?? 10_000);
const SEED = 1;
const LANG = "mixed";

/** Bundles for 10,000 observations: size against gzip and brotli of the corpus, export and import rates. */
export async function bundlesBenchmark(): Promise<Record<string, unknown>> {
  // Hostile inputs first, while the process is small, so their peak memory shows.
  const hubIdentity = await generateX25519Identity();
  const hostile = await hostileInputs(
    hubIdentity,
    await identityToRecipient(hubIdentity),
  );

  console.log(
    `bundles: generating ${OBSERVATIONS} corpus records (seed ${SEED}, ${LANG})…`,
  );
  const lines = corpusLines(OBSERVATIONS, { seed: SEED, lang: LANG });
  const jsonl = Buffer.from(`${lines.join("\n")}\n`);
  const gzipBytes = gzipSync(jsonl, { level: 9 }).length;
  const brotliBytes = brotliCompressSync(jsonl, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
    },
  }).length;

  const signingKey = ed25519.utils.randomSecretKey();
  const deviceId = deviceIdOf(ed25519.getPublicKey(signingKey));
  const recovery = await generateX25519Identity();
  const recipients = [
    await identityToRecipient(hubIdentity),
    await identityToRecipient(recovery),
  ];
  const ops = corpusOps(
    lines.map((line) => JSON.parse(line) as CorpusRecord),
    deviceId,
    new Map(),
  );
  const streams = new Map<string, Op[]>();
  for (const op of ops)
    streams.set(op.stream, [...(streams.get(op.stream) ?? []), op]);

  // Export: every stream sealed for the hub and the recovery key (ops to bytes, all in).
  const started = performance.now();
  const bundles: Uint8Array[] = [];
  for (const [stream, streamOps] of streams)
    bundles.push(
      await sealOps(
        streamOps,
        {
          stream,
          recipients: ["hub"],
          createdAt: new Date(),
        },
        sealTools({ signingKey, recipients }),
      ),
    );
  const exportMs = performance.now() - started;
  const bundleBytes = bundles.reduce((sum, bytes) => sum + bytes.length, 0);

  // As the app imports files, the page drives: it asks for the next bundle to be opened
  // (here by Node over HTTP, as main does over IPC) while it applies the current one; the
  // figure is the wall time of it all, taken in the page.
  let openMs = 0;
  const jsons: string[] = [];
  const { page, close } = await openBenchPage("bundles", {
    "/open": (url, response) => {
      const bytes = bundles[Number(url.searchParams.get("index"))];
      if (!bytes) {
        response.writeHead(404).end();
        return;
      }
      const opening = performance.now();
      void openBundle(bytes, openTools([hubIdentity])).then((opened) => {
        if (opened.kind !== "ops") throw new Error("expected ops");
        const json = JSON.stringify(opened.ops);
        openMs += performance.now() - opening;
        jsons.push(json);
        response
          .writeHead(200, { "content-type": "application/json" })
          .end(json);
      });
    },
  });
  try {
    // Import: verify, decrypt, validate (Node, as main does), then mayApply and apply (Chromium).
    const author = {
      deviceId,
      role: "field" as const,
      countries: [
        ...new Set(ops.map((op) => op.stream.replace("country:", ""))),
      ],
    };
    const { wallMs: importMs, applyMs } = await page.evaluate(
      ([count, a]) => window.bundleBench.importAll(count, a),
      [bundles.length, author] as const,
    );
    // Baseline, afterwards: the same ops through the plain op import, no checks.
    let plainMs = 0;
    for (const json of jsons)
      plainMs += await page.evaluate(
        (o) => window.bundleBench.applyPlain(o),
        json,
      );
    const imported = await page.evaluate(() => window.bundleBench.count());
    if (imported !== OBSERVATIONS)
      throw new Error(
        `imported ${imported} observations, expected ${OBSERVATIONS}`,
      );
    const figures = {
      seed: SEED,
      lang: LANG,
      observations: OBSERVATIONS,
      ops: ops.length,
      bundles: bundles.length,
      bundleBytes,
      bytesPerObservation: round(bundleBytes / OBSERVATIONS),
      naiveJsonBytesPerObservation: round(jsonl.length / OBSERVATIONS),
      gzipJsonlBytesPerObservation: round(gzipBytes / OBSERVATIONS),
      brotliJsonlBytesPerObservation: round(brotliBytes / OBSERVATIONS),
      exportObsPerSec: Math.round(OBSERVATIONS / (exportMs / 1000)),
      importObsPerSec: Math.round(OBSERVATIONS / (importMs / 1000)),
      importWallMs: Math.round(importMs),
      importOpenMs: Math.round(openMs),
      importApplyMs: Math.round(applyMs),
      plainOpImportObsPerSec: Math.round(OBSERVATIONS / (plainMs / 1000)),
      hostileWorstCpuMs: Math.max(...hostile.map((input) => input.cpuMs)),
      hostileWorstPeakRssGrowthMB: Math.max(
        ...hostile.map((input) => input.peakRssGrowthMB),
      ),
      hostile,
    };
    console.log(
      [
        `bundles for ${OBSERVATIONS} observations (${ops.length} ops in ${bundles.length} streams, seed ${SEED}, ${LANG}):`,
        `  ${figures.bytesPerObservation} bytes/observation all-in vs gzip -9 JSONL ${figures.gzipJsonlBytesPerObservation}, brotli 11 ${figures.brotliJsonlBytesPerObservation}, plain JSON ${figures.naiveJsonBytesPerObservation} (target ≤ 1.10 × gzip = ${round(figures.gzipJsonlBytesPerObservation * 1.1)})`,
        `  export ${figures.exportObsPerSec} obs/s (encode, compress, encrypt, sign)`,
        `  import ${figures.importObsPerSec} obs/s (${figures.importWallMs} ms: open ${figures.importOpenMs} ms in Node, one bundle ahead of mayApply and apply ${figures.importApplyMs} ms in Chromium) vs plain op import ${figures.plainOpImportObsPerSec} obs/s (target ≥ 2,000)`,
        ...hostile.map(
          (input) =>
            `  hostile: ${input.input}: ${input.code} in ${input.cpuMs} ms CPU, heap +${input.heapGrowthMB} MB, peak RSS +${input.peakRssGrowthMB} MB`,
        ),
      ].join("\n"),
    );
    return figures;
  } finally {
    await close();
  }
}
