import {
  observationFields,
  observationValuesSchema,
  type ObservationValues,
} from "../../shared/domain/observation";
import { searchText } from "../../shared/domain/search-text";
import {
  conflictedFields,
  currentValues,
  entityKey,
  type EntityState,
} from "../../shared/sync/merge";
import { stateToJson } from "../../shared/sync/stored-state";
import { isEntry } from "./entity-states";
import type {
  AttachmentRow,
  EntityStateRow,
  ObservationRow,
  ObservationSummaryRow,
  ResponseLogRow,
} from "./rows";

/** A list or search entry of an observation; null when the observation was deleted. */
export interface IndexEntry<T> {
  id: string;
  value: T | null;
}

/** The rows a write stores for the entity states it changed. */
export interface MaterialisedRows {
  entityStates: EntityStateRow[];
  summaries: IndexEntry<ObservationSummaryRow>[];
  searchTexts: IndexEntry<string>[];
  responseLog: ResponseLogRow[];
  attachments: AttachmentRow[];
}

/** Keeps only the fields the observation schema knows, each valid on its own. */
export function observationValues(
  values: Record<string, unknown>,
): ObservationValues {
  // Nearly always every field is valid: one parse; otherwise keep the valid ones.
  const whole = observationValuesSchema.safeParse(values);
  if (whole.success) return whole.data;
  const valid: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(observationFields)) {
    const parsed = schema.safeParse(values[field]);
    if (parsed.success) valid[field] = parsed.data;
  }
  return valid;
}

export function observationRow(
  state: EntityState,
  current = currentValues(state),
): ObservationRow {
  const values = observationValues(current);
  return {
    ...values,
    id: state.entityId,
    conflicts: conflictedFields(state),
    createdHlc: state.created,
    updatedHlc: state.updated,
  };
}

/** Short fields first, so a very long description cannot push names and places out. */
function observationSearchText(row: ObservationRow): string {
  return searchText([
    row.title,
    ...(row.tags ?? []),
    ...(row.actors ?? []),
    ...(row.affectedGroups ?? []),
    row.adminArea,
    row.locality,
    row.description,
  ]);
}

export function summaryOf(row: ObservationRow): ObservationSummaryRow {
  return {
    id: row.id,
    observedAt: row.observedAt ?? "",
    country: row.country ?? "",
    category: row.category ?? "",
    indicators: row.indicators ?? [],
    severity: row.severity ?? 0,
    trend: row.trend ?? "",
    status: row.status ?? "draft",
    sensitivity: row.sensitivity ?? "",
    title: row.title ?? "",
    updatedHlc: row.updatedHlc,
    hasConflict: row.conflicts.length > 0,
  };
}

/** The rows that the given entity states are stored as and materialise to. */
export function materialisedRows(
  states: readonly EntityState[],
): MaterialisedRows {
  const rows: MaterialisedRows = {
    entityStates: [],
    summaries: [],
    searchTexts: [],
    responseLog: [],
    attachments: [],
  };
  for (const state of states) {
    const values = currentValues(state);
    const text = (field: string) =>
      typeof values[field] === "string" ? values[field] : "";
    // Editable entities keep their state in `entityStates`, entries in their own row.
    if (!isEntry(state.entity))
      rows.entityStates.push({
        key: entityKey(state.entity, state.entityId),
        state: stateToJson(state),
      });
    const entry = () => ({
      id: state.entityId,
      observationId: text("observationId"),
      state: stateToJson(state),
    });
    switch (state.entity) {
      case "observation": {
        const row = state.deleted ? null : observationRow(state, values);
        rows.summaries.push({
          id: state.entityId,
          value: row && summaryOf(row),
        });
        rows.searchTexts.push({
          id: state.entityId,
          value: row && observationSearchText(row),
        });
        break;
      }
      case "responseLogEntry":
        rows.responseLog.push({
          ...entry(),
          at: text("at"),
          action: text("action"),
          actorType: text("actorType"),
          deviceId: state.fields.action?.deviceId ?? "",
        });
        break;
      case "attachment":
        rows.attachments.push({
          ...entry(),
          sha256: text("sha256"),
          type: text("type"),
          size: typeof values.size === "number" ? values.size : 0,
          name: text("name"),
        });
        break;
    }
  }
  return rows;
}
