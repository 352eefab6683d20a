import { base64 } from "@scure/base";
import Dexie from "dexie";
import { sha256Hex } from "../../shared/bundle/identity";
import type { BlobPartFile } from "../../shared/sync-contract";
import type { DeskDatabase } from "./db";
import { opsInRange } from "./op-packs";

/** Parts of at most 2 MiB, the size an HTTP upload may carry (docs/bundle-format.md). */
const PART_BYTES = 2 * 1024 * 1024;

/**
 * The attachment bytes to send with the sealed ranges still awaiting a receipt: every blob an
 * attachment op of this device names in those ranges, cut into parts, per stream.
 */
export async function blobPartsToSend(
  db: DeskDatabase,
  deviceId: string,
  ranges: readonly { stream: string; seqFirst: number; seqLast: number }[],
): Promise<Map<string, BlobPartFile[]>> {
  const byStream = new Map<string, BlobPartFile[]>();
  for (const { stream, seqFirst, seqLast } of ranges) {
    const ops = (
      await opsInRange(db, deviceId, stream, seqFirst, seqLast)
    ).filter((op) => op.entity === "attachment" && op.kind === "set");
    for (const op of ops) {
      const sha256 = op.kind === "set" ? op.set.sha256?.value : undefined;
      const row =
        typeof sha256 === "string" ? await db.blobs.get(sha256) : undefined;
      if (!row) continue;
      const bytes = new Uint8Array(await row.blob.arrayBuffer());
      const count = Math.max(1, Math.ceil(bytes.length / PART_BYTES));
      const parts = Array.from({ length: count }, (_, index) => {
        const slice = bytes.subarray(
          index * PART_BYTES,
          (index + 1) * PART_BYTES,
        );
        return {
          sha256: row.sha256,
          index,
          count,
          size: slice.length,
          base64: base64.encode(slice),
        };
      });
      byStream.set(stream, [...(byStream.get(stream) ?? []), ...parts]);
    }
  }
  return byStream;
}

/** What receiving attachment parts did, attachment by attachment. */
export interface ReceivedParts {
  /** Attachments now whole, their bytes checked against their sha256 and stored. */
  stored: number;
  /** Attachments whose bytes were already here (sent again with a later export). */
  alreadyPresent: number;
  /** Attachments still waiting for parts in other files (their parts are kept until then). */
  waiting: number;
  /** Attachments whose parts were all here but whose bytes do not match their sha256. */
  refused: number;
}

/**
 * Keeps received attachment parts (local-only, across files and sessions) and stores each
 * attachment whose parts are all here, checked against its sha256 and typed as its attachment
 * record says, in one transaction. Parts of a stored or refused attachment are deleted.
 */
export async function receiveParts(
  db: DeskDatabase,
  parts: readonly BlobPartFile[],
): Promise<ReceivedParts> {
  return db.transaction(
    "rw",
    [db.blobParts, db.blobs, db.attachments],
    async () => {
      await db.blobParts.bulkPut(
        parts.map(({ sha256, index, count, base64: text }) => ({
          sha256,
          index,
          count,
          bytes: base64.decode(text),
        })),
      );
      const outcome: ReceivedParts = {
        stored: 0,
        alreadyPresent: 0,
        waiting: 0,
        refused: 0,
      };
      for (const sha256 of new Set(parts.map((part) => part.sha256))) {
        const partsOf = () =>
          db.blobParts
            .where("[sha256+index]")
            .between([sha256, Dexie.minKey], [sha256, Dexie.maxKey]);
        if ((await db.blobs.get(sha256)) !== undefined) {
          await partsOf().delete();
          outcome.alreadyPresent += 1;
          continue;
        }
        const held = await partsOf().toArray();
        const count = held[0]?.count ?? 0;
        if (
          held.length !== count ||
          held.some(
            (part, index) => part.index !== index || part.count !== count,
          )
        ) {
          outcome.waiting += 1;
          continue;
        }
        await partsOf().delete();
        const bytes = concatenate(held.map((part) => part.bytes));
        if (sha256Hex(bytes) !== sha256) {
          outcome.refused += 1;
          continue;
        }
        const type =
          (await db.attachments.where("sha256").equals(sha256).first())?.type ??
          "application/octet-stream";
        await db.blobs.put({ sha256, type, blob: new Blob([bytes], { type }) });
        outcome.stored += 1;
      }
      return outcome;
    },
  );
}

function concatenate(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(
    chunks.reduce((sum, chunk) => sum + chunk.length, 0),
  );
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
