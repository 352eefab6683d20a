import Dexie, { type EntityTable, type Transaction } from "dexie";
import type {
  AttachmentRow,
  BlobPartRow,
  BlobRow,
  DraftRow,
  EntityStateRow,
  MetaRow,
  ObservationSummaryRow,
  OpPackRow,
  RefusedOpRow,
  ResponseLogRow,
  SourceRow,
  StreamRow,
} from "./rows";
import { materialise } from "../../shared/sync/merge";
import { storeState } from "../../shared/sync/stored-state";
import type { Op } from "../../shared/sync/op";
import { opLinesText } from "../../shared/bundle/op-lines";
import { packsOf, type OpRun } from "./op-packs";
import { packRow, type IndexPackTable } from "./index-packs";

/** The op rows of schema versions 2 and 3, read only by the upgrades. */
type OpRow = Op & { id: string };

export const DB_NAME = "prevention-desk";

/**
 * Every schema version the app has shipped, oldest first. A shipped version is never edited:
 * a change is a new entry with its `upgrade`. Migration tests open a database at each earlier
 * version, fill it, and reopen it with all of them.
 */
export const SCHEMA_VERSIONS: readonly {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}[] = [
  { version: 1, stores: { meta: "key" } },
  {
    // The op log and what is materialised from it (observations issue).
    version: 2,
    stores: {
      ops: "id, [deviceId+stream+seq], [entity+entityId]",
      entityStates: "key",
      observations: "id",
      searchTexts: "id, tick",
      observationSummaries: "id",
      responseLog: "id, observationId",
      attachments: "id, observationId, sha256",
      blobs: "sha256",
      drafts: "id, observationId, updatedAt",
      sources: "observationId",
      streams: "stream",
    },
    upgrade: async (tx) => {
      // Installs from version 1 get their local device id now, before any op needs it.
      const meta = tx.table<MetaRow, string>("meta");
      if (!(await meta.get("deviceId")))
        await meta.add({ key: "deviceId", value: newDeviceId() });
    },
  },
  {
    // The detail view reads an observation from its entity state, which now stores each op's
    // stamp once: states are rebuilt from the op log, the copy in `observations` goes.
    version: 3,
    stores: { observations: null },
    upgrade: async (tx) => {
      const ops = await tx.table<OpRow, string>("ops").toArray();
      const states = [...materialise(ops).entries()].map(([key, state]) => ({
        key,
        state: storeState(state),
      }));
      const table = tx.table<{ key: string }, string>("entityStates");
      await table.clear();
      await table.bulkPut(states);
    },
  },
  {
    // The op log in packs of consecutive seqs (src-renderer/db/op-packs.ts): an imported
    // bundle is one row, not one per op. The entity's state lists its ops for the history.
    version: 4,
    stores: {
      opPacks: "[deviceId+stream+firstSeq], [deviceId+stream+lastSeq]",
      ops: null,
    },
    upgrade: async (tx) => {
      const ops = await tx.table<OpRow, string>("ops").toArray();
      await tx
        .table<OpRun>("opPacks")
        .bulkAdd(packsOf(ops.map(({ id: _id, ...op }) => op)));
    },
  },
  {
    // Attachment parts received in blob bundles wait here, across files and sessions, until
    // their attachment is whole (src-renderer/db/attachment-sync.ts).
    version: 5,
    stores: { blobParts: "[sha256+index]" },
  },
  {
    // Ops a bundle carried that were refused, so the import report does not call them missing.
    version: 6,
    stores: { refusedOps: "[deviceId+stream+seq]" },
  },
  {
    // Fewer, cheaper rows per write (src-renderer/db/index-packs.ts, entity-states.ts): list
    // summaries and search texts in packs, one per write; ops as op lines, states as JSON
    // text; an entry's state in its own row.
    version: 7,
    stores: {
      summaryPacks: "[tick+size]",
      textPacks: "[tick+size]",
      searchTexts: null,
      observationSummaries: null,
    },
    upgrade: async (tx) => {
      await tx
        .table<{ ops: unknown }>("opPacks")
        .toCollection()
        .modify((pack) => {
          pack.ops = opLinesText(pack.ops as Op[]);
        });
      await statesToJson(tx);
      await listRowsToPacks(tx);
    },
  },
];

/** Version 7: states become JSON text; an entry's state moves into its row. */
async function statesToJson(tx: Transaction): Promise<void> {
  const entries = new Map<string, string>();
  await tx
    .table<{ key: string; state: unknown }, string>("entityStates")
    .toCollection()
    .modify((row, ref) => {
      const json = JSON.stringify(row.state);
      const [entity = "", ...id] = row.key.split("/");
      if (entity === "responseLogEntry" || entity === "attachment") {
        entries.set(`${entity}/${id.join("/")}`, json);
        delete (ref as { value?: unknown }).value;
      } else row.state = json;
    });
  for (const [entity, table] of [
    ["responseLogEntry", "responseLog"],
    ["attachment", "attachments"],
  ] as const) {
    await tx
      .table<{ id: string; state?: string }, string>(table)
      .toCollection()
      .modify((row) => {
        const json = entries.get(`${entity}/${row.id}`);
        if (json !== undefined) row.state = json;
      });
  }
}

/** Version 7: summaries and search texts become packs, cut between writes. */
async function listRowsToPacks(tx: Transaction): Promise<void> {
  const texts = await tx
    .table<{ id: string; text: string; tick: number }, string>("searchTexts")
    .toArray();
  const summaries = new Map(
    (
      await tx
        .table<ObservationSummaryRow, string>("observationSummaries")
        .toArray()
    ).map((row) => [row.id, row]),
  );
  texts.sort((a, b) => a.tick - b.tick);
  let start = 0;
  while (start < texts.length) {
    // A write's entries stay in one pack, so no two packs share their newest tick.
    let end = Math.min(start + UPGRADE_PACK, texts.length);
    while (end < texts.length && texts[end]?.tick === texts[end - 1]?.tick)
      end += 1;
    const chunk = texts.slice(start, end);
    const tick = chunk.at(-1)?.tick ?? 0;
    await tx.table("textPacks").add(
      packRow(
        tick,
        chunk.map(({ id, text, tick }) => ({ id, tick, value: text })),
      ),
    );
    const listed = chunk.flatMap(({ id, tick }) => {
      const value = summaries.get(id);
      return value ? [{ id, tick, value }] : [];
    });
    if (listed.length > 0)
      await tx.table("summaryPacks").add(packRow(tick, listed));
    start = end;
  }
}

/** Entries per pack written by the version 7 upgrade. */
const UPGRADE_PACK = 5_000;

/** A random local device id until enrolment gives the device its key-derived one (sync bundles issue). */
export function newDeviceId(): string {
  return `local-${crypto.randomUUID()}`;
}

export const LATEST_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 1;

export class DeskDatabase extends Dexie {
  meta!: EntityTable<MetaRow, "key">;
  opPacks!: Dexie.Table<OpPackRow, [string, string, number]>;
  entityStates!: EntityTable<EntityStateRow, "key">;
  summaryPacks!: IndexPackTable<ObservationSummaryRow>;
  textPacks!: IndexPackTable<string>;
  responseLog!: EntityTable<ResponseLogRow, "id">;
  attachments!: EntityTable<AttachmentRow, "id">;
  blobs!: EntityTable<BlobRow, "sha256">;
  blobParts!: Dexie.Table<BlobPartRow, [string, number]>;
  refusedOps!: Dexie.Table<RefusedOpRow, [string, string, number]>;
  drafts!: EntityTable<DraftRow, "id">;
  sources!: EntityTable<SourceRow, "observationId">;
  streams!: EntityTable<StreamRow, "stream">;

  constructor(
    options: {
      name?: string;
      upToVersion?: number;
      onVersionChange?: () => void;
    } = {},
  ) {
    super(options.name ?? DB_NAME, {
      chromeTransactionDurability: "strict",
      cache: "disabled",
    });
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      if (version > (options.upToVersion ?? LATEST_VERSION)) break;
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    // Another tab or a newer app version wants to upgrade: step aside and let it.
    this.on("versionchange", () => {
      this.close();
      options.onVersionChange?.();
      return false;
    });
  }
}

/** Records when this device's database was first opened; later opens leave it unchanged. */
export async function recordFirstOpen(
  db: DeskDatabase,
  now: Date,
): Promise<string> {
  return db.transaction("rw", db.meta, async () => {
    const existing = await db.meta.get("firstOpenedAt");
    if (existing) return existing.value;
    await db.meta.add({ key: "firstOpenedAt", value: now.toISOString() });
    return now.toISOString();
  });
}
