import type { BundleHeader } from "../../shared/bundle/header";
import { DeskFailure } from "../../shared/errors";
import type { InboxItem } from "../../shared/hub/api";
import type { Receipt } from "../../shared/bundle/receipt";
import type { HubDatabase, Queryable } from "../db/database";

/**
 * The mailbox (ARCHITECTURE section 5): bundles as their outer header's fields and their
 * bytes, which the service cannot open, and signed receipts. Items are listed to their
 * recipients in the order stored.
 */
export interface Stored {
  id: string;
  duplicate: boolean;
}

/**
 * Stores a verified bundle once. The same sender, stream, range and ciphertext again is the
 * same item; an ops bundle overlapping a stored range of the same sender and stream with other
 * bytes is a fork, refused. One sender and stream at a time (an advisory lock), so two
 * processes cannot both store overlapping ranges.
 */
export async function storeBundle(
  db: HubDatabase,
  senderId: string,
  header: BundleHeader,
  bytes: Uint8Array,
  storedBy: string,
): Promise<Stored> {
  return db.transaction(async (tx) => {
    await tx.query("SELECT pg_advisory_xact_lock(hashtext($1))", [
      `${senderId}\n${header.stream}`,
    ]);
    const overlapping = await tx.query<{
      id: string;
      seq_first: number;
      seq_last: number;
      body_sha256: string;
    }>(
      `SELECT id::text, seq_first, seq_last, body_sha256 FROM items
       WHERE sender_id = $1 AND stream = $2 AND kind = $3 AND seq_first <= $5 AND seq_last >= $4
         AND (kind = 'ops' OR body_sha256 = $6)`,
      [
        senderId,
        header.stream,
        header.kind,
        header.seqFirst,
        header.seqLast,
        header.bodySha256,
      ],
    );
    const same = overlapping.find(
      (row) =>
        row.seq_first === header.seqFirst &&
        row.seq_last === header.seqLast &&
        row.body_sha256 === header.bodySha256,
    );
    if (same) return { id: same.id, duplicate: true };
    const other = overlapping[0];
    if (other !== undefined)
      throw new DeskFailure(
        "SEQ_FORK",
        `seqs ${String(other.seq_first)}–${String(other.seq_last)} of ${header.stream} were stored with other content`,
      );
    return {
      id: await insertItem(tx, {
        kind: header.kind,
        senderId,
        stream: header.stream,
        seqFirst: header.seqFirst,
        seqLast: header.seqLast,
        bodySha256: header.bodySha256,
        recipients: header.recipients,
        bytes,
        storedBy,
      }),
      duplicate: false,
    };
  });
}

/** Stores a receipt for its device; every range it lists must be a bundle stored here. */
export async function storeReceipt(
  db: HubDatabase,
  receipt: Receipt,
  text: Uint8Array,
  bodySha256: string,
  signerId: string,
): Promise<Stored> {
  return db.transaction(async (tx) => {
    for (const range of receipt.ranges) {
      const [held] = await tx.query(
        `SELECT 1 FROM items WHERE kind = 'ops' AND sender_id = $1 AND stream = $2
           AND seq_first = $3 AND seq_last = $4 AND body_sha256 = $5`,
        [
          receipt.deviceId,
          receipt.stream,
          range.seqFirst,
          range.seqLast,
          range.bodySha256,
        ],
      );
      if (held === undefined)
        throw new DeskFailure(
          "RECEIPT_NOT_STORED",
          `${receipt.stream} ${String(range.seqFirst)}–${String(range.seqLast)} of ${receipt.deviceId}`,
        );
    }
    const seqs = receipt.ranges.flatMap((range) => [
      range.seqFirst,
      range.seqLast,
    ]);
    const item = {
      kind: "receipt" as const,
      senderId: signerId,
      stream: receipt.stream,
      seqFirst: Math.min(...seqs),
      seqLast: Math.max(...seqs),
      bodySha256,
      recipients: [receipt.deviceId],
      bytes: text,
      storedBy: signerId,
    };
    const [known] = await tx.query<{ id: string }>(
      `SELECT id::text FROM items WHERE kind = 'receipt' AND sender_id = $1 AND stream = $2
         AND seq_first = $3 AND seq_last = $4 AND body_sha256 = $5`,
      [item.senderId, item.stream, item.seqFirst, item.seqLast, bodySha256],
    );
    if (known) return { id: known.id, duplicate: true };
    return { id: await insertItem(tx, item), duplicate: false };
  });
}

async function insertItem(
  tx: Queryable,
  item: {
    kind: InboxItem["kind"];
    senderId: string;
    stream: string;
    seqFirst: number;
    seqLast: number;
    bodySha256: string;
    recipients: readonly string[];
    bytes: Uint8Array;
    storedBy: string;
  },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO items (kind, sender_id, stream, seq_first, seq_last, body_sha256, recipients, bytes, stored_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id::text`,
    [
      item.kind,
      item.senderId,
      item.stream,
      item.seqFirst,
      item.seqLast,
      item.bodySha256,
      item.recipients,
      item.bytes,
      item.storedBy,
    ],
  );
  if (row === undefined) throw new Error("INSERT returned no id");
  return row.id;
}

const LISTING = 500;

/** Items addressed to any of `names`, after `after`, not sent by `self`; at most 500. */
export async function listInbox(
  db: Queryable,
  names: readonly string[],
  self: string,
  after: string,
): Promise<{ items: InboxItem[]; more: boolean }> {
  const rows = await db.query<{
    id: string;
    kind: InboxItem["kind"];
    sender_id: string;
    stream: string;
    seq_first: number;
    seq_last: number;
    body_sha256: string;
    size: number;
    stored_at: Date;
  }>(
    `SELECT id::text, kind, sender_id, stream, seq_first, seq_last, body_sha256,
            octet_length(bytes) AS size, stored_at
     FROM items WHERE id > $1 AND recipients && $2 AND sender_id <> $3
     ORDER BY id LIMIT ${String(LISTING + 1)}`,
    [after, names, self],
  );
  return {
    items: rows.slice(0, LISTING).map((row) => ({
      id: row.id,
      kind: row.kind,
      senderId: row.sender_id,
      stream: row.stream,
      seqFirst: row.seq_first,
      seqLast: row.seq_last,
      bodySha256: row.body_sha256,
      size: row.size,
      storedAt: row.stored_at.toISOString(),
    })),
    more: rows.length > LISTING,
  };
}

/** An item's bytes, if it is addressed to one of `names`. */
export async function readItem(
  db: Queryable,
  id: string,
  names: readonly string[],
): Promise<Uint8Array | undefined> {
  const [row] = await db.query<{ bytes: Uint8Array }>(
    "SELECT bytes FROM items WHERE id = $1 AND recipients && $2",
    [id, names],
  );
  return row?.bytes;
}
