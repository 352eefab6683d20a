import { afterEach, describe, expect, it } from "vitest";
import {
  blobPartsToSend,
  receiveParts,
} from "../../../../src-renderer/db/attachment-sync";
import { DeskDatabase } from "../../../../src-renderer/db/db";
import {
  saveObservation,
  addAttachment,
} from "../../../../src-renderer/db/observation-writes";
import { sha256Hex } from "../../../../shared/bundle/identity";
import {
  NOW,
  after,
  deleteDatabases,
  newDatabase,
  record,
  storedDeviceId,
} from "./support/observation-db";

afterEach(deleteDatabases);

/** 5 MiB of a repeating pattern: three parts of at most 2 MiB. */
const bytes = new Uint8Array(5 * 1024 * 1024).map((_, index) => index % 251);
const sha256 = sha256Hex(bytes);

async function fieldDatabaseWithPhoto() {
  const db = newDatabase();
  await saveObservation(db, "obs-1", record, NOW);
  await addAttachment(
    db,
    {
      observationId: "obs-1",
      sha256,
      type: "image/jpeg",
      size: bytes.length,
      name: "photo.jpg",
    },
    new Blob([bytes], { type: "image/jpeg" }),
    after(1),
  );
  return db;
}

describe("attachment bytes in blob bundles", () => {
  it("are cut into 2 MiB parts for the ranges awaiting a receipt, and put back together elsewhere", async () => {
    const field = await fieldDatabaseWithPhoto();
    const deviceId = await storedDeviceId(field);
    const parts =
      (
        await blobPartsToSend(field, deviceId, [
          { stream: "country:ML", seqFirst: 1, seqLast: 2 },
        ])
      ).get("country:ML") ?? [];
    expect(parts.map(({ index, count, size }) => [index, count, size])).toEqual(
      [
        [0, 3, 2 * 1024 * 1024],
        [1, 3, 2 * 1024 * 1024],
        [2, 3, 1024 * 1024],
      ],
    );
    // Nothing to send for ranges without attachment ops.
    expect(
      (
        await blobPartsToSend(field, deviceId, [
          { stream: "country:ML", seqFirst: 1, seqLast: 1 },
        ])
      ).size,
    ).toBe(0);

    const hub = newDatabase();
    expect(await receiveParts(hub, parts.slice(0, 2))).toEqual({
      stored: 0,
      alreadyPresent: 0,
      waiting: 1,
      refused: 0,
    });
    expect(await receiveParts(hub, parts)).toEqual({
      stored: 1,
      alreadyPresent: 0,
      waiting: 0,
      refused: 0,
    });
    expect(await hub.blobParts.count()).toBe(0);
    // Sent again with a later export: already here, nothing kept.
    expect(await receiveParts(hub, parts.slice(0, 1))).toMatchObject({
      stored: 0,
      alreadyPresent: 1,
      waiting: 0,
    });
    expect(await hub.blobParts.count()).toBe(0);
    const row = await hub.blobs.get(sha256);
    expect(
      sha256Hex(new Uint8Array(await (row?.blob ?? new Blob()).arrayBuffer())),
    ).toBe(sha256);
  });

  it("refuses bytes that do not match their sha256", async () => {
    const field = await fieldDatabaseWithPhoto();
    const parts =
      (
        await blobPartsToSend(field, await storedDeviceId(field), [
          { stream: "country:ML", seqFirst: 1, seqLast: 2 },
        ])
      ).get("country:ML") ?? [];
    const [first, ...rest] = parts;
    if (!first) throw new Error("no parts");
    const altered = {
      ...first,
      base64: `${first.base64.slice(0, -8)}AAAAAAA=`,
    };
    const hub = newDatabase();
    expect(await receiveParts(hub, [altered, ...rest])).toEqual({
      stored: 0,
      alreadyPresent: 0,
      waiting: 0,
      refused: 1,
    });
    expect(await hub.blobs.count()).toBe(0);
    // The refused parts are dropped: a correct copy sent again is stored.
    expect(await hub.blobParts.count()).toBe(0);
    expect(await receiveParts(hub, parts)).toMatchObject({ stored: 1 });
  });

  it("keeps parts that arrive in separate files, across sessions, until the attachment is whole", async () => {
    const field = await fieldDatabaseWithPhoto();
    const parts =
      (
        await blobPartsToSend(field, await storedDeviceId(field), [
          { stream: "country:ML", seqFirst: 1, seqLast: 2 },
        ])
      ).get("country:ML") ?? [];
    const hub = newDatabase();
    const [first, second, third] = parts;
    if (!first || !second || !third) throw new Error("expected three parts");
    expect(await receiveParts(hub, [third])).toMatchObject({
      stored: 0,
      waiting: 1,
    });
    // The same part twice is kept once.
    expect(await receiveParts(hub, [first, first])).toMatchObject({
      stored: 0,
      waiting: 1,
    });
    // The app is closed and opened again before the last file arrives.
    hub.close();
    const reopened = new DeskDatabase({ name: hub.name });
    expect(await reopened.blobParts.count()).toBe(2);
    expect(await receiveParts(reopened, [second])).toMatchObject({
      stored: 1,
      waiting: 0,
    });
    expect(await reopened.blobs.count()).toBe(1);
    expect(await reopened.blobParts.count()).toBe(0);
    reopened.close();
  });
});
