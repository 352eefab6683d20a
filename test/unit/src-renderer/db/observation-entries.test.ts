import { afterEach, describe, expect, it } from "vitest";
import {
  addAttachment,
  addResponse,
  saveObservation,
} from "../../../../src-renderer/db/observation-writes";
import {
  NOW,
  after,
  allOps,
  deleteDatabases,
  newDatabase,
  opTablesSnapshot,
  record,
  setOf,
  storedDeviceId,
} from "./support/observation-db";
import { observationById } from "../../../../src-renderer/db/observation-reads";

afterEach(deleteDatabases);

describe("append-only entries", () => {
  const response = {
    observationId: "obs-1",
    at: "2026-11-23T11:00:00Z",
    action: "Called the focal point, who confirmed the clashes.",
    actorType: "focal point",
  } as const;

  it("adds each response as its own entry in the observation's stream", async () => {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    const first = await addResponse(db, response, after(1));
    const second = await addResponse(
      db,
      { ...response, action: "Met the community leaders." },
      after(2),
    );
    expect(first).not.toBe(second);

    const deviceId = await storedDeviceId(db);
    expect(
      await db.responseLog
        .where("observationId")
        .equals("obs-1")
        .sortBy("action"),
    ).toEqual(
      [
        {
          ...response,
          id: first,
          deviceId,
          state: expect.any(String) as unknown,
        },
        {
          ...response,
          action: "Met the community leaders.",
          id: second,
          deviceId,
          state: expect.any(String) as unknown,
        },
      ].sort((a, b) => a.action.localeCompare(b.action)),
    );
    const ops = await allOps(db);
    expect(
      ops.map((op) => [op.entity, op.entityId, op.stream, op.seq]),
    ).toEqual([
      ["observation", "obs-1", "country:ML", 1],
      ["responseLogEntry", first, "country:ML", 2],
      ["responseLogEntry", second, "country:ML", 3],
    ]);
    expect(setOf(ops[1])).toEqual({
      observationId: { value: "obs-1", prev: [] },
      at: { value: response.at, prev: [] },
      action: { value: response.action, prev: [] },
      actorType: { value: "focal point", prev: [] },
    });
    // The observation itself is unchanged by its entries.
    expect((await observationById(db, "obs-1"))?.updatedHlc).toBe(ops[0]?.hlc);
  });

  it("refuses a response to an observation that does not exist, writing nothing", async () => {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    const before = await opTablesSnapshot(db);
    await expect(
      addResponse(db, { ...response, observationId: "missing" }, after(1)),
    ).rejects.toThrow("The observation no longer exists.");
    expect(await opTablesSnapshot(db)).toEqual(before);
  });

  it("stores the attachment's bytes by hash and its description as an op", async () => {
    const db = newDatabase();
    await saveObservation(
      db,
      "obs-1",
      { ...record, sensitivity: "confidential" },
      NOW,
    );
    const bytes = new TextEncoder().encode("photo bytes, already stripped");
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    const sha256 = [...digest]
      .map((byte) => byte.toString(16).padStart(2, "0"))
      .join("");
    const attachment = {
      observationId: "obs-1",
      sha256,
      type: "image/jpeg",
      size: bytes.byteLength,
      name: "market.jpg",
    };
    const id = await addAttachment(
      db,
      attachment,
      new Blob([bytes], { type: "image/jpeg" }),
      after(1),
    );

    expect(await db.attachments.toArray()).toEqual([
      { ...attachment, id, state: expect.any(String) as unknown },
    ]);
    const stored = await db.blobs.get(sha256);
    expect(stored?.type).toBe("image/jpeg");
    expect(await stored?.blob.text()).toBe("photo bytes, already stripped");

    const op = (await allOps(db)).find((row) => row.entity === "attachment");
    expect(op).toMatchObject({ entityId: id, stream: "hub", seq: 2 });
    expect(Object.keys(setOf(op)).sort()).toEqual([
      "name",
      "observationId",
      "sha256",
      "size",
      "type",
    ]);
    expect(JSON.stringify(op)).not.toContain("photo bytes");
  });

  it("writes neither the bytes nor an op when the observation does not exist", async () => {
    const db = newDatabase();
    await saveObservation(db, "obs-1", record, NOW);
    const before = await opTablesSnapshot(db);
    await expect(
      addAttachment(
        db,
        {
          observationId: "missing",
          sha256: "cd".repeat(32),
          type: "image/png",
          size: 3,
          name: "x.png",
        },
        new Blob(["png"], { type: "image/png" }),
        after(1),
      ),
    ).rejects.toThrow("The observation no longer exists.");
    expect(await db.blobs.count()).toBe(0);
    expect(await opTablesSnapshot(db)).toEqual(before);
  });
});
