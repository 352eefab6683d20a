import {
  namesDirectoryStreams,
  type ProtectedName,
} from "../../shared/domain/names-directory";
import type { DeskDatabase } from "./db";
import { opTables } from "./op-log";
import { deleteRecord, saveRecord } from "./record-writes";

/**
 * The names directory's writes: each entry goes, under one record id, to the hub stream and to
 * every regional device's own stream, since a regional device reads no other stream that may
 * carry it. Each write is a resend: the merged state already holds what the first stream got.
 */
export function saveDirectoryEntries(
  db: DeskDatabase,
  entries: readonly { id: string; values: ProtectedName }[],
  regionalDevices: readonly string[],
  now: Date,
): Promise<void> {
  return db.transaction("rw", opTables(db), async () => {
    for (const { id, values } of entries)
      for (const stream of namesDirectoryStreams(regionalDevices))
        await saveRecord(db, {
          entity: "protectedName",
          id,
          values,
          streamOf: () => stream,
          now,
          resend: true,
        });
  });
}

/** Removes an entry with a tombstone in the hub stream and in each regional device's stream. */
export function deleteDirectoryEntry(
  db: DeskDatabase,
  id: string,
  regionalDevices: readonly string[],
  now: Date,
): Promise<void> {
  return db.transaction("rw", opTables(db), async () => {
    for (const stream of namesDirectoryStreams(regionalDevices))
      await deleteRecord(db, "protectedName", id, () => stream, now, {
        resend: true,
      });
  });
}
