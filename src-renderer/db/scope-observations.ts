import type { StatsRecord } from "../../shared/meeting-input/statistics";
import type { DeskDatabase } from "./db";
import { readStates } from "./entity-states";
import { observationRow } from "./materialise";
import { observationSummaries } from "./observation-reads";
import type { ObservationRow } from "./rows";

/** The observations a meeting input draws on, with what statistics, citations and name checks need. */
export interface ScopeObservation extends StatsRecord {
  id: string;
  title: string;
  description: string;
  actors: readonly string[];
  affectedGroups: readonly string[];
}

export interface Scope {
  /** None: every country this install holds (a thematic input). */
  countries: readonly string[];
  from: string;
  to: string;
}

/**
 * Reads the observations of some countries over a period, each with its response log: the list
 * summaries pick them, then their states and response-log rows are read in one pass each.
 */
export async function scopeObservations(
  db: DeskDatabase,
  scope: Scope,
): Promise<ScopeObservation[]> {
  const countries = new Set(scope.countries);
  const ids = (await observationSummaries(db))
    .filter(
      (summary) =>
        (countries.size === 0 || countries.has(summary.country)) &&
        summary.observedAt >= scope.from &&
        summary.observedAt <= scope.to,
    )
    .map((summary) => summary.id);
  const [states, responses] = await Promise.all([
    readStates(
      db,
      ids.map((entityId) => ({ entity: "observation" as const, entityId })),
    ),
    db.responseLog.where("observationId").anyOf(ids).toArray(),
  ]);
  const responseTimes = new Map<string, { at: string }[]>();
  for (const { observationId, at } of responses) {
    if (at === "") continue;
    const list = responseTimes.get(observationId) ?? [];
    list.push({ at });
    responseTimes.set(observationId, list);
  }
  return [...states.values()]
    .filter((state) => !state.deleted)
    .map((state) => scopeObservation(observationRow(state), responseTimes));
}

function scopeObservation(
  row: ObservationRow,
  responseTimes: ReadonlyMap<string, { at: string }[]>,
): ScopeObservation {
  return {
    id: row.id,
    observedAt: row.observedAt ?? "",
    reportedAt: row.reportedAt ?? "",
    country: row.country ?? "",
    adminArea: row.adminArea ?? null,
    category: row.category ?? "",
    indicators: row.indicators ?? [],
    severity: row.severity ?? 1,
    trend: row.trend ?? "",
    responseLog: responseTimes.get(row.id) ?? [],
    title: row.title ?? "",
    description: row.description ?? "",
    actors: row.actors ?? [],
    affectedGroups: row.affectedGroups ?? [],
  };
}
