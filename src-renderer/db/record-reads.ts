import type { z } from "zod";
import {
  conflictedFields,
  currentValues,
  type EntityState,
} from "../../shared/sync/merge";
import { stateFromJson } from "../../shared/sync/stored-state";
import type { DeskDatabase } from "./db";
import type { RecordEntity } from "./record-writes";

/** A meeting record as the screens show it: its valid fields and conflicts. */
export interface RecordRow<T> {
  id: string;
  values: Partial<T>;
  /** Fields two people changed without seeing each other's write. */
  conflicts: string[];
  updatedHlc: string;
}

/** Keeps the fields the schema knows, each valid on its own (one parse when all are). */
export function validFields<T>(
  schema: z.ZodObject,
  values: Record<string, unknown>,
): Partial<T> {
  const whole = schema.safeParse(values);
  if (whole.success) return whole.data as Partial<T>;
  const valid: Record<string, unknown> = {};
  for (const [field, fieldSchema] of Object.entries(schema.shape)) {
    const parsed = (fieldSchema as z.ZodType).safeParse(values[field]);
    if (parsed.success) valid[field] = parsed.data;
  }
  return valid as Partial<T>;
}

export function recordRow<T>(
  schema: z.ZodObject,
  state: EntityState,
): RecordRow<T> {
  return {
    id: state.entityId,
    values: validFields<T>(schema, currentValues(state)),
    conflicts: conflictedFields(state),
    updatedHlc: state.updated,
  };
}

/** Every live record of one kind, newest change first. */
export async function readRecords<T>(
  db: DeskDatabase,
  entity: RecordEntity,
  schema: z.ZodObject,
): Promise<RecordRow<T>[]> {
  const rows = await db.entityStates
    .where("key")
    .startsWith(`${entity}/`)
    .toArray();
  return rows
    .map((row) => stateFromJson(row.state))
    .filter((state) => !state.deleted)
    .map((state) => recordRow<T>(schema, state))
    .sort((a, b) => b.updatedHlc.localeCompare(a.updatedHlc));
}
