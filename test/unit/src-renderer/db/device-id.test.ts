import { afterEach, describe, expect, it } from "vitest";
import { opId } from "../../../../shared/sync/op";
import {
  adoptDeviceId,
  opsToSeal,
} from "../../../../src-renderer/db/device-id";
import { observationById } from "../../../../src-renderer/db/observation-reads";
import { saveObservation } from "../../../../src-renderer/db/observation-writes";
import {
  NOW,
  after,
  allOps,
  deleteDatabases,
  newDatabase,
  record,
  storedDeviceId,
} from "./support/observation-db";

afterEach(deleteDatabases);
const KEYED = "pd0123456789abcdef0123456789abcdef";

describe("adopting the key-derived device id", () => {
  it("renames ops made before there were keys, with their prevs, and keeps the same state", async () => {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    await saveObservation(db, "obs-1", { ...record, severity: 5 }, after(1));
    const before = await observationById(db, "obs-1");
    const oldId = await storedDeviceId(db);

    await adoptDeviceId(db, KEYED);
    const ops = await allOps(db);
    expect(ops.map(opId)).toEqual([
      `${KEYED}/country:ML/1`,
      `${KEYED}/country:ML/2`,
    ]);
    const [, edit] = ops;
    expect(edit?.kind === "set" && edit.set.severity?.prev).toEqual([
      `${KEYED}/country:ML/1`,
    ]);
    expect(JSON.stringify(ops)).not.toContain(oldId);
    expect(await observationById(db, "obs-1")).toEqual(before);
    expect(await storedDeviceId(db)).toBe(KEYED);
    // New saves carry the new id and go on with the same seqs.
    await saveObservation(db, "obs-2", record, after(2));
    expect((await allOps(db)).map(opId).at(-1)).toBe(`${KEYED}/country:ML/3`);
  });

  it("gives what is not sealed yet, per stream, from the next seq on", async () => {
    const db = newDatabase();
    await adoptDeviceId(db, KEYED);
    await saveObservation(db, "obs-1", record, NOW);
    await saveObservation(
      db,
      "obs-2",
      { ...record, sensitivity: "confidential" },
      after(1),
    );
    await saveObservation(db, "obs-3", record, after(2));
    const all = await opsToSeal(db, KEYED, {});
    expect([...all.keys()].sort()).toEqual(["country:ML", "hub"]);
    expect(all.get("country:ML")?.map((op) => op.seq)).toEqual([1, 2]);
    const rest = await opsToSeal(db, KEYED, { "country:ML": 2, hub: 2 });
    expect(
      [...rest.entries()].map(([stream, ops]) => [
        stream,
        ops.map((op) => op.seq),
      ]),
    ).toEqual([["country:ML", [2]]]);
  });
});

describe("moving to a new id after a fork", () => {
  const NEXT = "pdfedcba9876543210fedcba9876543210";

  it("moves the ops from the fork on to the new id, renumbered, with their prevs, and keeps the rest", async () => {
    const db = newDatabase();
    await adoptDeviceId(db, KEYED);
    await saveObservation(db, "obs-1", record, NOW);
    await saveObservation(db, "obs-2", record, after(1));
    await saveObservation(db, "obs-2", { ...record, severity: 5 }, after(2));
    await saveObservation(
      db,
      "obs-3",
      { ...record, sensitivity: "confidential" },
      after(3),
    );
    const before = await Promise.all(
      ["obs-1", "obs-2", "obs-3"].map((id) => observationById(db, id)),
    );

    // The hub holds other content from ML seq 2 on; the hub stream's seq 1 was sealed.
    await adoptDeviceId(db, NEXT, {
      from: KEYED,
      reissueFrom: { "country:ML": 2, hub: 2 },
    });
    const ops = await allOps(db);
    expect(ops.map(opId)).toEqual([
      `${KEYED}/country:ML/1`,
      `${NEXT}/country:ML/1`,
      `${NEXT}/country:ML/2`,
      `${KEYED}/hub/1`,
    ]);
    // Each moved write also replaces whatever the hub holds under its old id.
    const [, created, edit] = ops;
    expect(created?.kind === "set" && created.set.title?.prev).toEqual([
      `${KEYED}/country:ML/2`,
    ]);
    expect(edit?.kind === "set" && edit.set.severity?.prev).toEqual([
      `${NEXT}/country:ML/1`,
      `${KEYED}/country:ML/3`,
    ]);
    expect(
      await Promise.all(
        ["obs-1", "obs-2", "obs-3"].map((id) => observationById(db, id)),
      ),
    ).toEqual(before);
    expect(await db.streams.orderBy("stream").toArray()).toEqual([
      { stream: "country:ML", lastSeq: 2 },
      { stream: "hub", lastSeq: 0 },
    ]);
    // What the new id seals: the moved ops, then new saves after them.
    await saveObservation(db, "obs-4", record, after(4));
    const toSeal = await opsToSeal(db, NEXT, {});
    expect(toSeal.get("country:ML")?.map(opId)).toEqual([
      `${NEXT}/country:ML/1`,
      `${NEXT}/country:ML/2`,
      `${NEXT}/country:ML/3`,
    ]);
    expect(toSeal.has("hub")).toBe(false);
    // Adopting the same id again changes nothing.
    await adoptDeviceId(db, NEXT, {
      from: KEYED,
      reissueFrom: { "country:ML": 2, hub: 2 },
    });
    expect((await allOps(db)).length).toBe(5);
  });
});
