import type { DeviceCard } from "../../shared/identity/cards";
import type { Roster } from "../../shared/identity/roster";
import type { Role } from "../../shared/domain/roles";
import type { Queryable } from "../db/database";

export type DeviceStatus = "queued" | "enrolled" | "blocked";

/** A device as the service knows it: from an enrolment (queued) or from the latest roster. */
export interface DeviceRow {
  deviceId: string;
  /** Null while queued: the role comes from the roster. */
  role: Role | null;
  countries: string[];
  card: DeviceCard;
  status: DeviceStatus;
  blockedAt: string | null;
}

interface Row {
  device_id: string;
  role: Role | null;
  countries: string[];
  card: string;
  status: DeviceStatus;
  blocked_at: Date | null;
}

const COLUMNS = "device_id, role, countries, card, status, blocked_at";

const toDevice = (row: Row): DeviceRow => ({
  deviceId: row.device_id,
  role: row.role,
  countries: row.countries,
  card: JSON.parse(row.card) as DeviceCard,
  status: row.status,
  blockedAt: row.blocked_at?.toISOString() ?? null,
});

export async function findDevice(
  db: Queryable,
  deviceId: string,
): Promise<DeviceRow | undefined> {
  const [row] = await db.query<Row>(
    `SELECT ${COLUMNS} FROM devices WHERE device_id = $1`,
    [deviceId],
  );
  return row && toDevice(row);
}

export async function listDevices(db: Queryable): Promise<DeviceRow[]> {
  return (
    await db.query<Row>(`SELECT ${COLUMNS} FROM devices ORDER BY device_id`)
  ).map(toDevice);
}

/** Queues an enrolled card; a device the service already knows keeps what it has. */
export async function queueDevice(
  db: Queryable,
  card: DeviceCard,
  tokenHash: string,
  proof: string,
  now: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO devices (device_id, role, countries, card, status, enrolled_at, token_hash, proof)
     VALUES ($1, NULL, '{}', $2, 'queued', $3, $4, $5) ON CONFLICT (device_id) DO NOTHING`,
    [card.deviceId, JSON.stringify(card), now, tokenHash, proof],
  );
}

export async function queuedDevices(db: Queryable) {
  return db.query<{
    card: string;
    token_hash: string;
    proof: string;
    enrolled_at: Date;
  }>(
    "SELECT card, token_hash, proof, enrolled_at FROM devices WHERE status = 'queued' ORDER BY enrolled_at, device_id",
  );
}

/**
 * Makes the service's devices those of a new roster: listed devices are enrolled with its
 * role and countries, revoked ones blocked. A device blocked here stays blocked.
 */
export async function adoptRoster(
  db: Queryable,
  roster: Roster,
): Promise<void> {
  for (const entry of roster.devices)
    await db.query(
      `INSERT INTO devices (device_id, role, countries, card, status, enrolled_at, blocked_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (device_id) DO UPDATE SET
         role = EXCLUDED.role, countries = EXCLUDED.countries, card = EXCLUDED.card,
         status = CASE WHEN devices.status = 'blocked' THEN 'blocked' ELSE EXCLUDED.status END,
         blocked_at = COALESCE(devices.blocked_at, EXCLUDED.blocked_at)`,
      [
        entry.card.deviceId,
        entry.role,
        entry.countries,
        JSON.stringify(entry.card),
        entry.revoked ? "blocked" : "enrolled",
        entry.enrolledAt,
        entry.revoked?.at ?? null,
      ],
    );
}

/** Refuses a device from now on; true when the service knew it. */
export async function blockDevice(
  db: Queryable,
  deviceId: string,
  now: Date,
): Promise<boolean> {
  const rows = await db.query(
    "UPDATE devices SET status = 'blocked', blocked_at = COALESCE(blocked_at, $2) WHERE device_id = $1 RETURNING 1",
    [deviceId, now],
  );
  return rows.length > 0;
}
