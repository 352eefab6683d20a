import { Encrypter } from "age-encryption";
import { ed25519 } from "@noble/curves/ed25519.js";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { openBundle, verifyBundle } from "../../../../shared/bundle/bundle";
import { writeFrame } from "../../../../shared/bundle/frame";
import type { BundleHeader } from "../../../../shared/bundle/header";
import { sha256Hex } from "../../../../shared/bundle/identity";
import { openTools } from "../../../../src-main/bundles/node-tools";
import { ERROR_CODES } from "../../../../shared/errors";
import type { Op } from "../../../../shared/sync/op";
import {
  corpusOpsByStream,
  makeDevice,
  type TestDevice,
} from "../../../support/bundles/devices";
import { openAs, sealFor } from "../../../support/bundles/seal";
import { mutationArb, mutate } from "../../../support/bundles/mutants";

let field: TestDevice;
let hub: TestDevice;
let valid: Uint8Array;
let ops: Op[];
beforeAll(async () => {
  [field, hub] = await Promise.all([makeDevice(), makeDevice()]);
  ops = [...corpusOpsByStream(field, 40).values()][0] ?? [];
  valid = await sealFor(field, hub, ops);
});

const view = (bytes: Uint8Array) =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const codeOf = async (bytes: Uint8Array) =>
  openBundle(bytes, openAs(hub)).then(
    () => "OPENED",
    (error: unknown) =>
      (error as { code?: string }).code ?? `THREW ${String(error)}`,
  );

describe("refusals, each with its code", () => {
  it("names what is wrong with a file that is not a good bundle", async () => {
    const headerLength = view(valid).getUint32(10);
    const cases: [string, Uint8Array, string][] = [
      [
        "a text file",
        new TextEncoder().encode("hello, this is not a bundle"),
        "BUNDLE_NOT_A_BUNDLE",
      ],
      ["an empty file", new Uint8Array(0), "BUNDLE_TRUNCATED"],
      [
        "an interrupted copy",
        valid.subarray(0, valid.length - 100),
        "BUNDLE_TRUNCATED",
      ],
      [
        "bytes after the end",
        new Uint8Array([...valid, 0]),
        "BUNDLE_TRAILING_DATA",
      ],
      [
        "a newer format",
        withBytes(valid, 8, [0, 2]),
        "BUNDLE_VERSION_UNSUPPORTED",
      ],
      [
        "a header length of 4 GiB",
        withBytes(valid, 10, [0xff, 0xff, 0xff, 0xff]),
        "BUNDLE_TOO_LARGE",
      ],
      [
        "an edited header",
        // Another hex digit at the end of the body digest: still a well-formed header.
        withBytes(valid, 14 + headerLength - 3, [
          valid[14 + headerLength - 3] === 0x39 ? 0x38 : 0x39,
        ]),
        "BUNDLE_TAMPERED",
      ],
      [
        "an edited signature",
        flip(valid, 14 + headerLength + 5),
        "BUNDLE_TAMPERED",
      ],
      ["an edited body", flip(valid, valid.length - 20), "BUNDLE_TAMPERED"],
    ];
    for (const [what, bytes, code] of cases)
      expect(await codeOf(bytes), what).toBe(code);
  });

  it("refuses a signed header with a member the format does not define", async () => {
    const header = { ...verifyBundle(valid).header, note: "smuggled" };
    expect(await codeOf(resign(header, verifyBundle(valid).body))).toBe(
      "BUNDLE_MALFORMED",
    );
  });

  it("refuses a signed header whose range disagrees with its entry count", async () => {
    const header = { ...verifyBundle(valid).header, entries: 1 };
    expect(await codeOf(resign(header, verifyBundle(valid).body))).toBe(
      "BUNDLE_MALFORMED",
    );
  });
});

describe("fuzzing with mutants of valid bundles", () => {
  it("refuses 10,000 seeded mutants with a named code, never crashing and never opening", async () => {
    expect(valid.length).toBeLessThanOrEqual(64 * 1024);
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(mutationArb(valid.length), async (mutation) => {
        const mutant = mutate(valid, mutation);
        fc.pre(!sameBytes(mutant, valid));
        const code = await codeOf(mutant);
        codes.set(code, (codes.get(code) ?? 0) + 1);
        expect(ERROR_CODES as readonly string[]).toContain(code);
      }),
      { seed: 20261123, numRuns: 10_000 },
    );
    const total = [...codes.values()].reduce((sum, count) => sum + count, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
    console.log(
      `bundle fuzz: ${total} mutants refused`,
      Object.fromEntries(codes),
    );
  }, 120_000);

  it("refuses 1,000 mutants of the decrypted container that a hostile sender signed and sealed again", async () => {
    const verified = verifyBundle(valid);
    const plain = await openTools([hub.identity]).decrypt(verified.body);
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(mutationArb(plain.length), async (mutation) => {
        const mutant = mutate(plain, mutation);
        fc.pre(!sameBytes(mutant, plain));
        const code = await codeOf(await resealBody(verified.header, mutant));
        codes.set(code, (codes.get(code) ?? 0) + 1);
        expect(ERROR_CODES as readonly string[]).toContain(code);
      }),
      { seed: 20261124, numRuns: 1_000 },
    );
    console.log("container fuzz:", Object.fromEntries(codes));
  }, 120_000);
});

/** The outer frame rebuilt around `body` with `header`, signed by the (hostile) sender. */
function resign(header: object, body: Uint8Array): Uint8Array {
  const prefix = valid.subarray(0, 10);
  return writeFrame(
    prefix,
    new TextEncoder().encode(JSON.stringify(header)),
    (bytes) => ed25519.sign(bytes, field.signingKey),
    body,
  );
}

/** A container encrypted to the hub again, under a header that matches it. */
async function resealBody(header: BundleHeader, plain: Uint8Array) {
  const encrypter = new Encrypter();
  encrypter.addRecipient(hub.recipient);
  const body = await encrypter.encrypt(plain);
  return resign(
    { ...header, bodyLength: body.length, bodySha256: sha256Hex(body) },
    body,
  );
}

function withBytes(
  bytes: Uint8Array,
  offset: number,
  replacement: number[],
): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy.set(replacement, offset);
  return copy;
}
function flip(bytes: Uint8Array, offset: number): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy[offset] = (copy[offset] ?? 0) ^ 0x01;
  return copy;
}
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
