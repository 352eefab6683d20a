import type { JsonValue } from "../../shared/sync/merge";
import type { DeskDatabase } from "./db";
import { opTables } from "./op-log";
import { deleteRecord, saveRecord, type RecordEntity } from "./record-writes";

/**
 * A record written, under one id, into several streams at once: for readers that read none of
 * the record's own streams (a regional device reads the names directory only in its own stream,
 * a field device the meetings it may contribute to). Each write is a resend, since the merged
 * state already holds what the first stream got; all in one transaction.
 */
export function saveIntoStreams(
  db: DeskDatabase,
  entity: RecordEntity,
  records: readonly { id: string; values: Record<string, JsonValue> }[],
  streams: readonly string[],
  now: Date,
): Promise<void> {
  return db.transaction("rw", opTables(db), async () => {
    for (const { id, values } of records)
      for (const stream of streams)
        await saveRecord(db, {
          entity,
          id,
          values,
          streamOf: () => stream,
          now,
          resend: true,
        });
  });
}

/** Removes a record with a tombstone in each of the streams. */
export function deleteFromStreams(
  db: DeskDatabase,
  entity: RecordEntity,
  id: string,
  streams: readonly string[],
  now: Date,
): Promise<void> {
  return db.transaction("rw", opTables(db), async () => {
    for (const stream of streams)
      await deleteRecord(db, entity, id, () => stream, now, { resend: true });
  });
}
