import { matchesAllWords, queryWords } from "../../shared/domain/search-text";
import type { DeskDatabase } from "./db";
import {
  entriesAfter,
  entriesOf,
  foldEntries,
  packKeys,
  type PackEntry,
} from "./index-packs";

/** Past this many changed records, the index is rebuilt rather than scanned. */
const REBUILD_AFTER_CHANGES = 2_000;
/** The share of building the whole index that reading is. */
const READ_SHARE = 0.8;

/** Every search text, pack by pack, reporting the share of entries read. */
async function readAll(
  db: DeskDatabase,
  onRead: (share: number) => void,
): Promise<Map<string, PackEntry<string>>> {
  const keys = await packKeys(db.textPacks);
  const total = keys.reduce((sum, [, size]) => sum + size, 0);
  const folded = new Map<string, PackEntry<string>>();
  let read = 0;
  for (const key of keys) {
    const pack = await db.textPacks.get(key);
    if (pack) foldEntries(folded, entriesOf(pack));
    read += key[1];
    onRead(total === 0 ? 1 : Math.min(1, read / total));
  }
  return folded;
}

/**
 * Full-text search held in memory: an inverted index from each folded word to the records
 * that contain it (sorted words, so a prefix is a range), built once from the search
 * text packs, plus the texts of records written since, scanned directly until the next rebuild.
 */
export class SearchIndex {
  #ids: string[] = [];
  #idSet = new Set<string>();
  #words: string[] = [];
  #postings: Uint32Array[] = [];
  readonly #changed = new Map<string, string>();
  #tick = -1;

  /**
   * Reads what was written since the last refresh (everything the first time), reporting the
   * share done from 0 to 1 while it reads and builds the whole index.
   */
  async refresh(
    db: DeskDatabase,
    onProgress?: (done: number) => void,
  ): Promise<void> {
    if (this.#ids.length > 0) {
      // Deleted records are not taken out: callers intersect with what they list.
      const entries = await entriesAfter(db.textPacks, this.#tick);
      if (entries.length === 0) return;
      for (const entry of entries)
        this.#tick = Math.max(this.#tick, entry.tick);
      if (this.#changed.size + entries.length <= REBUILD_AFTER_CHANGES) {
        for (const { id, value } of entries)
          if (value !== null) this.#changed.set(id, value);
        return;
      }
    }
    const folded = await readAll(db, (read) => onProgress?.(read * READ_SHARE));
    const rows: { id: string; text: string }[] = [];
    for (const { id, tick, value } of folded.values()) {
      this.#tick = Math.max(this.#tick, tick);
      if (value !== null) rows.push({ id, text: value });
    }
    if (rows.length === 0) return;
    this.#build(rows);
    onProgress?.(1);
  }

  /** How many records the index knows. */
  get size(): number {
    let added = 0;
    for (const id of this.#changed.keys()) if (!this.#idSet.has(id)) added += 1;
    return this.#ids.length + added;
  }

  /**
   * The ids of records whose words begin with every word of the query, ignoring case and
   * accents ("securite" finds "sécurité"); null when the query has no words. Deleted records
   * may still match; callers intersect with what they list.
   */
  search(query: string): Set<string> | null {
    // A hit counter per record fits in a byte: no real query has 255 words.
    const words = queryWords(query).slice(0, 32);
    if (words.length === 0) return null;
    const hits = new Uint8Array(this.#ids.length);
    words.forEach((word, round) => {
      const [from, to] = this.#prefixRange(word);
      for (let index = from; index < to; index += 1) {
        for (const doc of this.#postings[index] ?? []) {
          if (hits[doc] === round) hits[doc] = round + 1;
        }
      }
    });
    const found = new Set<string>();
    hits.forEach((count, doc) => {
      const id = this.#ids[doc];
      if (count === words.length && id !== undefined && !this.#changed.has(id))
        found.add(id);
    });
    for (const [id, text] of this.#changed)
      if (matchesAllWords(text, words)) found.add(id);
    return found;
  }

  #build(rows: readonly { id: string; text: string }[]): void {
    const counts = new Map<string, number>();
    for (const row of rows) {
      for (const word of new Set(row.text.split(" "))) {
        if (word !== "") counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    const words = [...counts.keys()].sort();
    const position = new Map(words.map((word, index) => [word, index]));
    const postings = words.map(
      (word) => new Uint32Array(counts.get(word) ?? 0),
    );
    const filled = new Uint32Array(words.length);
    rows.forEach((row, doc) => {
      for (const word of new Set(row.text.split(" "))) {
        const index = position.get(word);
        if (index === undefined) continue;
        const list = postings[index];
        const at = filled[index] ?? 0;
        if (list) list[at] = doc;
        filled[index] = at + 1;
      }
    });
    this.#ids = rows.map((row) => row.id);
    this.#idSet = new Set(this.#ids);
    this.#words = words;
    this.#postings = postings;
    this.#changed.clear();
  }

  /** Indexes of the sorted words that begin with `prefix`. */
  #prefixRange(prefix: string): [number, number] {
    return [this.#lowerBound(prefix), this.#lowerBound(`${prefix}\uffff`)];
  }

  #lowerBound(value: string): number {
    let low = 0;
    let high = this.#words.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#words[middle] ?? "") < value) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
