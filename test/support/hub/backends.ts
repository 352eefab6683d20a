import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DatabaseLocation } from "../../../src-hub/db/database";
import { startPostgres } from "../postgres";

/** A place for the hub's data, made for one test file and removed after it. */
export interface Backend {
  name: "pglite" | "postgres";
  start: () => Promise<{
    where: DatabaseLocation;
    /** The PGlite folder, or the PostgreSQL server's dump command. */
    dataDir?: string;
    dump?: () => string;
    stop: () => void;
  }>;
}

/** Both backends the hub supports: PGlite in a folder, and a throwaway PostgreSQL server. */
export const BACKENDS: Backend[] = [
  {
    name: "pglite",
    start: () => {
      const dataDir = mkdtempSync(join(tmpdir(), "pd-hub-db-"));
      return Promise.resolve({
        where: { dataDir },
        dataDir,
        stop: () => {
          rmSync(dataDir, { recursive: true, force: true });
        },
      });
    },
  },
  {
    name: "postgres",
    start: async () => {
      const server = await startPostgres();
      return {
        where: { url: server.url },
        dump: server.dump,
        stop: server.stop,
      };
    },
  },
];
