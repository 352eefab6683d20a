import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { brotliCompressSync, createBrotliCompress } from "node:zlib";
import { Encrypter } from "age-encryption";
import { ed25519 } from "@noble/curves/ed25519.js";
import { openBundle } from "../../../shared/bundle/bundle";
import { writeFrame } from "../../../shared/bundle/frame";
import { LIMITS } from "../../../shared/bundle/header";
import { encodePublicKey, sha256Hex } from "../../../shared/bundle/identity";
import { openTools } from "../../../src-main/bundles/node-tools";

const MIB = 1024 * 1024;
const SIZE = 10 * MIB;

/**
 * Hostile inputs of 10 MiB, each crafted by an attacker holding an enrolled device key (the
 * worst case: every signature holds), opened as the hub opens bundles. Reports the worst CPU
 * time and memory growth, and checks that each is refused with a code.
 */
export async function hostileInputs(hubIdentity: string, hubRecipient: string) {
  const signingKey = ed25519.utils.randomSecretKey();
  const sign = (bytes: Uint8Array) => ed25519.sign(bytes, signingKey);
  const sender = encodePublicKey(ed25519.getPublicKey(signingKey));
  const identity = {
    kind: "ops" as const,
    sender,
    stream: "hub",
    seqFirst: 1,
    seqLast: 1,
    entries: 1,
    createdAt: new Date().toISOString(),
  };
  const text = (value: string) => new TextEncoder().encode(value);
  const bundle = (body: Uint8Array) =>
    writeFrame(
      text("PDBUNDLE\u0000\u0001"),
      text(
        JSON.stringify({
          ...identity,
          recipients: ["hub"],
          bodyLength: body.length,
          bodySha256: sha256Hex(body),
        }),
      ),
      sign,
      body,
    );
  const encrypt = async (plain: Uint8Array) => {
    const encrypter = new Encrypter();
    encrypter.addRecipient(hubRecipient);
    return encrypter.encrypt(plain);
  };
  const container = (
    payload: Uint8Array,
    plainLength: number,
    plainSha256: string,
  ) =>
    writeFrame(
      text("PDBODY01"),
      text(
        JSON.stringify({
          ...identity,
          codec: "br",
          payloadLength: payload.length,
          plainLength,
          plainSha256,
        }),
      ),
      sign,
      payload,
    );
  // A Brotli bomb: 10 MiB that would expand to gigabytes; the manifest claims a modest size.
  // Compressed a mebibyte at a time, so making the bomb does not itself raise the peak memory.
  const zeros = await compressZeros(256);
  const bomb = new Uint8Array(SIZE);
  for (let offset = 0; offset + zeros.length <= SIZE; offset += zeros.length)
    bomb.set(zeros, offset);
  // One op line that is 10 MiB of nested arrays.
  const nested = text(`${"[".repeat(SIZE / 2)}${"]".repeat(SIZE / 2)}\n`);
  const stanzas = text(
    `age-encryption.org/v1\n${"-> X25519 AAAA\nAAAA\n".repeat(SIZE / 20)}--- AAAA\n`,
  );
  const inputs: [string, () => Promise<Uint8Array>][] = [
    [
      "10 MiB of random bytes after a valid prefix",
      () => {
        const noise = new Uint8Array(randomBytes(SIZE));
        noise.set(text("PDBUNDLE\u0000\u0001"));
        return Promise.resolve(noise);
      },
    ],
    [
      "a signed header over a 10 MiB body of noise",
      () => Promise.resolve(bundle(new Uint8Array(randomBytes(SIZE)))),
    ],
    ["10 MiB of age recipient stanzas", () => Promise.resolve(bundle(stanzas))],
    [
      "a 10 MiB Brotli bomb in a signed, encrypted container",
      async () =>
        bundle(
          await encrypt(container(bomb, LIMITS.plainBytes, "0".repeat(64))),
        ),
    ],
    [
      "a 10 MiB op line of nested arrays, compressed and signed",
      async () => {
        const payload = brotliCompressSync(nested);
        return bundle(
          await encrypt(container(payload, nested.length, sha256Hex(nested))),
        );
      },
    ],
  ];
  const results = [];
  for (const [name, make] of inputs) {
    const bytes = await make();
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const peakBefore = process.resourceUsage().maxRSS;
    const cpuBefore = process.cpuUsage();
    const code = await openBundle(bytes, openTools([hubIdentity])).then(
      () => "OPENED",
      (error: unknown) => (error as { code?: string }).code ?? "CRASH",
    );
    const cpu = process.cpuUsage(cpuBefore);
    const memory = process.memoryUsage();
    results.push({
      input: name,
      bytes: bytes.length,
      code,
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      heapGrowthMB:
        Math.round(((memory.heapUsed - heapBefore) / MIB) * 10) / 10,
      // Growth of the process's peak resident memory (run before the rest of the benchmark).
      peakRssGrowthMB:
        Math.round(
          ((process.resourceUsage().maxRSS - peakBefore) / 1024) * 10,
        ) / 10,
    });
  }
  return results;
}

/** Brotli of `mebibytes` MiB of zeros, streamed one MiB at a time. */
function compressZeros(mebibytes: number): Promise<Buffer> {
  const chunk = new Uint8Array(MIB);
  return buffer(
    Readable.from(Array.from({ length: mebibytes }, () => chunk)).pipe(
      createBrotliCompress(),
    ),
  );
}
