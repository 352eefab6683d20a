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
  /** Every field of the record, valid by its schema. */
  values: Record<string, JsonValue>;
  /** The record's audience, from its (possibly partial) values: a meeting's from its countries. */
  streamOf: (values: Record<string, unknown>) => Stream;
  now: Date;
}

/**
 * Writes the fields that changed in `stream`; a record moving to another audience (a meeting
 * whose country changed) is written whole, so its new readers get all of it. Returns false when
 * nothing changed. A deleted record cannot be saved again.
 */
export async function saveRecord(
  db: DeskDatabase,
  { entity, id, values, streamOf, now }: RecordSave,
): Promise<boolean> {
  return db.transaction("rw", opTables(db), async () => {
    const write = await beginLocalWrite(db, entity, id);
    if (write.state?.deleted)
      throw new Error("This record was deleted; it cannot be saved again.");
    const current = write.state ? currentValues(write.state) : {};
    const stream = streamOf(values);
    const moved = write.state !== undefined && streamOf(current) !== stream;
    const changed: Record<string, JsonValue> = {};
    for (const [field, value] of Object.entries(values))
      if (moved ? !blank(value) : !same(value, current[field]))
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

/** Deletes a record with a tombstone that travels in its stream like any other change. */
export async function deleteRecord(
  db: DeskDatabase,
  entity: RecordEntity,
  id: string,
  streamOf: RecordSave["streamOf"],
  now: Date,
): Promise<void> {
  await db.transaction("rw", opTables(db), async () => {
    const write = await beginLocalWrite(db, entity, id);
    if (write.state === undefined || write.state.deleted) return;
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
