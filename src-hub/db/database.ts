import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/** What the hub asks of its database: PGlite in a data folder, or PostgreSQL. */
export interface HubDatabase {
  /** One statement with `$1`-style parameters; its rows. */
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** Where the data lives: a folder for embedded PGlite, or a PostgreSQL connection string. */
export type DatabaseLocation = { dataDir: string } | { url: string };

export async function openDatabase(
  where: DatabaseLocation,
): Promise<HubDatabase> {
  if ("url" in where) {
    const pool = new pg.Pool({ connectionString: where.url, max: 4 });
    // Fails here, not at the first request, when the server cannot be reached.
    await pool.query("SELECT 1");
    return {
      query: async <Row>(sql: string, params: readonly unknown[] = []) =>
        (await pool.query(sql, [...params])).rows as Row[],
      exec: async (sql) => {
        await pool.query(sql);
      },
      close: () => pool.end(),
    };
  }
  const lite = new PGlite(where.dataDir);
  await lite.waitReady;
  return {
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await lite.query<Row>(sql, [...params])).rows,
    exec: async (sql) => {
      await lite.exec(sql);
    },
    close: () => lite.close(),
  };
}
