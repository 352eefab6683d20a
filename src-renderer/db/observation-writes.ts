import type { Table } from "dexie";
import {
  observationStream,
  type Attachment,
  type ObservationValues,
  type ResponseLogEntry,
} from "../../shared/domain/observation";
import type { JsonValue } from "../../shared/sync/merge";
import type { Stream } from "../../shared/sync/op";
import type { DeskDatabase } from "./db";
import { observationValues } from "./materialise";
import {
  applyOpsInTransaction,
  entityState,
  makeLocalOp,
  opTables,
  type LocalChange,
} from "./op-log";
import { currentValues } from "../../shared/sync/merge";

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a) === JSON.stringify(b);

/** The observation as the merge shows it now, or null if it was never saved. */
export async function currentObservation(
  db: DeskDatabase,
  id: string,
): Promise<ObservationValues | null> {
  const state = await entityState(db, "observation", id);
  return state ? observationValues(currentValues(state)) : null;
}

function streamOf(values: ObservationValues): Stream {
  return observationStream(values.country ?? "", values.sensitivity);
}

/** Makes and applies one local op inside an open transaction over `opTables`. */
async function writeLocal(
  db: DeskDatabase,
  change: LocalChange,
  now: Date,
): Promise<void> {
  await applyOpsInTransaction(db, [
    await makeLocalOp(db, change, now.getTime()),
  ]);
}

/**
 * Saves an observation as ops: only the fields that changed, each naming the value its author
 * saw. The draft row it came from goes in the same transaction, so nothing is lost or doubled.
 * Returns false when nothing changed.
 */
export async function saveObservation(
  db: DeskDatabase,
  id: string,
  values: ObservationValues,
  now: Date,
  draftId?: string,
): Promise<boolean> {
  return db.transaction("rw", [...opTables(db), db.drafts], async () => {
    const current = (await currentObservation(db, id)) ?? {};
    const changed: Record<string, JsonValue> = {};
    for (const [field, value] of Object.entries(values) as [
      string,
      JsonValue | undefined,
    ][]) {
      if (
        value !== undefined &&
        !same(value, current[field as keyof ObservationValues])
      ) {
        changed[field] = value;
      }
    }
    const isNew = current.reportedAt === undefined;
    if (isNew) changed.reportedAt = now.toISOString();
    if (draftId !== undefined) await db.drafts.delete(draftId);
    if (!isNew && Object.keys(changed).length === 0) return false;
    const stream = streamOf({ ...current, ...values });
    await writeLocal(
      db,
      { stream, entity: "observation", entityId: id, set: changed },
      now,
    );
    return true;
  });
}

/** Resolves a conflicted field: one new write whose `prev` names every current head. */
export async function resolveField(
  db: DeskDatabase,
  id: string,
  field: keyof ObservationValues,
  now: Date,
): Promise<void> {
  await db.transaction("rw", opTables(db), async () => {
    const current = await currentObservation(db, id);
    const value = current?.[field];
    if (!current || value === undefined) return;
    await writeLocal(
      db,
      {
        stream: streamOf(current),
        entity: "observation",
        entityId: id,
        set: { [field]: value },
      },
      now,
    );
  });
}

/** Deletes an observation with a tombstone op that will travel like any other change. */
export async function deleteObservation(
  db: DeskDatabase,
  id: string,
  now: Date,
): Promise<void> {
  await db.transaction("rw", opTables(db), async () => {
    const current = await currentObservation(db, id);
    if (current === null) return;
    await writeLocal(
      db,
      {
        stream: streamOf(current),
        entity: "observation",
        entityId: id,
        tombstone: true,
      },
      now,
    );
  });
}

/** Appends one entry (response log, attachment) in its observation's stream. */
async function appendEntry(
  db: DeskDatabase,
  entity: "responseLogEntry" | "attachment",
  entry: ResponseLogEntry | Attachment,
  now: Date,
  alsoWrite?: { tables: Table[]; write: () => Promise<unknown> },
): Promise<string> {
  const entityId = crypto.randomUUID();
  await db.transaction(
    "rw",
    [...opTables(db), ...(alsoWrite?.tables ?? [])],
    async () => {
      const observation = await currentObservation(db, entry.observationId);
      if (observation === null)
        throw new Error("The observation no longer exists.");
      await alsoWrite?.write();
      await writeLocal(
        db,
        { stream: streamOf(observation), entity, entityId, set: { ...entry } },
        now,
      );
    },
  );
  return entityId;
}

export function addResponse(
  db: DeskDatabase,
  entry: ResponseLogEntry,
  now: Date,
): Promise<string> {
  return appendEntry(db, "responseLogEntry", entry, now);
}

/** Keeps the (already stripped) bytes by hash and records the attachment as an op, atomically. */
export function addAttachment(
  db: DeskDatabase,
  attachment: Attachment,
  blob: Blob,
  now: Date,
): Promise<string> {
  return appendEntry(db, "attachment", attachment, now, {
    tables: [db.blobs],
    write: () =>
      db.blobs.put({ sha256: attachment.sha256, type: attachment.type, blob }),
  });
}
