import { afterEach, describe, expect, it, vi } from "vitest";
import {
  MERGE_SMALL_PACKS,
  SMALL_PACK,
  compactPacks,
  entriesAfter,
  foldPacks,
  liveValues,
  packKeys,
  writePack,
} from "../../../../src-renderer/db/index-packs";
import { saveObservation } from "../../../../src-renderer/db/observation-writes";
import { observationSummaries } from "../../../../src-renderer/db/observation-reads";
import {
  NOW,
  after,
  deleteDatabases,
  newDatabase,
  record,
} from "./support/observation-db";

afterEach(deleteDatabases);

/** The current value per id, sorted by id. */
async function current(db: ReturnType<typeof newDatabase>) {
  return [...(await foldPacks(db.textPacks)).values()]
    .map(({ id, value }) => [id, value] as const)
    .sort(([a], [b]) => a.localeCompare(b));
}

const compact = (db: ReturnType<typeof newDatabase>) =>
  db.transaction("rw", db.textPacks, () => compactPacks(db.textPacks));

describe("index packs", () => {
  it("keep the newest entry per id whatever order the packs are read in, deletions included", async () => {
    const db = newDatabase();
    await writePack(db.textPacks, 3, [
      { id: "a", value: "a at 3" },
      { id: "b", value: null },
    ]);
    await writePack(db.textPacks, 1, [
      { id: "a", value: "a at 1" },
      { id: "b", value: "b at 1" },
      { id: "c", value: "c at 1" },
    ]);
    await writePack(db.textPacks, 2, [{ id: "c", value: "c at 2" }]);
    expect(await current(db)).toEqual([
      ["a", "a at 3"],
      ["b", null],
      ["c", "c at 2"],
    ]);
    expect(liveValues(await foldPacks(db.textPacks)).sort()).toEqual([
      "a at 3",
      "c at 2",
    ]);
    expect(await packKeys(db.textPacks)).toEqual([
      [1, 3],
      [2, 1],
      [3, 2],
    ]);
    await writePack(db.textPacks, 4, []);
    expect(await db.textPacks.count()).toBe(3);
  });

  it("give the entries written after a tick, skipping older ones a merged pack holds", async () => {
    const db = newDatabase();
    for (let tick = 1; tick <= MERGE_SMALL_PACKS; tick += 1)
      await writePack(db.textPacks, tick, [
        { id: `r${tick}`, value: `${tick}` },
      ]);
    expect(await compact(db)).toBe(true);
    expect(await packKeys(db.textPacks)).toEqual([
      [MERGE_SMALL_PACKS, MERGE_SMALL_PACKS],
    ]);
    const after30 = await entriesAfter(db.textPacks, 30);
    expect(after30.map((entry) => entry.tick)).toEqual([31, 32]);
    expect(await entriesAfter(db.textPacks, MERGE_SMALL_PACKS)).toEqual([]);
  });

  it("merge small packs only once there are enough, leaving big packs and the values as they were", async () => {
    const db = newDatabase();
    const big = Array.from({ length: SMALL_PACK }, (_, n) => ({
      id: `big-${n}`,
      value: `big ${n}`,
    }));
    await writePack(db.textPacks, 1, big);
    // Small packs after the big one: the first edits a big entry, one deletes another.
    await writePack(db.textPacks, 2, [{ id: "big-0", value: "edited" }]);
    await writePack(db.textPacks, 3, [{ id: "big-1", value: null }]);
    for (let tick = 4; tick <= MERGE_SMALL_PACKS; tick += 1)
      await writePack(db.textPacks, tick, [{ id: "s", value: `s at ${tick}` }]);
    const before = await current(db);
    expect(await compact(db)).toBe(false);

    await writePack(db.textPacks, MERGE_SMALL_PACKS + 1, [
      { id: "s", value: "last" },
    ]);
    const expected = await current(db);
    expect(expected).not.toEqual(before);
    expect(await compact(db)).toBe(true);
    // One big pack untouched; the small ones in one, with the deletion kept (the big pack
    // still holds an older entry for that id) and only the newest write of "s".
    expect(await packKeys(db.textPacks)).toEqual([
      [1, SMALL_PACK],
      [MERGE_SMALL_PACKS + 1, 3],
    ]);
    expect(await current(db)).toEqual(expected);
    expect(await compact(db)).toBe(false);
  });

  it("drop deletions when every pack is merged", async () => {
    const db = newDatabase();
    await writePack(db.textPacks, 1, [{ id: "gone", value: "here" }]);
    await writePack(db.textPacks, 2, [{ id: "gone", value: null }]);
    for (let tick = 3; tick <= MERGE_SMALL_PACKS; tick += 1)
      await writePack(db.textPacks, tick, [{ id: "kept", value: `${tick}` }]);
    expect(await compact(db)).toBe(true);
    expect(await current(db)).toEqual([["kept", `${MERGE_SMALL_PACKS}`]]);
  });

  it("are merged in the background after saves, and the list still shows every observation", async () => {
    const db = newDatabase();
    const saves = MERGE_SMALL_PACKS + 3;
    for (let n = 0; n < saves; n += 1)
      await saveObservation(
        db,
        `obs-${n}`,
        { ...record, title: `Observation ${n}` },
        n === 0 ? NOW : after(n),
      );
    // The merge runs in its own transaction once a save is stored.
    await vi.waitFor(async () => {
      expect((await packKeys(db.summaryPacks)).length).toBeLessThan(saves);
    });
    const summaryPacks = await packKeys(db.summaryPacks);
    expect(summaryPacks.reduce((sum, [, size]) => sum + size, 0)).toBe(saves);
    expect(
      (await observationSummaries(db)).map((row) => row.title).sort(),
    ).toEqual(
      Array.from({ length: saves }, (_, n) => `Observation ${n}`).sort(),
    );
  });
});
