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
  SearchTextRow,
  SourceRow,
  StreamRow,
} from "./rows";
import { materialise } from "../../shared/sync/merge";
import { storeState } from "../../shared/sync/stored-state";
import type { Op } from "../../shared/sync/op";
import { packsOf } from "./op-packs";

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
      const table = tx.table<EntityStateRow, string>("entityStates");
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
        .table<OpPackRow>("opPacks")
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
];

/** A random local device id until enrolment gives the device its key-derived one (sync bundles issue). */
export function newDeviceId(): string {
  return `local-${crypto.randomUUID()}`;
}

export const LATEST_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 1;

export class DeskDatabase extends Dexie {
  meta!: EntityTable<MetaRow, "key">;
  opPacks!: Dexie.Table<OpPackRow, [string, string, number]>;
  entityStates!: EntityTable<EntityStateRow, "key">;
  searchTexts!: EntityTable<SearchTextRow, "id">;
  observationSummaries!: EntityTable<ObservationSummaryRow, "id">;
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
