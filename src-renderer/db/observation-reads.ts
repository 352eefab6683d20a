import type { DeskDatabase } from "./db";

/** Every op that touched an entity, oldest first: the field-by-field history of the detail view. */
export async function entityHistory(
  db: DeskDatabase,
  entity: string,
  entityId: string,
) {
  const ops = await db.ops
    .where("[entity+entityId]")
    .equals([entity, entityId])
    .toArray();
  return ops.sort(
    (a, b) => a.hlc.localeCompare(b.hlc) || a.id.localeCompare(b.id),
  );
}
