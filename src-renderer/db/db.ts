import Dexie, { type EntityTable } from "dexie";

export const DB_NAME = "prevention-desk";

export interface MetaRow {
  key: string;
  value: string;
}

/**
 * Every schema version the app has shipped, oldest first. A shipped version is never edited:
 * a change is a new entry with its `upgrade`. Migration tests open a database at each earlier
 * version, fill it, and reopen it with all of them.
 */
export const SCHEMA_VERSIONS: readonly {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import("dexie").Transaction) => Promise<void>;
}[] = [{ version: 1, stores: { meta: "key" } }];

export const LATEST_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 1;

export class DeskDatabase extends Dexie {
  meta!: EntityTable<MetaRow, "key">;

  constructor(
    options: {
      name?: string;
      upToVersion?: number;
      onVersionChange?: () => void;
    } = {},
  ) {
    super(options.name ?? DB_NAME, { chromeTransactionDurability: "strict" });
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
