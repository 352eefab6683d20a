import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
} from "node:fs";
import { freePort } from "../../src-main/launch/free-port";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * The server binaries of Debian's or Ubuntu's `postgresql` package (the newest version there),
 * or of `PG_BIN`.
 */
function postgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  const [newest] = (existsSync(root) ? readdirSync(root) : [])
    .filter((version) => /^\d+$/.test(version))
    .sort((a, b) => Number(b) - Number(a));
  if (newest === undefined)
    throw new Error(
      "PostgreSQL is not installed: apt-get install postgresql (or set PG_BIN).",
    );
  return join(root, newest, "bin");
}

/** Runs a server command: as the `postgres` user when root (PostgreSQL refuses root). */
function asPostgres(command: string): string {
  const options = { stdio: "pipe", maxBuffer: 1024 * 1024 * 1024 } as const;
  return (
    process.getuid?.() === 0
      ? execFileSync("su", ["postgres", "-c", command], options)
      : execFileSync("sh", ["-c", command], options)
  ).toString("utf8");
}

/**
 * A throwaway PostgreSQL server in a temporary folder, on a free port, without fsync; `stop`
 * shuts it down and deletes the folder.
 */
export async function startPostgres(): Promise<{
  url: string;
  /** `pg_dump` of the database, as SQL text. */
  dump: () => string;
  stop: () => void;
}> {
  const bin = postgresBin();
  const folder = mkdtempSync(join(tmpdir(), "pd-postgres-"));
  chmodSync(folder, 0o777);
  const data = join(folder, "data");
  const port = await freePort();
  asPostgres(`${bin}/initdb -D ${data} -A trust -U postgres`);
  asPostgres(
    `${bin}/pg_ctl -D ${data} -w -o "-p ${String(port)} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off" -l ${folder}/log start`,
  );
  return {
    url: `postgres://postgres@127.0.0.1:${String(port)}/postgres`,
    dump: () =>
      asPostgres(
        `${bin}/pg_dump -h 127.0.0.1 -p ${String(port)} -U postgres postgres`,
      ),
    stop: () => {
      asPostgres(`${bin}/pg_ctl -D ${data} -w stop -m fast`);
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
