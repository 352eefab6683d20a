import { afterEach, describe, expect, it } from "vitest";
import {
  protectedNameSchema,
  type ProtectedName,
} from "../../../../shared/domain/names-directory";
import {
  deleteDirectoryEntry,
  saveDirectoryEntries,
} from "../../../../src-renderer/db/names-directory-writes";
import { readRecords } from "../../../../src-renderer/db/record-reads";
import {
  NOW,
  after,
  allOps,
  deleteDatabases,
  newDatabase,
  setOf,
} from "./support/observation-db";

afterEach(deleteDatabases);

const mopti = {
  id: "n-1",
  values: { name: "Réseau Paix Mopti", kind: "organisation" } as const,
};
const gao = {
  id: "n-2",
  values: { name: "Amadou Cissé", kind: "person" },
} as const;
const streamsOf = (ops: { stream: string; entityId: string }[]) =>
  ops.map((op) => `${op.entityId} ${op.stream}`).sort();

describe("the names directory's writes", () => {
  it("write each entry, under one id, to the hub and to every regional device's own stream", async () => {
    const db = newDatabase();
    await saveDirectoryEntries(db, [mopti], ["pd-dakar", "pd-nairobi"], NOW);
    const ops = await allOps(db);
    expect(streamsOf(ops)).toEqual([
      "n-1 device:pd-dakar",
      "n-1 device:pd-nairobi",
      "n-1 hub",
    ]);
    for (const op of ops)
      expect(setOf(op).name?.value).toBe("Réseau Paix Mopti");
    const rows = await readRecords<ProtectedName>(
      db,
      "protectedName",
      protectedNameSchema,
    );
    expect(rows.map((row) => row.values)).toEqual([mopti.values]);
  });

  it("reach a device enrolled later when the directory is sent again", async () => {
    const db = newDatabase();
    await saveDirectoryEntries(db, [mopti], ["pd-dakar"], NOW);
    await saveDirectoryEntries(db, [gao], ["pd-dakar", "pd-bangkok"], after(1));
    await saveDirectoryEntries(
      db,
      [mopti, gao],
      ["pd-dakar", "pd-bangkok"],
      after(2),
    );
    const bangkok = (await allOps(db)).filter(
      (op) => op.stream === "device:pd-bangkok",
    );
    expect(streamsOf(bangkok)).toEqual([
      "n-1 device:pd-bangkok",
      "n-2 device:pd-bangkok",
      "n-2 device:pd-bangkok",
    ]);
  });

  it("remove an entry with a tombstone in every stream", async () => {
    const db = newDatabase();
    await saveDirectoryEntries(db, [mopti], ["pd-dakar"], NOW);
    await deleteDirectoryEntry(db, "n-1", ["pd-dakar"], after(1));
    const tombstones = (await allOps(db)).filter(
      (op) => op.kind === "tombstone",
    );
    expect(streamsOf(tombstones)).toEqual(["n-1 device:pd-dakar", "n-1 hub"]);
    expect(await readRecords(db, "protectedName", protectedNameSchema)).toEqual(
      [],
    );
  });
});
