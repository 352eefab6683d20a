import { afterEach, describe, expect, it } from "vitest";
import {
  meetingSchema,
  meetingStream,
  type Meeting,
} from "../../../../shared/domain/meeting";
import { opId, type SetOp } from "../../../../shared/sync/op";
import { readRecords } from "../../../../src-renderer/db/record-reads";
import {
  deleteRecord,
  saveRecord,
} from "../../../../src-renderer/db/record-writes";
import {
  NOW,
  after,
  allOps,
  applyInTransaction,
  deleteDatabases,
  newDatabase,
  setOf,
} from "./support/observation-db";
import type { DeskDatabase } from "../../../../src-renderer/db/db";

afterEach(deleteDatabases);

const meeting: Meeting = {
  title: "Sahel dialogue",
  kind: "country",
  countries: ["ML"],
  date: "2026-12-10",
  series: "Sahel",
  status: "planned",
  notes: "",
};
const streamOf = meetingStream;
const save = (db: DeskDatabase, values: Meeting, now = NOW) =>
  saveRecord(db, { entity: "meeting", id: "m-1", values, streamOf, now });
/** The op that created the meeting. */
async function createdOp(db: DeskDatabase): Promise<SetOp> {
  const [created] = await allOps(db);
  if (created?.kind !== "set") throw new Error("No meeting was created.");
  return created;
}
const meetings = (db: DeskDatabase) =>
  readRecords<Meeting>(db, "meeting", meetingSchema);

describe("meeting records as ops", () => {
  it("creates the record in its country's stream, then writes only what changed", async () => {
    const db = newDatabase();
    expect(await save(db, meeting)).toBe(true);
    expect(await save(db, meeting, after(1))).toBe(false);
    expect(await save(db, { ...meeting, status: "held" }, after(2))).toBe(true);

    const ops = await allOps(db);
    expect(ops.map((op) => [op.stream, op.seq])).toEqual([
      ["country:ML", 1],
      ["country:ML", 2],
    ]);
    expect(Object.keys(setOf(ops[1]))).toEqual(["status"]);
    const [created] = ops;
    expect(setOf(ops[1]).status?.prev).toEqual(created && [opId(created)]);
    const [row] = await meetings(db);
    // Empty fields are not written: the notes read back as absent.
    const { notes: _notes, ...written } = meeting;
    expect(row?.values).toEqual({ ...written, status: "held" });
    expect(row?.conflicts).toEqual([]);
  });

  it("writes the whole record into the new audience when its country changes", async () => {
    const db = newDatabase();
    await save(db, meeting);
    await save(db, { ...meeting, countries: ["NE"] }, after(1));
    const moved = (await allOps(db)).find((op) => op.stream === "country:NE");
    expect(Object.keys(setOf(moved)).sort()).toEqual(
      ["countries", "date", "kind", "series", "status", "title"].sort(),
    );
  });

  it("writes only the fields given, in the stream of the whole record", async () => {
    const db = newDatabase();
    await save(db, meeting);
    const partial = (values: Partial<Meeting>) =>
      saveRecord(db, {
        entity: "meeting",
        id: "m-1",
        values,
        streamOf,
        now: after(1),
      });
    expect(await partial({ notes: "Agenda sent." })).toBe(true);
    expect(await partial({ title: meeting.title })).toBe(false);
    const [, edited] = await allOps(db);
    expect([edited?.stream, Object.keys(setOf(edited))]).toEqual([
      "country:ML",
      ["notes"],
    ]);
  });

  it("flags a field two people changed without seeing each other's write", async () => {
    const db = newDatabase();
    await save(db, meeting);
    const created = await createdOp(db);
    const remote: SetOp = {
      ...created,
      deviceId: "pd-colleague",
      seq: 1,
      hlc: `${String(after(5).getTime())}:000000`,
      set: { title: { value: "Dialogue Sahel", prev: [opId(created)] } },
    };
    await save(db, { ...meeting, title: "Sahel dialogue, December" }, after(3));
    await applyInTransaction(db, [remote]);
    const [row] = await meetings(db);
    expect(row?.conflicts).toEqual(["title"]);
  });

  it("keeps the valid fields of a record a bundle left partly invalid, and leaves deleted ones out", async () => {
    const db = newDatabase();
    await save(db, meeting);
    const created = await createdOp(db);
    await applyInTransaction(db, [
      {
        ...created,
        deviceId: "pd-colleague",
        seq: 1,
        hlc: `${String(after(5).getTime())}:000000`,
        set: { date: { value: "not a date", prev: [opId(created)] } },
      },
    ]);
    const [row] = await meetings(db);
    expect(row?.values.title).toBe("Sahel dialogue");
    expect(row?.values.date).toBeUndefined();

    await deleteRecord(db, "meeting", "m-1", streamOf, after(9));
    expect(await meetings(db)).toEqual([]);
    await expect(save(db, meeting, after(10))).rejects.toThrow("deleted");
  });
});

describe("resending a record into another stream", () => {
  const entry = { name: "Réseau Paix Mopti", kind: "organisation" };
  const into = (stream: string) => () => stream;
  const saveInto = (db: DeskDatabase, stream: string, resend: boolean) =>
    saveRecord(db, {
      entity: "protectedName",
      id: "n-1",
      values: entry,
      streamOf: into(stream),
      now: after(1),
      resend,
    });

  it("writes every field with a value even when the merged state holds it already", async () => {
    const db = newDatabase();
    await saveInto(db, "hub", false);
    expect(await saveInto(db, "device:pd-regional-1", false)).toBe(false);
    expect(await saveInto(db, "device:pd-regional-1", true)).toBe(true);
    const ops = await allOps(db);
    expect(ops.map((op) => op.stream)).toEqual(["device:pd-regional-1", "hub"]);
    expect(setOf(ops[0])).toMatchObject({
      name: { value: entry.name },
      kind: { value: entry.kind },
    });
  });

  it("gives a deleted record its tombstone in each stream it is resent to", async () => {
    const db = newDatabase();
    await saveInto(db, "hub", false);
    await saveInto(db, "device:pd-regional-1", true);
    await deleteRecord(db, "protectedName", "n-1", into("hub"), after(2));
    await deleteRecord(
      db,
      "protectedName",
      "n-1",
      into("device:pd-regional-1"),
      after(3),
    );
    await deleteRecord(
      db,
      "protectedName",
      "n-1",
      into("device:pd-regional-1"),
      after(4),
      { resend: true },
    );
    const tombstones = (await allOps(db)).filter(
      (op) => op.kind === "tombstone",
    );
    expect(tombstones.map((op) => op.stream)).toEqual([
      "device:pd-regional-1",
      "hub",
    ]);
  });
});
