import Dexie, { type PromiseExtended, type Table } from "dexie";

/**
 * What the list and the search read of every observation at once (list summaries, search
 * texts) is stored in packs: each write (a local save, an imported bundle) adds one row with
 * an entry per observation it changed, instead of one row per observation. IndexedDB's cost
 * is per row, so an import of thousands of observations writes two rows here, not thousands.
 *
 * Every entry carries the tick of the write that made it, and a reader keeps, per id, the
 * entry with the highest tick: the order packs are read or merged in does not matter. A pack's
 * key is `[highest tick in it, entries]`, so the keys alone say which writes are new and how
 * large each pack is. Small packs are merged in the background (`compactIndexPacks`).
 */

/** One observation's entry; `value` null: the observation was deleted by that write. */
export interface PackEntry<T> {
  id: string;
  tick: number;
  value: T | null;
}

/**
 * A pack: its entries (of `T` values) as JSON text, which IndexedDB copies far faster than
 * objects; `entriesOf` reads them.
 */
export interface IndexPackRow<T> {
  tick: number;
  size: number;
  entries: string & { readonly __values?: T };
}

export type PackKey = [tick: number, size: number];
export type IndexPackTable<T> = Table<IndexPackRow<T>, PackKey>;

/** Packs with fewer entries are small; this many small packs are merged into one. */
export const SMALL_PACK = 1_024;
export const MERGE_SMALL_PACKS = 32;

/** Writes one write's entries as a pack (nothing when there are none). */
export function writePack<T>(
  table: IndexPackTable<T>,
  tick: number,
  entries: readonly { id: string; value: T | null }[],
): PromiseExtended<unknown> {
  if (entries.length === 0) return Dexie.Promise.resolve();
  return table.add(
    packRow(
      tick,
      entries.map(({ id, value }) => ({ id, tick, value })),
    ),
  );
}

/** The row of a pack holding `entries`, keyed by the newest tick among them. */
export function packRow<T>(
  tick: number,
  entries: readonly PackEntry<T>[],
): IndexPackRow<T> {
  return { tick, size: entries.length, entries: JSON.stringify(entries) };
}

/** The entries of a pack (written by this app, so not validated again). */
export function entriesOf<T>(pack: IndexPackRow<T>): PackEntry<T>[] {
  return JSON.parse(pack.entries) as PackEntry<T>[];
}

/** Folds entries into the newest one per id (deletions included). */
export function foldEntries<T>(
  into: Map<string, PackEntry<T>>,
  entries: Iterable<PackEntry<T>>,
): Map<string, PackEntry<T>> {
  for (const entry of entries) {
    const known = into.get(entry.id);
    if (known === undefined || known.tick < entry.tick)
      into.set(entry.id, entry);
  }
  return into;
}

/** The current value of every id: the newest entry of each, deleted ones left out. */
export function liveValues<T>(folded: ReadonlyMap<string, PackEntry<T>>): T[] {
  const values: T[] = [];
  for (const { value } of folded.values())
    if (value !== null) values.push(value);
  return values;
}

/** Every pack, folded. */
export async function foldPacks<T>(
  table: IndexPackTable<T>,
): Promise<Map<string, PackEntry<T>>> {
  const folded = new Map<string, PackEntry<T>>();
  await table.each((pack) => foldEntries(folded, entriesOf(pack)));
  return folded;
}

/** The entries written after `tick`, oldest pack first. */
export async function entriesAfter<T>(
  table: IndexPackTable<T>,
  tick: number,
): Promise<PackEntry<T>[]> {
  const packs = await table
    .where(":id")
    .above([tick, Number.MAX_SAFE_INTEGER])
    .toArray();
  return packs.flatMap((pack) =>
    entriesOf(pack).filter((entry) => entry.tick > tick),
  );
}

/** The keys of every pack, oldest first: which writes are stored and how large each is. */
export function packKeys<T>(
  table: IndexPackTable<T>,
): PromiseExtended<PackKey[]> {
  return table.toCollection().primaryKeys();
}

/**
 * Merges the small packs of a table into one once there are `MERGE_SMALL_PACKS` of them,
 * keeping the newest entry per id. Deletions are dropped only when no other pack is left
 * that could hold an older entry for the id. Big packs are never merged again: entries an
 * edit replaced stay in them, read and skipped, until the table is rebuilt.
 */
export function compactPacks<T>(
  table: IndexPackTable<T>,
): PromiseExtended<boolean> {
  return packKeys(table).then((keys) => {
    const small = keys.filter(([, size]) => size < SMALL_PACK);
    if (small.length < MERGE_SMALL_PACKS) return false;
    const mergesAll = small.length === keys.length;
    return table.bulkGet(small).then((packs) => {
      const folded = new Map<string, PackEntry<T>>();
      for (const pack of packs) if (pack) foldEntries(folded, entriesOf(pack));
      const entries = [...folded.values()]
        .filter((entry) => !mergesAll || entry.value !== null)
        .sort((a, b) => a.tick - b.tick);
      const newest = entries.at(-1)?.tick;
      // The merged pack may have the key of one it replaces: deleted first.
      return table
        .bulkDelete(small)
        .then(() =>
          newest === undefined
            ? undefined
            : table.add(packRow(newest, entries)),
        )
        .then(() => true);
    });
  });
}
