import {
  namesDirectoryStreams,
  type ProtectedName,
} from "../../shared/domain/names-directory";
import type { DeskDatabase } from "./db";
import { deleteFromStreams, saveIntoStreams } from "./record-streams";

/**
 * The names directory's writes: each entry goes, under one record id, to the hub stream and to
 * every regional device's own stream, since a regional device reads no other stream that may
 * carry it.
 */
export const saveDirectoryEntries = (
  db: DeskDatabase,
  entries: readonly { id: string; values: ProtectedName }[],
  regionalDevices: readonly string[],
  now: Date,
) =>
  saveIntoStreams(
    db,
    "protectedName",
    entries,
    namesDirectoryStreams(regionalDevices),
    now,
  );

/** Removes an entry with a tombstone in the hub stream and in each regional device's stream. */
export const deleteDirectoryEntry = (
  db: DeskDatabase,
  id: string,
  regionalDevices: readonly string[],
  now: Date,
) =>
  deleteFromStreams(
    db,
    "protectedName",
    id,
    namesDirectoryStreams(regionalDevices),
    now,
  );
