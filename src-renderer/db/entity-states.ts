import Dexie, { type PromiseExtended } from "dexie";
import { entityKey, type EntityState } from "../../shared/sync/merge";
import { APPEND_ONLY_ENTITIES, type Entity } from "../../shared/sync/op";
import { stateFromJson } from "../../shared/sync/stored-state";
import type { DeskDatabase } from "./db";

/**
 * Where each entity's merge state is stored: an editable entity's in `entityStates` under its
 * entity key, an append-only entry's in the row it materialises to (`responseLog`,
 * `attachments`) under its id. An entry then costs one row, not two.
 */

const entryEntities: ReadonlySet<Entity> = new Set(APPEND_ONLY_ENTITIES);

/** Append-only entities: their state lives in their own row. */
export function isEntry(entity: Entity): boolean {
  return entryEntities.has(entity);
}

export interface EntityRef {
  entity: Entity;
  entityId: string;
}

function entryTable(db: DeskDatabase, entity: Entity) {
  return entity === "attachment" ? db.attachments : db.responseLog;
}

/**
 * The stored states of these entities, by entity key (unknown ones left out), in one round
 * trip. Dexie's promises all the way, so it runs inside the caller's transaction.
 */
export function readStates(
  db: DeskDatabase,
  refs: readonly EntityRef[],
): PromiseExtended<Map<string, EntityState>> {
  const groups = new Map<Entity, EntityRef[]>();
  for (const ref of refs) {
    const group = groups.get(ref.entity);
    if (group) group.push(ref);
    else groups.set(ref.entity, [ref]);
  }
  const reads = [...groups].map(([entity, group]) =>
    (isEntry(entity)
      ? entryTable(db, entity).bulkGet(group.map((ref) => ref.entityId))
      : db.entityStates.bulkGet(
          group.map((ref) => entityKey(ref.entity, ref.entityId)),
        )
    ).then((rows) => rows.map((row) => row?.state)),
  );
  return Dexie.Promise.all(reads).then((read) => {
    const states = new Map<string, EntityState>();
    [...groups.values()].forEach((group, index) => {
      group.forEach((ref, at) => {
        const json = read[index]?.[at];
        if (json !== undefined)
          states.set(entityKey(ref.entity, ref.entityId), stateFromJson(json));
      });
    });
    return states;
  });
}

/** The merge state of an entity, if any op about it has been applied. */
export async function entityState(
  db: DeskDatabase,
  entity: Entity,
  entityId: string,
): Promise<EntityState | undefined> {
  const states = await readStates(db, [{ entity, entityId }]);
  return states.get(entityKey(entity, entityId));
}
