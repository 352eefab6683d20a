import Dexie, { type Table } from "dexie";
import {
  OBSERVATION_FIELD_NAMES,
  SENSITIVITIES,
  attachmentSchema,
  observationStream,
  responseLogEntrySchema,
  type Attachment,
  type ObservationValues,
  type ResponseLogEntry,
} from "../../shared/domain/observation";
import type { JsonValue } from "../../shared/sync/merge";
import type { Stream } from "../../shared/sync/op";
import type { DeskDatabase } from "./db";
import { observationValues } from "./materialise";
import {
  beginLocalWrite,
  commitLocalWrite,
  opTables,
  type LocalChange,
} from "./op-log";
import { currentValues } from "../../shared/sync/merge";
import { entityState } from "./entity-states";
import { blank, same } from "./field-changes";

/** The observation as the merge shows it now, or null if it was never saved. */
export async function currentObservation(
  db: DeskDatabase,
  id: string,
): Promise<ObservationValues | null> {
  const state = await entityState(db, "observation", id);
  return state ? observationValues(currentValues(state)) : null;
}

function streamOf(values: {
  country?: unknown;
  sensitivity?: unknown;
}): Stream {
  const sensitivity = SENSITIVITIES.find(
    (known) => known === values.sensitivity,
  );
  return observationStream(
    typeof values.country === "string" ? values.country : "",
    sensitivity,
  );
}

/**
 * One local change to an existing (or new) observation's record, inside a transaction over
 * `opTables`: `decide` sees the current values and returns the change, or null for none.
 */
async function writeObservation(
  db: DeskDatabase,
  id: string,
  now: Date,
  decide: (
    current: ObservationValues | null,
    deleted: boolean,
  ) => Omit<LocalChange, "entity" | "entityId"> | null,
  alsoWrite: readonly (() => Promise<unknown>)[] = [],
): Promise<boolean> {
  const write = await beginLocalWrite(db, "observation", id);
  const current = write.state
    ? observationValues(currentValues(write.state))
    : null;
  const change = decide(current, write.state?.deleted ?? false);
  if (change === null) {
    await Promise.all(alsoWrite.map((run) => run()));
    return false;
  }
  await commitLocalWrite(
    db,
    write,
    { ...change, entity: "observation", entityId: id },
    now.getTime(),
    alsoWrite,
  );
  return true;
}

/** Fields a save writes itself; the form never clears them. */
const MANAGED_FIELDS: ReadonlySet<string> = new Set(["status", "reportedAt"]);

/**
 * Saves an observation as ops: only the fields that changed (a field the form left empty is
 * cleared with null), each naming the value its author saw. When the audience changes (country
 * or sensitivity), the op carries the whole record, so the new readers get all of it. The draft
 * row it came from goes in the same transaction, so nothing is lost or doubled. Returns false
 * when nothing changed.
 */
export async function saveObservation(
  db: DeskDatabase,
  id: string,
  values: ObservationValues,
  now: Date,
  draftId?: string,
): Promise<boolean> {
  const deleteDraft =
    draftId === undefined ? [] : [() => db.drafts.delete(draftId)];
  return db.transaction("rw", [...opTables(db), db.drafts], () =>
    writeObservation(
      db,
      id,
      now,
      (found, deleted) => {
        if (deleted)
          throw new Error(
            "This observation was deleted; it cannot be saved again.",
          );
        const current: Record<string, unknown> = found ?? {};
        const next: Record<string, unknown> = { ...values };
        const isNew = current.reportedAt === undefined;
        if (isNew) next.reportedAt = now.toISOString();
        const stream = streamOf({ ...current, ...next });
        const streamChanged = !isNew && streamOf(current) !== stream;
        const changed: Record<string, JsonValue> = {};
        for (const field of OBSERVATION_FIELD_NAMES) {
          const value =
            MANAGED_FIELDS.has(field) && next[field] === undefined
              ? current[field]
              : next[field];
          if (streamChanged ? !blank(value) : !same(value, current[field])) {
            changed[field] =
              blank(value) && !Array.isArray(value)
                ? null
                : (value as JsonValue);
          }
        }
        return Object.keys(changed).length === 0
          ? null
          : { stream, set: changed };
      },
      deleteDraft,
    ),
  );
}

/** Resolves a conflicted field: one new write whose `prev` names every current head. */
export async function resolveField(
  db: DeskDatabase,
  id: string,
  field: keyof ObservationValues,
  now: Date,
): Promise<void> {
  await db.transaction("rw", opTables(db), () =>
    writeObservation(db, id, now, (current) => {
      const value = current?.[field];
      return current && value !== undefined
        ? { stream: streamOf(current), set: { [field]: value } }
        : null;
    }),
  );
}

/** Deletes an observation with a tombstone op that will travel like any other change. */
export async function deleteObservation(
  db: DeskDatabase,
  id: string,
  now: Date,
): Promise<void> {
  await db.transaction("rw", opTables(db), () =>
    writeObservation(db, id, now, (current) =>
      current ? { stream: streamOf(current), tombstone: true } : null,
    ),
  );
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
      const [write, observation] = await Dexie.Promise.all([
        beginLocalWrite(db, entity, entityId),
        currentObservation(db, entry.observationId),
      ]);
      if (observation === null)
        throw new Error("The observation no longer exists.");
      await commitLocalWrite(
        db,
        write,
        { stream: streamOf(observation), entity, entityId, set: { ...entry } },
        now.getTime(),
        alsoWrite ? [alsoWrite.write] : [],
      );
    },
  );
  return entityId;
}

/** Adds a response-log entry; an entry the schema refuses is never written. */
export function addResponse(
  db: DeskDatabase,
  entry: ResponseLogEntry,
  now: Date,
): Promise<string> {
  return appendEntry(
    db,
    "responseLogEntry",
    responseLogEntrySchema.parse(entry),
    now,
  );
}

/** Keeps the (already stripped) bytes by hash and records the attachment as an op, atomically. */
export function addAttachment(
  db: DeskDatabase,
  attachment: Attachment,
  blob: Blob,
  now: Date,
): Promise<string> {
  return appendEntry(
    db,
    "attachment",
    attachmentSchema.parse(attachment),
    now,
    {
      tables: [db.blobs],
      write: () =>
        db.blobs.put({
          sha256: attachment.sha256,
          type: attachment.type,
          blob,
        }),
    },
  );
}
