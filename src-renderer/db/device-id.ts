import type { Op } from "../../shared/sync/op";
import type { DeskDatabase } from "./db";
import { applyOpsInTransaction, opTables } from "./op-log";
import { allOps, opsInRange } from "./op-packs";

/** Ids made before the device had keys: nothing made under them has left the device. */
const isLocalId = (id: string | undefined) => id?.startsWith("local-") ?? false;

/**
 * Makes `deviceId` (derived from this install's keys) the id of this device's ops. Ops made
 * before there were keys, under a `local-` id, never left the device: they are renamed and the
 * materialised tables rebuilt from the renamed log, in one transaction. A different key-derived
 * id (a restored backup) starts its own seqs; earlier ops keep their author.
 */
export async function adoptDeviceId(
  db: DeskDatabase,
  deviceId: string,
): Promise<void> {
  await db.transaction("rw", opTables(db), async () => {
    const current = (await db.meta.get("deviceId"))?.value;
    if (current === deviceId) return;
    if (!isLocalId(current) || current === undefined) {
      await db.streams.clear();
      await db.meta.put({ key: "deviceId", value: deviceId });
      return;
    }
    const rename = (id: string) =>
      id.startsWith(`${current}/`)
        ? `${deviceId}${id.slice(current.length)}`
        : id;
    const renamed = (await allOps(db)).map((op): Op => {
      const author = op.deviceId === current ? deviceId : op.deviceId;
      return op.kind === "set"
        ? {
            ...op,
            deviceId: author,
            set: Object.fromEntries(
              Object.entries(op.set).map(([field, write]) => [
                field,
                { ...write, prev: write.prev.map(rename) },
              ]),
            ),
          }
        : { ...op, deviceId: author };
    });
    const rebuilt = opTables(db).filter(
      (table) => table !== db.meta && table !== db.streams,
    );
    for (const table of rebuilt) await table.clear();
    await applyOpsInTransaction(db, renamed);
    await db.meta.put({ key: "deviceId", value: deviceId });
  });
}

/** This device's ops not sealed yet, per stream, in seq order: what "Export for the hub" seals. */
export async function opsToSeal(
  db: DeskDatabase,
  deviceId: string,
  nextSeq: Readonly<Record<string, number>>,
): Promise<Map<string, Op[]>> {
  const streams = await db.streams.toArray();
  const result = new Map<string, Op[]>();
  for (const { stream } of streams) {
    const from = nextSeq[stream] ?? 1;
    const ops = await opsInRange(db, deviceId, stream, from);
    if (ops.length > 0) result.set(stream, ops);
  }
  return result;
}
