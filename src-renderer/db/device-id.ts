import { opId, type Op } from "../../shared/sync/op";
import type { DeskDatabase } from "./db";
import { applyOpsInTransaction, opTables } from "./op-log";
import { allOps, opsInRange } from "./op-packs";

/** Ids made before the device had keys: nothing made under them has left the device. */
const isLocalId = (id: string | undefined) => id?.startsWith("local-") ?? false;

/** After a fork, the id this install moved from and, per stream, the first seq that moves. */
export interface Relink {
  from: string;
  reissueFrom: Readonly<Record<string, number>>;
}

/**
 * Makes `deviceId` (derived from this install's keys) the id of this device's ops, in one
 * transaction. Ops that never left the device move to it and the materialised tables are
 * rebuilt from the renamed log: every op made under a `local-` id (before there were keys),
 * and after a fork (`relink`) the old id's ops from the fork on, renumbered from seq 1. A
 * different key-derived id without a relink (a restored backup) starts its own seqs; earlier
 * ops keep their author.
 */
export async function adoptDeviceId(
  db: DeskDatabase,
  deviceId: string,
  relink: Relink | null = null,
): Promise<void> {
  await db.transaction("rw", opTables(db), async () => {
    const current = (await db.meta.get("deviceId"))?.value;
    if (current === deviceId) return;
    if (current !== undefined && isLocalId(current))
      await moveOps(db, current, deviceId, (op) => op.seq);
    else if (current !== undefined && relink?.from === current) {
      const from = (stream: string) => relink.reissueFrom[stream] ?? 1;
      await moveOps(
        db,
        current,
        deviceId,
        (op) =>
          op.seq >= from(op.stream) ? op.seq - from(op.stream) + 1 : null,
        { supersedeOld: true },
      );
      const streams = await db.streams.toArray();
      await db.streams.bulkPut(
        streams.map(({ stream, lastSeq }) => ({
          stream,
          lastSeq: Math.max(0, lastSeq - from(stream) + 1),
        })),
      );
    } else await db.streams.clear();
    await db.meta.put({ key: "deviceId", value: deviceId });
  });
}

/**
 * Gives the ops of `from` that `seqUnder` maps to a seq (null: the op stays) to `to` at that
 * seq, rewrites every `prev` that names them, and rebuilds the tables from the renamed log.
 * With `supersedeOld` (after a fork) each moved write also names its old id in `prev`: where
 * the hub holds an op under that id for the same field (the same change sealed twice, or the
 * other copy's change), the moved write replaces it instead of standing beside it in conflict.
 */
async function moveOps(
  db: DeskDatabase,
  from: string,
  to: string,
  seqUnder: (op: Op) => number | null,
  { supersedeOld = false } = {},
): Promise<void> {
  const ops = await allOps(db);
  const moves = new Map<string, { id: string; seq: number }>();
  for (const op of ops) {
    const seq = op.deviceId === from ? seqUnder(op) : null;
    if (seq !== null)
      moves.set(opId(op), {
        id: opId({ deviceId: to, stream: op.stream, seq }),
        seq,
      });
  }
  const rename = (id: string) => moves.get(id)?.id ?? id;
  const moved = ops.map((op): Op => {
    const move = moves.get(opId(op));
    const identity = move ? { deviceId: to, seq: move.seq } : {};
    return op.kind === "set"
      ? {
          ...op,
          ...identity,
          set: Object.fromEntries(
            Object.entries(op.set).map(([field, write]) => [
              field,
              {
                ...write,
                prev: [
                  ...write.prev.map(rename),
                  ...(move && supersedeOld ? [opId(op)] : []),
                ],
              },
            ]),
          ),
        }
      : { ...op, ...identity };
  });
  // Everything but what is not made from the log: settings, own seqs, refusals of others' ops.
  const rebuilt = opTables(db).filter(
    (table) =>
      table !== db.meta && table !== db.streams && table !== db.refusedOps,
  );
  for (const table of rebuilt) await table.clear();
  await applyOpsInTransaction(db, moved);
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
