import type { ChannelResult } from "../../../shared/ipc";
import type { BlobPartFile } from "../../../shared/sync-contract";
import type { DeskDatabase } from "../../db/db";
import { receiveParts } from "../../db/attachment-sync";
import { importBundleOps, type ImportReport } from "../../db/bundle-import";

/** An import's line: for a blob bundle, also attachments waiting for parts in other files. */
export type Report = ImportReport & { waitingAttachments?: number };

/** A blob bundle's line in the report: attachments stored, waiting for parts, or refused. */
async function attachmentsReport(
  db: DeskDatabase,
  parts: BlobPartFile[],
): Promise<Report> {
  const { stored, alreadyPresent, waiting, refused } = await receiveParts(
    db,
    parts,
  );
  return {
    created: stored,
    updated: 0,
    alreadyPresent,
    conflicts: [],
    refused: Array.from({ length: refused }, () => ({
      seq: 0,
      reason: "attachment bytes do not match their sha256",
    })),
    gaps: [],
    waitingAttachments: waiting,
  };
}

/**
 * Applies a bundle main opened and checked: its ops in one transaction, or its attachment
 * parts. Throws a `DeskFailure` (nothing applied) when the ops cannot be taken.
 */
export function applyOpened(
  db: DeskDatabase,
  opened: ChannelResult<"sync.open">,
): Promise<Report> {
  return opened.header.kind === "ops"
    ? importBundleOps(db, opened.ops, opened.author, Date.now())
    : attachmentsReport(db, opened.parts);
}
