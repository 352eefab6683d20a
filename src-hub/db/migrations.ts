import type { HubDatabase } from "./database";

/**
 * The hub's schema, oldest first; the same SQL for PGlite and PostgreSQL. A shipped migration
 * is never edited: a change is a new one. Each is applied in its own transaction, on start.
 */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE hub (
        only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
        card text NOT NULL,
        url text NOT NULL,
        initialised_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE devices (
        device_id text PRIMARY KEY,
        role text NOT NULL,
        countries text[] NOT NULL,
        card text NOT NULL,
        status text NOT NULL CHECK (status IN ('queued', 'enrolled', 'blocked')),
        enrolled_at timestamptz NOT NULL DEFAULT now(),
        blocked_at timestamptz
      );
    `,
  },
];

/** Applies the migrations not applied yet; returns the schema version reached. */
export async function migrate(db: HubDatabase): Promise<number> {
  await db.exec(
    "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
  );
  const applied = new Set(
    (
      await db.query<{ version: number }>(
        "SELECT version FROM schema_migrations",
      )
    ).map((row) => row.version),
  );
  for (const { version, sql } of MIGRATIONS) {
    if (applied.has(version)) continue;
    await db.exec(
      `BEGIN; ${sql}; INSERT INTO schema_migrations (version) VALUES (${String(version)}); COMMIT;`,
    );
  }
  return MIGRATIONS.at(-1)?.version ?? 0;
}
