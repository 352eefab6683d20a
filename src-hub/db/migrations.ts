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
  {
    version: 2,
    sql: `
      -- A queued device has no role until the admin confirms it into a roster.
      ALTER TABLE devices ALTER COLUMN role DROP NOT NULL;
      ALTER TABLE devices ADD COLUMN token_hash text;
      ALTER TABLE devices ADD COLUMN proof text;
      CREATE TABLE enrol_tokens (
        token_hash text PRIMARY KEY,
        expires_at timestamptz NOT NULL,
        used_by text,
        used_at timestamptz
      );
      -- Signatures seen within the clock-skew window: a second one is a replay.
      CREATE TABLE seen_requests (
        signature text PRIMARY KEY,
        seen_at timestamptz NOT NULL
      );
      CREATE INDEX seen_requests_seen_at ON seen_requests (seen_at);
      -- The mailbox: bundles (outer header fields and ciphertext) and signed receipts.
      CREATE TABLE items (
        id bigserial PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('ops', 'blobs', 'receipt')),
        sender_id text NOT NULL,
        stream text NOT NULL,
        seq_first integer NOT NULL,
        seq_last integer NOT NULL,
        body_sha256 text NOT NULL,
        recipients text[] NOT NULL,
        bytes bytea NOT NULL,
        stored_by text NOT NULL,
        stored_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX items_content
        ON items (sender_id, stream, kind, seq_first, seq_last, body_sha256);
      CREATE INDEX items_recipients ON items USING gin (recipients);
      -- The latest signed roster (device_id '') and each device's slice.
      CREATE TABLE rosters (
        device_id text PRIMARY KEY,
        roster_version integer NOT NULL,
        text text NOT NULL
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
