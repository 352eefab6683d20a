import { useLiveQuery } from "dexie-react-hooks";
import type { z } from "zod";
import { useDesk } from "../../app/desk-context";
import { readRecords, type RecordRow } from "../../db/record-reads";
import {
  deleteRecord,
  saveRecord,
  type RecordEntity,
  type RecordSave,
} from "../../db/record-writes";

/** Every live record of one kind, kept current as ops arrive; undefined while loading. */
export function useRecords<T>(
  entity: RecordEntity,
  schema: z.ZodObject,
): RecordRow<T>[] | undefined {
  const { db } = useDesk();
  return useLiveQuery(
    () => readRecords<T>(db, entity, schema),
    [db, entity, schema],
  );
}

/** Saves and deletes of meeting records on this install's database, stamped now. */
export function useRecordWrites() {
  const { db } = useDesk();
  return {
    save: (save: Omit<RecordSave, "now">) =>
      saveRecord(db, { ...save, now: new Date() }),
    remove: (
      entity: RecordEntity,
      id: string,
      streamOf: RecordSave["streamOf"],
    ) => deleteRecord(db, entity, id, streamOf, new Date()),
  };
}
