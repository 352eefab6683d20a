import { base64 } from "@scure/base";
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

/**
 * Keeps the attachments whose parts all arrived in `parts`, each checked against its sha256,
 * typed as its attachment record says. Returns how many were stored, how many wait for parts
 * in other bundles, and how many were refused because their bytes do not match their sha256.
 */
export async function storeReceivedParts(
  db: DeskDatabase,
  parts: readonly BlobPartFile[],
): Promise<{
  stored: number;
  waiting: number;
  refused: number;
  /** The sha256s settled (stored or refused): their parts are no longer needed. */
  settled: string[];
}> {
  const bySha = new Map<string, BlobPartFile[]>();
  for (const part of parts)
    bySha.set(part.sha256, [...(bySha.get(part.sha256) ?? []), part]);
  let stored = 0;
  let waiting = 0;
  let refused = 0;
  const settled: string[] = [];
  for (const [sha256, received] of bySha) {
    const ordered = [...received].sort((a, b) => a.index - b.index);
    const count = ordered[0]?.count ?? 0;
    if (
      ordered.length !== count ||
      ordered.some((part, index) => part.index !== index)
    ) {
      waiting += 1;
      continue;
    }
    const chunks = ordered.map((part) => base64.decode(part.base64));
    const bytes = new Uint8Array(
      chunks.reduce((sum, chunk) => sum + chunk.length, 0),
    );
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.length;
    }
    settled.push(sha256);
    if (sha256Hex(bytes) !== sha256) {
      refused += 1;
      continue;
    }
    const type =
      (await db.attachments.where("sha256").equals(sha256).first())?.type ??
      "application/octet-stream";
    await db.blobs.put({ sha256, type, blob: new Blob([bytes], { type }) });
    stored += 1;
  }
  return { stored, waiting, refused, settled };
}

/**
 * Attachment parts received during one import session, possibly spread over several files:
 * each file's parts are kept until their attachment is whole, then stored (or refused).
 */
export class ReceivedParts {
  readonly #staged = new Map<string, BlobPartFile[]>();

  constructor(private readonly db: DeskDatabase) {}

  async add(parts: readonly BlobPartFile[]) {
    for (const part of parts)
      this.#staged.set(part.sha256, [
        ...(this.#staged.get(part.sha256) ?? []).filter(
          (kept) => kept.index !== part.index,
        ),
        part,
      ]);
    const wanted = [...new Set(parts.map((part) => part.sha256))];
    const outcome = await storeReceivedParts(
      this.db,
      wanted.flatMap((sha256) => this.#staged.get(sha256) ?? []),
    );
    for (const sha256 of outcome.settled) this.#staged.delete(sha256);
    return outcome;
  }
}
