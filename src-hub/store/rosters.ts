import type { Queryable } from "../db/database";

/** The latest full roster is kept under this id; each device's slice under its own. */
const FULL = "";

export async function saveRosters(
  db: Queryable,
  version: number,
  full: string,
  slices: ReadonlyMap<string, string>,
): Promise<void> {
  for (const [deviceId, text] of [[FULL, full], ...slices] as const)
    await db.query(
      `INSERT INTO rosters (device_id, roster_version, text) VALUES ($1, $2, $3)
       ON CONFLICT (device_id) DO UPDATE SET roster_version = EXCLUDED.roster_version, text = EXCLUDED.text`,
      [deviceId, version, text],
    );
}

export async function rosterVersion(db: Queryable): Promise<number> {
  const [row] = await db.query<{ roster_version: number }>(
    "SELECT roster_version FROM rosters WHERE device_id = $1",
    [FULL],
  );
  return row?.roster_version ?? 0;
}

/** Hub staff get the full roster, any other device its slice. */
export async function rosterFor(
  db: Queryable,
  deviceId: string,
  full: boolean,
): Promise<{ version: number; text: string } | undefined> {
  const [row] = await db.query<{ roster_version: number; text: string }>(
    "SELECT roster_version, text FROM rosters WHERE device_id = $1",
    [full ? FULL : deviceId],
  );
  return row && { version: row.roster_version, text: row.text };
}
