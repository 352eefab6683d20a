import fc from "fast-check";
import { allOps } from "../../../../src-renderer/db/op-packs";
import { afterEach, describe, expect, it } from "vitest";
import type { AuthorEntry } from "../../../../shared/sync/may-apply";
import type { Op } from "../../../../shared/sync/op";
import { importBundleOps } from "../../../../src-renderer/db/bundle-import";
import { observationById } from "../../../../src-renderer/db/observation-reads";
import {
  NOW,
  deleteDatabases,
  newDatabase,
  opTablesSnapshot,
  remoteSet,
} from "./support/observation-db";

afterEach(deleteDatabases);

const field: AuthorEntry = {
  deviceId: "pd-field-a",
  role: "field",
  countries: ["ML"],
};
const other: AuthorEntry = {
  deviceId: "pd-field-b",
  role: "field",
  countries: ["ML"],
};
const title = (value: string, prev: string[] = []) => ({
  title: { value, prev },
});

/** Three bundles' worth of one field device's ops: create, edit, add. */
const bundles: Op[][] = [
  [
    remoteSet(field.deviceId, 1, 0, "obs-1", {
      ...title("Clashes"),
      country: { value: "ML", prev: [] },
    }),
    remoteSet(field.deviceId, 2, 1000, "obs-2", title("Checkpoint")),
  ],
  [
    remoteSet(
      field.deviceId,
      3,
      2000,
      "obs-1",
      title("Clashes at the market", ["pd-field-a/country:ML/1"]),
    ),
  ],
  [remoteSet(field.deviceId, 4, 3000, "obs-3", title("Displacement"))],
];

describe("importing a bundle's ops", () => {
  it("reports what is new and what was updated, and applies it", async () => {
    const db = newDatabase();
    const first = await importBundleOps(
      db,
      bundles[0] ?? [],
      field,
      NOW.getTime(),
    );
    expect(first).toEqual({
      created: 2,
      updated: 0,
      alreadyPresent: 0,
      conflicts: [],
      refused: [],
      gaps: [],
    });
    const second = await importBundleOps(
      db,
      bundles[1] ?? [],
      field,
      NOW.getTime(),
    );
    expect(second).toMatchObject({ created: 0, updated: 1, alreadyPresent: 0 });
    expect((await observationById(db, "obs-1"))?.title).toBe(
      "Clashes at the market",
    );
  });

  it("changes nothing when the same bundle comes twice", async () => {
    const db = newDatabase();
    await importBundleOps(db, bundles[0] ?? [], field, NOW.getTime());
    const before = await opTablesSnapshot(db);
    const again = await importBundleOps(
      db,
      bundles[0] ?? [],
      field,
      NOW.getTime(),
    );
    expect(again).toMatchObject({ created: 0, updated: 0, alreadyPresent: 2 });
    const after = await opTablesSnapshot(db);
    // Only the search tick may move; every row is the same.
    expect({ ...after, meta: [] }).toEqual({ ...before, meta: [] });
  });

  it("reports the seqs still missing when a later bundle arrives first", async () => {
    const db = newDatabase();
    const report = await importBundleOps(
      db,
      bundles[2] ?? [],
      field,
      NOW.getTime(),
    );
    expect(report.gaps).toEqual([[1, 3]]);
  });

  it("refuses, changing nothing, seqs it holds with other content (a forked device)", async () => {
    const db = newDatabase();
    await importBundleOps(db, bundles[0] ?? [], field, NOW.getTime());
    const before = await opTablesSnapshot(db);
    // The other copy's seq 2 is about another observation; its seq 3 is new here.
    const forked = [
      remoteSet(field.deviceId, 2, 1500, "obs-9", title("Other copy")),
      remoteSet(field.deviceId, 3, 1600, "obs-10", title("Other copy too")),
    ];
    await expect(
      importBundleOps(db, forked, field, NOW.getTime()),
    ).rejects.toMatchObject({ code: "SEQ_FORK" });
    expect(await opTablesSnapshot(db)).toEqual(before);
  });

  it("refuses, and never applies, an op the sender's role does not allow", async () => {
    const db = newDatabase();
    await importBundleOps(db, bundles[0] ?? [], field, NOW.getTime());
    const hijack = remoteSet(
      other.deviceId,
      1,
      5000,
      "obs-1",
      title("Nothing happened", ["pd-field-a/country:ML/3"]),
    );
    const report = await importBundleOps(db, [hijack], other, NOW.getTime());
    expect(report.refused).toHaveLength(1);
    expect(report.refused[0]?.seq).toBe(1);
    expect(report.refused[0]?.reason).toContain("created");
    expect(report.created + report.updated).toBe(0);
    expect((await observationById(db, "obs-1"))?.title).toBe("Clashes");
    expect((await allOps(db)).length).toBe(2);
    // A refused seq is reported as refused, never as missing, now or in later reports.
    expect(report.gaps).toEqual([]);
    const next = remoteSet(other.deviceId, 2, 5001, "obs-other", title("Mine"));
    expect(
      (await importBundleOps(db, [next], other, NOW.getTime())).gaps,
    ).toEqual([]);
    // Once the roster allows it, the same op applies and is no longer refused.
    const admitted = await importBundleOps(
      db,
      [hijack],
      { ...other, replaces: ["pd-field-a"] },
      NOW.getTime(),
    );
    expect(admitted).toMatchObject({ updated: 1, refused: [] });
    expect(await db.refusedOps.count()).toBe(0);
  });

  it("flags a conflict when two devices edited the same field without seeing each other", async () => {
    const db = newDatabase();
    await importBundleOps(db, bundles[0] ?? [], field, NOW.getTime());
    // Two edits of the same title, each made from the first version (a restored backup, say).
    const fork = [
      remoteSet(
        field.deviceId,
        3,
        2000,
        "obs-2",
        title("A", ["pd-field-a/country:ML/2"]),
      ),
      remoteSet(
        field.deviceId,
        4,
        2500,
        "obs-2",
        title("B", ["pd-field-a/country:ML/2"]),
      ),
    ];
    const report = await importBundleOps(db, fork, field, NOW.getTime());
    expect(report.conflicts).toEqual(["observation/obs-2"]);
  });

  it("gives the same state whatever order and how many times bundles arrive", async () => {
    const reference = newDatabase();
    for (const bundle of bundles)
      await importBundleOps(reference, bundle, field, NOW.getTime());
    const expected = await opTablesSnapshot(reference);
    await fc.assert(
      fc.asyncProperty(
        fc
          .array(fc.integer({ min: 0, max: bundles.length - 1 }), {
            minLength: bundles.length,
            maxLength: 8,
          })
          .filter((order) => new Set(order).size === bundles.length),
        async (order) => {
          const db = newDatabase();
          for (const index of order)
            await importBundleOps(
              db,
              bundles[index] ?? [],
              field,
              NOW.getTime(),
            );
          const got = await opTablesSnapshot(db);
          expect({ ...got, meta: [] }).toEqual({ ...expected, meta: [] });
          await db.delete();
        },
      ),
      { seed: 7, numRuns: 25 },
    );
  });
});
