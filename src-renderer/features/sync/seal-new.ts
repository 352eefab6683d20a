import type { Op, Stream } from "../../../shared/sync/op";
import type {
  BlobPartFile,
  DeskFile,
  SyncStatus,
} from "../../../shared/sync-contract";
import type { DeskDatabase } from "../../db/db";
import { blobPartsToSend } from "../../db/attachment-sync";
import { adoptDeviceId, opsToSeal } from "../../db/device-id";
import { requestChunks } from "./request-chunks";

export interface SealSteps {
  /** Main's sync status, read afresh; null when main refused (already reported). */
  status: () => Promise<SyncStatus | null>;
  /** Seals one chunk in main; null when main refused (already reported). */
  seal: (chunk: { stream: Stream; ops: Op[] }) => Promise<SyncStatus | null>;
  progress?: (done: number, total: number) => void;
  stopRequested?: () => boolean;
}

/** One sealing at a time in this window: the automatic sync and "Export" never race. */
let sealing: Promise<unknown> = Promise.resolve();

/**
 * Seals, stream by stream and a bundle's worth at a time, this device's ops after its last
 * sealed seq, after any sealing under way. Drafts and local-only source notes are not in the op
 * log, so they never go in. Returns main's status afterwards (null if main refused).
 */
export function sealNewOps(
  db: DeskDatabase,
  steps: SealSteps,
): Promise<SyncStatus | null> {
  const run = sealing.then(() => sealExclusively(db, steps));
  sealing = run.catch(() => undefined);
  return run;
}

async function sealExclusively(
  db: DeskDatabase,
  steps: SealSteps,
): Promise<SyncStatus | null> {
  const status = await steps.status();
  const deviceId = status?.deviceId;
  if (status === null || deviceId === null || deviceId === undefined)
    return status;
  await adoptDeviceId(db, deviceId, status.relink);
  const chunks = [...(await opsToSeal(db, deviceId, status.nextSeq))].flatMap(
    ([stream, ops]) =>
      requestChunks(ops).map((chunk) => ({ stream, ops: chunk })),
  );
  let current = status;
  for (const [index, chunk] of chunks.entries()) {
    if (steps.stopRequested?.() === true) break;
    steps.progress?.(index, chunks.length);
    const next = await steps.seal(chunk);
    if (next === null) break;
    current = next;
  }
  return current;
}

/**
 * The attachments the given sealed ranges name, each part sealed in a blob bundle of its own
 * (every file stays under what the browser shell's bridge and an HTTP upload carry).
 */
export async function sealAttachments(
  db: DeskDatabase,
  deviceId: string,
  ranges: SyncStatus["pending"],
  sealBlobs: (request: {
    stream: Stream;
    parts: BlobPartFile[];
  }) => Promise<DeskFile | null>,
): Promise<DeskFile[]> {
  const files: DeskFile[] = [];
  for (const [stream, parts] of await blobPartsToSend(db, deviceId, ranges))
    for (const part of parts) {
      const file = await sealBlobs({ stream, parts: [part] });
      if (file) files.push(file);
    }
  return files;
}
