import { afterEach, describe, expect, it } from "vitest";
import {
  allOps,
  heldSeqRanges,
  opsInRange,
  opsOf,
} from "../../../../src-renderer/db/op-packs";
import {
  DeskDatabase,
  LATEST_VERSION,
  SCHEMA_VERSIONS,
} from "../../../../src-renderer/db/db";
import { saveObservation } from "../../../../src-renderer/db/observation-writes";
import {
  observationById,
  observationSummaries,
} from "../../../../src-renderer/db/observation-reads";
import { entityState } from "../../../../src-renderer/db/entity-states";
import { packKeys } from "../../../../src-renderer/db/index-packs";
import { SearchIndex } from "../../../../src-renderer/db/search-index";
import { materialise } from "../../../../shared/sync/merge";
import { opId, type Op, type Stream } from "../../../../shared/sync/op";
import { storeState } from "../../../../shared/sync/stored-state";

const databases: DeskDatabase[] = [];
function database(name: string, upToVersion?: number): DeskDatabase {
  const db = new DeskDatabase(
    upToVersion === undefined ? { name } : { name, upToVersion },
  );
  databases.push(db);
  return db;
}
const uniqueName = () => `pd-migration-${crypto.randomUUID()}`;
afterEach(async () => {
  await Promise.all(databases.splice(0).map((db) => db.delete()));
});

const tablesOf = (version: number) =>
  Object.keys(
    SCHEMA_VERSIONS.find((entry) => entry.version === version)?.stores ?? {},
  );
const version2Tables = tablesOf(2);
/** The tables a version 1 database has once upgraded to the latest version. */
const latestTables = (db: DeskDatabase) =>
  db.tables.map((table) => table.name).filter((name) => name !== "meta");

describe("upgrading a version 1 database", () => {
  it("declares the op-log tables in version 2", () => {
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(2);
    expect(version2Tables.sort()).toEqual(
      [
        "attachments",
        "blobs",
        "drafts",
        "entityStates",
        "observationSummaries",
        "observations",
        "ops",
        "responseLog",
        "searchTexts",
        "sources",
        "streams",
      ].sort(),
    );
  });

  it("keeps the meta rows, gives the device an id, and adds every table empty", async () => {
    const name = uniqueName();
    const old = database(name, 1);
    await old.meta.put({ key: "firstOpenedAt", value: "2026-01-02T03:04:05Z" });
    expect(old.verno).toBe(1);
    expect(old.tables.map((table) => table.name)).toEqual(["meta"]);
    old.close();

    const current = database(name);
    await current.open();
    expect(current.verno).toBe(LATEST_VERSION);
    expect(await current.meta.get("firstOpenedAt")).toEqual({
      key: "firstOpenedAt",
      value: "2026-01-02T03:04:05Z",
    });
    const deviceId = await current.meta.get("deviceId");
    expect(deviceId?.value).toMatch(/^local-[0-9a-f-]{36}$/);
    expect(await current.meta.count()).toBe(2);

    expect(latestTables(current).sort()).toEqual(
      [
        ...version2Tables.filter(
          (name) =>
            ![
              "observations",
              "ops",
              "searchTexts",
              "observationSummaries",
            ].includes(name),
        ),
        "opPacks",
        "blobParts",
        "refusedOps",
        "summaryPacks",
        "textPacks",
      ].sort(),
    );
    for (const table of latestTables(current))
      expect(await current.table(table).count(), table).toBe(0);
  });

  it("keeps a device id that version 1 already had", async () => {
    const name = uniqueName();
    const old = database(name, 1);
    await old.meta.put({ key: "deviceId", value: "local-earlier" });
    old.close();

    const current = database(name);
    await current.open();
    expect(await current.meta.toArray()).toEqual([
      { key: "deviceId", value: "local-earlier" },
    ]);
  });

  it("can write ops straight after the upgrade", async () => {
    const name = uniqueName();
    const old = database(name, 1);
    await old.meta.put({ key: "firstOpenedAt", value: "2026-01-02T03:04:05Z" });
    old.close();

    const current = database(name);
    await saveObservation(
      current,
      "obs-1",
      { country: "ML", sensitivity: "public", title: "First after upgrade" },
      new Date("2026-11-23T10:00:00Z"),
    );
    const deviceId = (await current.meta.get("deviceId"))?.value;
    expect(await allOps(current)).toMatchObject([
      { deviceId, stream: "country:ML", seq: 1 },
    ]);
    expect(await observationById(current, "obs-1")).toMatchObject({
      title: "First after upgrade",
    });
  });
});

describe("upgrading a version 2 database", () => {
  const ops: Op[] = [
    {
      kind: "set",
      deviceId: "dev-a",
      stream: "country:ML",
      seq: 1,
      hlc: "1763892000000:000000",
      entity: "observation",
      entityId: "obs-1",
      set: {
        title: { value: "Marché de Sévaré", prev: [] },
        country: { value: "ML", prev: [] },
        sensitivity: { value: "public", prev: [] },
      },
    },
    {
      kind: "set",
      deviceId: "dev-b",
      stream: "country:ML",
      seq: 1,
      hlc: "1763892060000:000000",
      entity: "observation",
      entityId: "obs-1",
      set: { title: { value: "Sévaré market", prev: [] } },
    },
  ];

  it("drops the observations copy and rebuilds entity states from the op log", async () => {
    const name = uniqueName();
    const old = database(name, 2);
    await old.table("ops").bulkPut(ops.map((op) => ({ ...op, id: opId(op) })));
    // Version 2 stored every field's stamp in full, and a copy of each observation.
    await old.table("entityStates").put({
      key: "observation/obs-1",
      state: { fields: { title: { heads: [{ opId: "x" }], superseded: [] } } },
    });
    await old.table("observations").put({ id: "obs-1", title: "stale" });
    old.close();

    const current = database(name);
    await current.open();
    expect(current.verno).toBe(LATEST_VERSION);
    expect(latestTables(current)).not.toContain("observations");
    const [state] = materialise(ops).values();
    expect(await current.entityStates.toArray()).toEqual([
      {
        key: "observation/obs-1",
        state: JSON.stringify(state && storeState(state)),
      },
    ]);
    // Two devices wrote the title without seeing each other: still flagged after the upgrade.
    expect(await observationById(current, "obs-1")).toMatchObject({
      title: "Sévaré market",
      conflicts: ["title"],
    });
  });
});

describe("upgrading a version 3 database", () => {
  const op = (deviceId: string, stream: Stream, seq: number): Op => ({
    kind: "set",
    deviceId,
    stream,
    seq,
    hlc: `17638920${String(seq).padStart(5, "0")}:000000`,
    entity: "observation",
    entityId: `obs-${deviceId}-${stream}`,
    set: { title: { value: `Seq ${seq}`, prev: [] } },
  });
  // Two devices, two streams, a gap at seq 3 of dev-a's ML stream.
  const ops = [
    op("dev-a", "country:ML", 1),
    op("dev-a", "country:ML", 2),
    op("dev-a", "country:ML", 4),
    op("dev-a", "hub", 1),
    op("dev-b", "country:ML", 1),
  ];

  it("moves the op log into packs of consecutive seqs, keeping every op and its history", async () => {
    const name = uniqueName();
    const old = database(name, 3);
    await old.table("ops").bulkPut(ops.map((o) => ({ ...o, id: opId(o) })));
    old.close();

    const current = database(name);
    await current.open();
    expect(latestTables(current)).not.toContain("ops");
    expect(
      (await current.opPacks.toArray()).map((pack) => [
        pack.deviceId,
        pack.stream,
        pack.firstSeq,
        pack.lastSeq,
        opsOf(pack).length,
      ]),
    ).toEqual([
      ["dev-a", "country:ML", 1, 2, 2],
      ["dev-a", "country:ML", 4, 4, 1],
      ["dev-a", "hub", 1, 1, 1],
      ["dev-b", "country:ML", 1, 1, 1],
    ]);
    expect(await allOps(current)).toEqual(ops);
    expect(await heldSeqRanges(current, "dev-a", "country:ML")).toEqual([
      [1, 2],
      [4, 4],
    ]);
    expect(await opsInRange(current, "dev-a", "country:ML", 2, 4)).toEqual([
      ops[1],
      ops[2],
    ]);
  });
});

describe("upgrading a version 6 database", () => {
  const device = "dev-a";
  const set = (
    seq: number,
    entity: Op["entity"],
    entityId: string,
    values: Record<string, string>,
  ): Op => ({
    kind: "set",
    deviceId: device,
    stream: "country:ML",
    seq,
    hlc: `17638920${String(seq).padStart(5, "0")}:000000`,
    entity,
    entityId,
    set: Object.fromEntries(
      Object.entries(values).map(([field, value]) => [
        field,
        { value, prev: [] },
      ]),
    ),
  });
  const ops = [
    set(1, "observation", "obs-1", { title: "Sévaré market" }),
    set(2, "responseLogEntry", "r-1", {
      observationId: "obs-1",
      action: "Called",
    }),
    set(3, "attachment", "a-1", {
      observationId: "obs-1",
      sha256: "ab".repeat(32),
    }),
  ];
  const states = materialise(ops);
  const stored = (key: string) => {
    const state = states.get(key);
    if (!state) throw new Error(key);
    return storeState(state);
  };
  // Three observations per write: a pack may hold more than 5,000 entries, never half a write.
  const rows = 10_001;
  const id = (n: number) => `obs-${String(n).padStart(5, "0")}`;
  const tickOf = (n: number) => Math.floor(n / 3) + 1;

  it("keeps ops and states as JSON, an entry's state in its row, and the list and search texts in packs", async () => {
    const name = uniqueName();
    const old = database(name, 6);
    await old.table("opPacks").add({
      deviceId: device,
      stream: "country:ML",
      firstSeq: 1,
      lastSeq: 3,
      ops,
    });
    await old
      .table("entityStates")
      .bulkPut([...states.keys()].map((key) => ({ key, state: stored(key) })));
    await old
      .table("responseLog")
      .put({ id: "r-1", observationId: "obs-1", action: "Called" });
    await old
      .table("attachments")
      .put({ id: "a-1", observationId: "obs-1", sha256: "ab".repeat(32) });
    await old.table("searchTexts").bulkPut(
      Array.from({ length: rows }, (_, n) => ({
        id: id(n),
        text: ` word${n}`,
        tick: tickOf(n),
      })),
    );
    await old.table("observationSummaries").bulkPut(
      Array.from({ length: rows }, (_, n) => ({
        id: id(n),
        title: `Title ${n}`,
      })),
    );
    old.close();

    const current = database(name);
    await current.open();
    expect(await allOps(current)).toEqual(ops);
    expect(latestTables(current)).not.toContain("searchTexts");
    expect(latestTables(current)).not.toContain("observationSummaries");
    expect(await current.entityStates.toArray()).toEqual([
      {
        key: "observation/obs-1",
        state: JSON.stringify(stored("observation/obs-1")),
      },
    ]);
    expect(await current.responseLog.get("r-1")).toEqual({
      id: "r-1",
      observationId: "obs-1",
      action: "Called",
      state: JSON.stringify(stored("responseLogEntry/r-1")),
    });
    for (const [entity, entityId] of [
      ["observation", "obs-1"],
      ["responseLogEntry", "r-1"],
      ["attachment", "a-1"],
    ] as const)
      expect(await entityState(current, entity, entityId)).toEqual(
        states.get(`${entity}/${entityId}`),
      );

    // 5,000 rows end inside the write of tick 1,667, which takes one more.
    expect(await packKeys(current.textPacks)).toEqual([
      [tickOf(5_000), 5_001],
      [tickOf(rows - 1), rows - 5_001],
    ]);
    expect(await packKeys(current.summaryPacks)).toEqual(
      await packKeys(current.textPacks),
    );
    const summaries = await observationSummaries(current);
    expect(summaries).toHaveLength(rows);
    expect(summaries.find((row) => row.id === id(7))).toEqual({
      id: id(7),
      title: "Title 7",
    });
    const index = new SearchIndex();
    await index.refresh(current);
    expect(index.search("word10000")).toEqual(new Set([id(10_000)]));
  });
});
