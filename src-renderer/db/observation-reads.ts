import { queryWords } from "../../shared/domain/search-words";
import type { DeskDatabase } from "./db";

/**
 * The ids of observations whose words begin with every word of the query, ignoring case and
 * accents ("securite" finds "sécurité"); null when the query has no words.
 */
export async function searchObservationIds(
  db: DeskDatabase,
  query: string,
): Promise<Set<string> | null> {
  const words = queryWords(query);
  if (words.length === 0) return null;
  let result: Set<string> | null = null;
  for (const word of words) {
    const found = new Set<string>(
      await db.observations.where("words").startsWith(word).primaryKeys(),
    );
    const narrowed: Set<string> =
      result === null
        ? found
        : new Set([...result].filter((id) => found.has(id)));
    result = narrowed;
    if (narrowed.size === 0) break;
  }
  return result;
}

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
