import Dexie, { type BulkError, type Transaction } from "dexie";
import { applyOp, entityKey, type EntityState } from "../../shared/sync/merge";
import type { Op } from "../../shared/sync/op";
import type { DeskDatabase } from "./db";
import { MERGE_SMALL_PACKS, compactPacks, writePack } from "./index-packs";
import { materialisedRows, type MaterialisedRows } from "./materialise";
import { packRows, packsOf } from "./op-packs";
import { readStates } from "./entity-states";

/** Decides, before it is applied, whether a received op may change the entity as it stands. */
export type Admit = (op: Op, state: EntityState | undefined) => boolean;

/**
 * One transaction's op write, built up group by group: each group's ops are applied to the
 * states read for them and their rows are put at once, so the database stores one group
 * while the next is worked out; the ops go into the log and the index packs under the next
 * tick at the end. Must run inside a transaction over `opTables`.
 */
export class OpWrite {
  /** Ops admitted and applied, in the order given. */
  readonly applied: Op[] = [];
  /** The state each applied op left, by entity key. */
  readonly changed = new Map<string, EntityState>();
  readonly #db: DeskDatabase;
  readonly #transaction: Transaction;
  readonly #admit: Admit;
  readonly #writes: Promise<unknown>[] = [];
  readonly #summaries: MaterialisedRows["summaries"] = [];
  readonly #texts: MaterialisedRows["searchTexts"] = [];

  constructor(db: DeskDatabase, admit: Admit = () => true) {
    // A write that lost its transaction would land piecemeal: refuse it loudly instead.
    // (Dexie's types say there always is one; outside a transaction it is null.)
    const transaction = Dexie.currentTransaction as Transaction | null;
    if (transaction === null)
      throw new Error("Op writes must run inside a transaction over opTables.");
    this.#transaction = transaction;
    this.#db = db;
    this.#admit = admit;
  }

  /**
   * Applies new ops to the states read for them (each only if admitted) and puts the states
   * and entry rows they give. All ops of an entity must come in the same call.
   */
  apply(
    fresh: readonly Op[],
    states: ReadonlyMap<string, EntityState>,
    presumedNew: ReadonlySet<string> = new Set(),
  ): void {
    const changed = new Map<string, EntityState>();
    for (const op of fresh) {
      const key = entityKey(op.entity, op.entityId);
      const before = changed.get(key) ?? states.get(key);
      if (!this.#admit(op, before)) continue;
      changed.set(key, applyOp(before, op));
      this.applied.push(op);
      if (presumedNew.has(key))
        this.#presumed.set(key, [...(this.#presumed.get(key) ?? []), op]);
    }
    for (const [key, state] of changed) this.changed.set(key, state);
    const isPresumed = (state: EntityState) =>
      presumedNew.has(entityKey(state.entity, state.entityId));
    const touched = [...changed.values()];
    for (const write of this.#put(
      materialisedRows(touched.filter((state) => !isPresumed(state))),
    ))
      this.also(write);
    this.#add(materialisedRows(touched.filter(isPresumed)));
  }

  /**
   * States of entries presumed new that were found here after all (an id used twice), by
   * entity key: the ops were merged into them in `finish`.
   */
  readonly foundAfterAll = new Map<string, EntityState>();
  /** The ops applied to each entry presumed new, to merge again if it exists after all. */
  readonly #presumed = new Map<string, Op[]>();
  /** Entry rows added that were already there: their entity keys. */
  readonly #taken: Promise<string[]>[] = [];

  /** Puts the rows (empty lists are skipped rather than sent) and keeps the index entries. */
  #put(rows: MaterialisedRows): Promise<unknown>[] {
    this.#summaries.push(...rows.summaries);
    this.#texts.push(...rows.searchTexts);
    const db = this.#db;
    const lists: [Dexie.Table, unknown[]][] = [
      [db.entityStates, rows.entityStates],
      [db.responseLog, rows.responseLog],
      [db.attachments, rows.attachments],
    ];
    return lists
      .filter(([, list]) => list.length > 0)
      .map(([table, list]) => table.bulkPut(list));
  }

  /** Adds entry rows; an id already there is caught (the transaction goes on) and reported. */
  #add(rows: MaterialisedRows): void {
    const db = this.#db;
    for (const [entity, table, list] of [
      ["responseLogEntry", db.responseLog, rows.responseLog],
      ["attachment", db.attachments, rows.attachments],
    ] as const) {
      if (list.length === 0) continue;
      this.#taken.push(
        (table as Dexie.Table)
          .bulkAdd(list)
          .then(() => [])
          .catch(Dexie.BulkError, (error: BulkError) => {
            // Only an id already there is expected; anything else fails the write.
            if (
              error.failures.some(
                (failure) => failure.name !== "ConstraintError",
              )
            )
              throw error;
            return Object.keys(error.failuresByPos).map((position) =>
              entityKey(entity, list[Number(position)]?.id ?? ""),
            );
          }),
      );
    }
  }

  /** Another write of the same transaction, awaited with the rest. */
  also(write: Promise<unknown>): void {
    this.#writes.push(write);
  }

  /** Writes the applied ops and the index packs under the tick after `lastTick`; waits for every write. */
  async finish(lastTick: number): Promise<void> {
    if (this.applied.length > 0) {
      const db = this.#db;
      const tick = lastTick + 1;
      this.also(db.opPacks.bulkAdd(packRows(packsOf(this.applied))));
      this.also(db.meta.put({ key: "searchTick", value: String(tick) }));
      this.also(writePack(db.summaryPacks, tick, this.#summaries));
      this.also(writePack(db.textPacks, tick, this.#texts));
      // Once this write is stored, small index packs are merged if they are many.
      this.#transaction.idbtrans.addEventListener("complete", () => {
        compactSoon(db);
      });
    }
    await Promise.all(this.#writes);
    const taken = (await Promise.all(this.#taken)).flat();
    if (taken.length > 0) await this.#mergeFound(taken);
  }

  /** Entries presumed new whose ids were taken: their ops merged into the entries found. */
  async #mergeFound(keys: readonly string[]): Promise<void> {
    const ops = keys.flatMap((key) => this.#presumed.get(key) ?? []);
    const found = await readStates(this.#db, ops);
    const merged = new Map<string, EntityState>();
    for (const op of ops) {
      const key = entityKey(op.entity, op.entityId);
      const state = found.get(key);
      if (state === undefined)
        throw new Error(`The row of ${key} is here without its state.`);
      this.foundAfterAll.set(key, state);
      merged.set(key, applyOp(merged.get(key) ?? state, op));
    }
    for (const [key, state] of merged) this.changed.set(key, state);
    await Promise.all(this.#put(materialisedRows([...merged.values()])));
  }
}

/**
 * Merges small index packs, in a transaction of its own, one merge at a time, after the first
 * write of this session (for packs left from before) and after every `MERGE_SMALL_PACKS`th:
 * fewer writes cannot have made enough of them, and checking after each write would hold up
 * the next one.
 */
const compacting = new WeakSet<DeskDatabase>();
const sessionWrites = new WeakMap<DeskDatabase, number>();
function compactSoon(db: DeskDatabase): void {
  const writes = (sessionWrites.get(db) ?? 0) + 1;
  sessionWrites.set(db, writes);
  if (writes !== 1 && writes % MERGE_SMALL_PACKS !== 0) return;
  if (compacting.has(db)) return;
  compacting.add(db);
  void db
    .transaction("rw", [db.summaryPacks, db.textPacks], () =>
      Dexie.Promise.all([
        compactPacks(db.summaryPacks),
        compactPacks(db.textPacks),
      ]),
    )
    // A closed database or a full disk: the packs stay as they are, to be merged next time.
    .catch(() => undefined)
    .finally(() => compacting.delete(db));
}
