import type { DeskDatabase } from "./db";
import { observationRow } from "./materialise";
import { entityState } from "./entity-states";
import type { ObservationRow, ObservationSummaryRow } from "./rows";
import { foldPacks, liveValues } from "./index-packs";
import { opsByIds } from "./op-packs";
import { opId, type Entity } from "../../shared/sync/op";

/** The observation as the detail view shows it, or undefined if it is unknown or deleted. */
export async function observationById(
  db: DeskDatabase,
  id: string,
): Promise<ObservationRow | undefined> {
  const state = await entityState(db, "observation", id);
  return state && !state.deleted ? observationRow(state) : undefined;
}

/** Every op that touched an entity, oldest first: the field-by-field history of the detail view. */
export async function entityHistory(
  db: DeskDatabase,
  entity: Entity,
  entityId: string,
) {
  const state = await entityState(db, entity, entityId);
  const ops = await opsByIds(db, state?.opIds ?? []);
  return ops.sort(
    (a, b) => a.hlc.localeCompare(b.hlc) || opId(a).localeCompare(opId(b)),
  );
}

/** Every observation's list summary, deleted ones left out, in no particular order. */
export async function observationSummaries(
  db: DeskDatabase,
): Promise<ObservationSummaryRow[]> {
  return liveValues(await foldPacks(db.summaryPacks));
}
