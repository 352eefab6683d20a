import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  openBundle,
  readBody,
  sealBlobs,
  verifyBundle,
} from "../../../../shared/bundle/bundle";
import { sha256Hex } from "../../../../shared/bundle/identity";
import type { Op } from "../../../../shared/sync/op";
import { openTools, sealTools } from "../../../../src-main/bundles/node-tools";
import {
  corpusOpsByStream,
  makeDevice,
  type TestDevice,
} from "../../../support/bundles/devices";
import { SEALED_AT, openAs, sealFor } from "../../../support/bundles/seal";

let field: TestDevice;
let hub: TestDevice;
let regional: TestDevice;
let ops: Op[];
beforeAll(async () => {
  [field, hub, regional] = await Promise.all([
    makeDevice(),
    makeDevice(),
    makeDevice(),
  ]);
  const streams = corpusOpsByStream(field, 60);
  ops = [...streams.values()].sort((a, b) => b.length - a.length)[0] ?? [];
});

describe("an ops bundle", () => {
  it("opens for the hub to exactly the ops sealed, with the sender's derived id", async () => {
    const bytes = await sealFor(field, hub, ops);
    const opened = await openBundle(bytes, openAs(hub));
    expect(opened.kind).toBe("ops");
    if (opened.kind !== "ops") return;
    expect(opened.ops).toEqual(ops);
    expect(opened.deviceId).toBe(field.deviceId);
    expect(opened.header).toMatchObject({
      kind: "ops",
      stream: ops[0]?.stream,
      seqFirst: 1,
      seqLast: ops.length,
      entries: ops.length,
      recipients: ["hub"],
      createdAt: SEALED_AT.toISOString(),
      bodyLength: verifyBundle(bytes).body.length,
    });
  });

  it("opens for the sender's recovery key and the roster's regional readers, and no one else", async () => {
    const bytes = await sealFor(field, hub, ops, [regional]);
    expect(verifyBundle(bytes).header.recipients).toEqual(
      ["hub", regional.deviceId].sort(),
    );
    for (const reader of [field, regional])
      expect((await openBundle(bytes, openAs(reader))).manifest.entries).toBe(
        ops.length,
      );
    const stranger = await makeDevice();
    await expect(openBundle(bytes, openAs(stranger))).rejects.toMatchObject({
      code: "BUNDLE_NOT_FOR_THIS_DEVICE",
    });
  });

  it("lays out the bytes as docs/bundle-format.md says: prefix, header, signature, body, nothing after", async () => {
    const bytes = await sealFor(field, hub, ops);
    expect(new TextDecoder().decode(bytes.subarray(0, 8))).toBe("PDBUNDLE");
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint16(8)).toBe(1);
    const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(
      10,
    );
    const header = JSON.parse(
      new TextDecoder().decode(bytes.subarray(14, 14 + headerLength)),
    ) as { bodyLength: number; bodySha256: string };
    expect(bytes.length).toBe(78 + headerLength + header.bodyLength);
    expect(sha256Hex(bytes.subarray(78 + headerLength))).toBe(
      header.bodySha256,
    );
  });

  it("has a body that the reference age CLI decrypts to the signed container", async () => {
    const bytes = await sealFor(field, hub, ops);
    const dir = mkdtempSync(join(tmpdir(), "pd-age-"));
    writeFileSync(join(dir, "hub.key"), `${hub.identity}\n`);
    writeFileSync(join(dir, "body.age"), verifyBundle(bytes).body);
    const plain = execFileSync("age", [
      "-d",
      "-i",
      join(dir, "hub.key"),
      join(dir, "body.age"),
    ]);
    const verified = verifyBundle(bytes);
    const decoded = readBody(new Uint8Array(plain), verified, openTools([]));
    expect(decoded.kind === "ops" && decoded.ops).toEqual(ops);
  });

  it("is smaller than the same ops as gzip'd JSON would be", async () => {
    const bytes = await sealFor(field, hub, ops);
    const json = ops.map((op) => JSON.stringify(op)).join("\n");
    expect(bytes.length).toBeLessThan(json.length / 3);
  });
});

describe("a blob bundle", () => {
  it("carries attachment parts by sha256 and index, byte for byte", async () => {
    const photo = new Uint8Array(3000).map((_, index) => (index * 7) % 256);
    const bytes = await sealBlobs(
      [
        {
          part: { sha256: sha256Hex(photo), index: 0, count: 2, size: 2000 },
          bytes: photo.subarray(0, 2000),
        },
        {
          part: { sha256: sha256Hex(photo), index: 1, count: 2, size: 1000 },
          bytes: photo.subarray(2000),
        },
      ],
      { stream: "country:ML", recipients: ["hub"], createdAt: SEALED_AT },
      sealTools({ signingKey: field.signingKey, recipients: [hub.recipient] }),
    );
    const opened = await openBundle(bytes, openAs(hub));
    expect(opened.header).toMatchObject({
      kind: "blobs",
      seqFirst: 0,
      seqLast: 0,
      entries: 2,
    });
    if (opened.kind !== "blobs") throw new Error("expected blobs");
    expect(opened.parts.map(({ part }) => part.index)).toEqual([0, 1]);
    const joined = new Uint8Array(
      opened.parts.flatMap(({ bytes }) => [...bytes]),
    );
    expect(sha256Hex(joined)).toBe(sha256Hex(photo));
  });
});
