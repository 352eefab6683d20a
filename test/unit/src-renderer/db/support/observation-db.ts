import type { ObservationValues } from "../../../../../shared/domain/observation";
import { formatHlc } from "../../../../../shared/sync/hlc";
import type { Op, SetOp } from "../../../../../shared/sync/op";
import { DeskDatabase } from "../../../../../src-renderer/db/db";
import {
  applyOpsInTransaction,
  opTables,
} from "../../../../../src-renderer/db/op-log";
import { allOps as opsInLog } from "../../../../../src-renderer/db/op-packs";
import { SearchIndex } from "../../../../../src-renderer/db/search-index";
import {
  foldPacks,
  type IndexPackTable,
} from "../../../../../src-renderer/db/index-packs";
import { observationSummaries } from "../../../../../src-renderer/db/observation-reads";

export const NOW = new Date("2026-11-23T10:00:00.000Z");
export const after = (seconds: number) =>
  new Date(NOW.getTime() + seconds * 1000);

const databases: DeskDatabase[] = [];
/** A fresh database; each test file deletes them all with `afterEach(deleteDatabases)`. */
export function newDatabase(): DeskDatabase {
  const db = new DeskDatabase({
    name: `pd-observation-writes-${crypto.randomUUID()}`,
  });
  databases.push(db);
  return db;
}
export async function deleteDatabases(): Promise<void> {
  await Promise.all(databases.splice(0).map((db) => db.delete()));
}

/** A draft observation in Mali, restricted: its ops travel in `country:ML`. */
export const record: ObservationValues = {
  status: "draft",
  observedAt: "2026-11-20",
  timePrecision: "day",
  country: "ML",
  adminArea: "Mopti",
  locality: "Sévaré",
  coordinates: { lat: 14.53, lon: -4.1 },
  geoPrecision: "locality",
  category: "armed-groups",
  indicators: ["armed-groups.clashes"],
  title: "Sécurité du marché de Sévaré",
  description: "Two armed groups clashed near the cattle market at dawn.",
  severity: 3,
  trend: "escalating",
  timeframe: "days",
  likelihood: 4,
  actors: ["armed group"],
  affectedGroups: ["herders"],
  casualties: 2,
  displaced: null,
  sensitivity: "restricted",
  tags: ["market"],
  suggestedAction: "",
};

export function setOf(op: Op | undefined): SetOp["set"] {
  if (op?.kind !== "set")
    throw new Error(`Expected a set op, got ${op?.kind}.`);
  return op.set;
}

/** The device id this database's ops carry (set by the upgrade or the first op). */
export async function storedDeviceId(db: DeskDatabase): Promise<string> {
  return (await db.meta.get("deviceId"))?.value ?? "";
}

/** Ops ordered by stream and seq, as they were made. */
export async function allOps(db: DeskDatabase): Promise<Op[]> {
  const ops = await opsInLog(db);
  return ops.sort((a, b) => a.stream.localeCompare(b.stream) || a.seq - b.seq);
}

/**
 * Every table an op write touches, as plain data, to compare before and after: states parsed
 * from their JSON text, index packs folded to each id's current value (which writes made
 * them, and so their ticks, depends on the order ops arrived in).
 */
export async function opTablesSnapshot(db: DeskDatabase) {
  const packTables = new Set<string>([db.summaryPacks.name, db.textPacks.name]);
  const tables = await Promise.all(
    opTables(db).map(async (table) => {
      if (packTables.has(table.name)) {
        const folded = await foldPacks(table as IndexPackTable<unknown>);
        const entries = [...folded.values()]
          .map(({ id, value }) => ({ id, value }))
          .sort((a, b) => a.id.localeCompare(b.id));
        return [table.name, entries];
      }
      const rows: object[] = await table.toArray();
      return [
        table.name,
        rows.map((row) =>
          "state" in row && typeof row.state === "string"
            ? { ...row, state: JSON.parse(row.state) as unknown }
            : row,
        ),
      ];
    }),
  );
  return Object.fromEntries(tables) as Record<string, unknown[]>;
}

/** The list summary of an observation, as the Observations screen reads it. */
export async function summaryById(db: DeskDatabase, id: string) {
  return (await observationSummaries(db)).find((row) => row.id === id);
}

/** The op a device other than this one made. */
export function remoteSet(
  deviceId: string,
  seq: number,
  offsetMs: number,
  entityId: string,
  set: SetOp["set"],
): SetOp {
  return {
    kind: "set",
    deviceId,
    stream: "country:ML",
    seq,
    hlc: formatHlc({ ms: NOW.getTime() + offsetMs, counter: 0 }),
    entity: "observation",
    entityId,
    set,
  };
}

/** Applies ops in one transaction; returns the ops that were new. */
export async function applyInTransaction(db: DeskDatabase, ops: readonly Op[]) {
  const { applied } = await db.transaction("rw", opTables(db), () =>
    applyOpsInTransaction(db, ops),
  );
  return applied;
}

/** A fresh in-memory index over the database, as the Observations screen builds it. */
export async function searchObservationIds(db: DeskDatabase, query: string) {
  const index = new SearchIndex();
  await index.refresh(db);
  return index.search(query);
}
