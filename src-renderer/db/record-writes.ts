import { currentValues, type JsonValue } from "../../shared/sync/merge";
import type { Entity, Stream } from "../../shared/sync/op";
import type { DeskDatabase } from "./db";
import { blank, same } from "./field-changes";
import { beginLocalWrite, commitLocalWrite, opTables } from "./op-log";

/**
 * Saves and deletes of the meeting records (meetings, outcomes, contributions, meeting input,
 * interview notes, the names directory) as ops, field by field like observations: only the
 * fields that changed, each naming the value its author saw, so two people editing different
 * fields never conflict and the same field edited twice is flagged.
 */
export type RecordEntity = Exclude<
  Entity,
  "observation" | "responseLogEntry" | "attachment"
>;

export interface RecordSave {
  entity: RecordEntity;
  id: string;
  /** The fields to write (all of a form's, or the few a person edited), valid by the schema. */
  values: Record<string, JsonValue>;
  /** The record's audience, from its (possibly partial) values: a meeting's from its countries. */
  streamOf: (values: Record<string, unknown>) => Stream;
  now: Date;
  /**
   * Writes into `stream` even what the merged state already holds: a names-directory entry
   * reaching a stream it was not written in (a regional device enrolled after it was added).
   */
  resend?: boolean;
}

/**
 * Writes the fields that changed, in the stream of the record as it will be; a record moving to another audience (a meeting
 * whose country changed) is written whole, so its new readers get all of it. Returns false when
 * nothing changed. A deleted record cannot be saved again. With `resend`, every field with a value
 * is written, changed or not.
 */
export async function saveRecord(
  db: DeskDatabase,
  { entity, id, values, streamOf, now, resend = false }: RecordSave,
): Promise<boolean> {
  return db.transaction("rw", opTables(db), async () => {
    const write = await beginLocalWrite(db, entity, id);
    if (write.state?.deleted)
      throw new Error("This record was deleted; it cannot be saved again.");
    const current = write.state ? currentValues(write.state) : {};
    const merged = { ...current, ...values };
    const stream = streamOf(merged);
    const moved = write.state !== undefined && streamOf(current) !== stream;
    const changed: Record<string, JsonValue> = {};
    for (const [field, value] of Object.entries(moved ? merged : values))
      if (moved || resend ? !blank(value) : !same(value, current[field]))
        changed[field] = value;
    if (Object.keys(changed).length === 0) return false;
    await commitLocalWrite(
      db,
      write,
      { stream, entity, entityId: id, set: changed },
      now.getTime(),
    );
    return true;
  });
}

/**
 * Deletes a record with a tombstone that travels in its stream like any other change; with
 * `resend`, a record already deleted gets its tombstone in this stream too.
 */
export async function deleteRecord(
  db: DeskDatabase,
  entity: RecordEntity,
  id: string,
  streamOf: RecordSave["streamOf"],
  now: Date,
  { resend = false }: Pick<RecordSave, "resend"> = {},
): Promise<void> {
  await db.transaction("rw", opTables(db), async () => {
    const write = await beginLocalWrite(db, entity, id);
    if (write.state === undefined || (write.state.deleted && !resend)) return;
    await commitLocalWrite(
      db,
      write,
      {
        stream: streamOf(currentValues(write.state)),
        entity,
        entityId: id,
        tombstone: true,
      },
      now.getTime(),
    );
  });
}
