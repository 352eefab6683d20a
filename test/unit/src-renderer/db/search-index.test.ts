import { afterEach, describe, expect, it } from "vitest";
import { SearchIndex } from "../../../../src-renderer/db/search-index";
import { saveObservation } from "../../../../src-renderer/db/observation-writes";
import { writePack } from "../../../../src-renderer/db/index-packs";
import {
  NOW,
  after,
  deleteDatabases,
  newDatabase,
  record,
  searchObservationIds,
} from "./support/observation-db";

afterEach(deleteDatabases);

describe("SearchIndex", () => {
  async function searchable() {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    await saveObservation(
      db,
      "obs-2",
      {
        ...record,
        title: "Security incident at the Ségou checkpoint",
        description: "Traders were stopped.",
        locality: "Ségou",
        tags: ["checkpoint"],
      },
      after(1),
    );
    await saveObservation(
      db,
      "obs-3",
      {
        ...record,
        title: "Marché fermé à Mopti",
        description: "Le marché est resté fermé.",
        locality: "Mopti",
        actors: ["commerçants"],
      },
      after(2),
    );
    return db;
  }

  it("finds by accent-free prefixes, ignoring case", async () => {
    const db = await searchable();
    expect(await searchObservationIds(db, "secur")).toEqual(
      new Set(["obs-1", "obs-2"]),
    );
    expect(await searchObservationIds(db, "SÉCURITÉ")).toEqual(
      new Set(["obs-1"]),
    );
    expect(await searchObservationIds(db, "commercant")).toEqual(
      new Set(["obs-3"]),
    );
    expect(await searchObservationIds(db, "sego")).toEqual(new Set(["obs-2"]));
  });

  it("requires every word", async () => {
    const db = await searchable();
    expect(await searchObservationIds(db, "marche")).toEqual(
      new Set(["obs-1", "obs-3"]),
    );
    expect(await searchObservationIds(db, "marche ferme")).toEqual(
      new Set(["obs-3"]),
    );
    expect(await searchObservationIds(db, "mopti marche secu")).toEqual(
      new Set(["obs-1"]),
    );
    expect(await searchObservationIds(db, "marche segou")).toEqual(new Set());
    expect(await searchObservationIds(db, "zzz")).toEqual(new Set());
  });

  it("follows edits when refreshed, reading only what changed", async () => {
    const db = await searchable();
    const index = new SearchIndex();
    await index.refresh(db);
    expect(index.search("securite")).toEqual(new Set(["obs-1"]));
    await saveObservation(
      db,
      "obs-1",
      { ...record, title: "Calm returned" },
      after(3),
    );
    await index.refresh(db);
    expect(index.search("securite")).toEqual(new Set());
    expect(index.search("calm")).toEqual(new Set(["obs-1"]));
    expect(index.size).toBe(3);
  });

  it("rebuilds itself after many changes and still finds old and new records", async () => {
    const db = await searchable();
    const index = new SearchIndex();
    await index.refresh(db);
    for (let n = 0; n < 2_005; n += 1)
      await writePack(db.textPacks, 1_000 + n, [
        { id: `bulk-${n}`, value: ` bulk record ${n}` },
      ]);
    await index.refresh(db);
    expect(index.size).toBe(3 + 2_005);
    expect(index.search("bulk 2004")).toEqual(new Set(["bulk-2004"]));
    expect(index.search("secur")).toEqual(new Set(["obs-1", "obs-2"]));
  });

  it("reads many packs one by one, reporting progress up to done", async () => {
    const db = newDatabase();
    const ids = Array.from(
      { length: 12_001 },
      (_, n) => `row-${String(n).padStart(5, "0")}`,
    );
    for (const [tick, from, to] of [
      [1, 0, 5_000],
      [2, 5_000, 10_000],
      [3, 10_000, 12_001],
    ] as const)
      await writePack(
        db.textPacks,
        tick,
        ids
          .slice(from, to)
          .map((id) => ({ id, value: ` record ${id.slice(4)}` })),
      );
    const reported: number[] = [];
    const index = new SearchIndex();
    await index.refresh(db, (done) => reported.push(done));
    expect(index.size).toBe(12_001);
    expect(index.search("record 12000")).toEqual(new Set(["row-12000"]));
    // Three packs read (5,000 + 5,000 + 2,001), then the build.
    expect(reported).toHaveLength(4);
    expect(reported).toEqual([...reported].sort((a, b) => a - b));
    expect(reported.at(-1)).toBe(1);
  });

  it("returns null for a query without words", async () => {
    const db = await searchable();
    for (const query of ["", "   ", "!? —"]) {
      expect(await searchObservationIds(db, query)).toBeNull();
    }
  });
});
