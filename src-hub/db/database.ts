import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/** One statement with `$1`-style parameters; its rows. */
export interface Queryable {
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** What the hub asks of its database: PGlite in a data folder, or PostgreSQL. */
export interface HubDatabase extends Queryable {
  /** Runs `work` in one transaction: committed if it returns, rolled back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** Where the data lives: a folder for embedded PGlite, or a PostgreSQL connection string. */
export type DatabaseLocation = { dataDir: string } | { url: string };

export async function openDatabase(
  where: DatabaseLocation,
): Promise<HubDatabase> {
  return "url" in where ? openPostgres(where.url) : openPGlite(where.dataDir);
}

async function openPostgres(url: string): Promise<HubDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // Fails here, not at the first request, when the server cannot be reached.
  await pool.query("SELECT 1");
  const over = (client: pg.Pool | pg.PoolClient): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await client.query(sql, [...params])).rows as Row[],
  });
  return {
    ...over(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(over(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
    exec: async (sql) => {
      await pool.query(sql);
    },
    close: () => pool.end(),
  };
}

async function openPGlite(dataDir: string): Promise<HubDatabase> {
  const lite = new PGlite(dataDir);
  await lite.waitReady;
  const over = (client: Pick<PGlite, "query">): Queryable => ({
    query: async <Row>(sql: string, params: readonly unknown[] = []) =>
      (await client.query<Row>(sql, [...params])).rows,
  });
  return {
    ...over(lite),
    transaction: (work) => lite.transaction((tx) => work(over(tx))),
    exec: async (sql) => {
      await lite.exec(sql);
    },
    close: () => lite.close(),
  };
}
