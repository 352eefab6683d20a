import Dexie, { type PromiseExtended } from "dexie";
import type { Op, OpId } from "../../shared/sync/op";
import type { DeskDatabase } from "./db";
import type { OpPackRow } from "./rows";
import { opLinesText, opsFromLinesText } from "../../shared/bundle/op-lines";

/**
 * The op log is stored in packs: each row holds a run of consecutive seqs of one device and
 * stream, as they were written together (an imported bundle, or one local save). A bundle
 * of thousands of ops is then one row, not thousands, which is what makes an import fast
 * (IndexedDB's cost is per row). No seq is ever in two packs: an op is written only if its
 * entity's state does not list it yet.
 */

/** Consecutive ops of one device and stream: what a pack holds. */
export type OpRun = Omit<OpPackRow, "ops"> & { ops: Op[] };

/** Cuts ops into runs: per device and stream, consecutive seqs. */
export function packsOf(ops: readonly Op[]): OpRun[] {
  const sorted = [...ops].sort(
    (a, b) =>
      a.deviceId.localeCompare(b.deviceId) ||
      a.stream.localeCompare(b.stream) ||
      a.seq - b.seq,
  );
  const packs: OpRun[] = [];
  let current: OpRun | undefined;
  for (const op of sorted) {
    if (
      current?.deviceId === op.deviceId &&
      current.stream === op.stream &&
      current.lastSeq + 1 === op.seq
    ) {
      current.ops.push(op);
      current.lastSeq = op.seq;
      continue;
    }
    current = {
      deviceId: op.deviceId,
      stream: op.stream,
      firstSeq: op.seq,
      lastSeq: op.seq,
      ops: [op],
    };
    packs.push(current);
  }
  return packs;
}

/** The rows that store these runs: the ops as a bundle's op lines, device, stream and seq implied. */
export function packRows(runs: readonly OpRun[]): OpPackRow[] {
  return runs.map((run) => ({ ...run, ops: opLinesText(run.ops) }));
}

/** The ops a pack holds, in seq order. */
export function opsOf(pack: OpPackRow): Op[] {
  return opsFromLinesText(pack.ops, {
    deviceId: pack.deviceId,
    stream: pack.stream,
    seqFirst: pack.firstSeq,
    entries: pack.lastSeq - pack.firstSeq + 1,
  });
}

/** Ops of a device and stream with `from <= seq <= to`, in seq order. */
export async function opsInRange(
  db: DeskDatabase,
  deviceId: string,
  stream: string,
  from: number,
  to = Number.MAX_SAFE_INTEGER,
): Promise<Op[]> {
  // Packs do not overlap, so those ending at or after `from` that start by `to` hold the range.
  const packs = await db.opPacks
    .where("[deviceId+stream+lastSeq]")
    .between([deviceId, stream, from], [deviceId, stream, Dexie.maxKey])
    .until((pack) => pack.firstSeq > to)
    .toArray();
  return packs.flatMap((pack) =>
    opsOf(pack).filter((op) => op.seq >= from && op.seq <= to),
  );
}

/** The ops with these ids that are in the log, in the order asked; unknown ids are skipped. */
export async function opsByIds(
  db: DeskDatabase,
  ids: readonly OpId[],
): Promise<Op[]> {
  const found = await Promise.all(
    ids.map(async (id) => {
      const { deviceId, stream, seq } = parseOpId(id);
      const [op] = await opsInRange(db, deviceId, stream, seq, seq);
      return op;
    }),
  );
  return found.filter((op) => op !== undefined);
}

/** Every op in the log (migrations, the device-id rename, tests). */
export async function allOps(db: DeskDatabase): Promise<Op[]> {
  return (await db.opPacks.toArray()).flatMap(opsOf);
}

/**
 * The seqs held from a device in a stream, as inclusive ranges in order. Dexie's promises all
 * the way, so it can run inside the caller's transaction.
 */
export function heldSeqRanges(
  db: DeskDatabase,
  deviceId: string,
  stream: string,
): PromiseExtended<[number, number][]> {
  const range = [
    [deviceId, stream, Dexie.minKey],
    [deviceId, stream, Dexie.maxKey],
  ] as const;
  // Keys only: the packs' ops are not read. Both lists are in seq order, pack by pack.
  return Dexie.Promise.all([
    db.opPacks
      .where(":id")
      .between(...range)
      .primaryKeys(),
    db.opPacks
      .where("[deviceId+stream+lastSeq]")
      .between(...range)
      .keys(),
  ]).then(([firsts, lasts]) =>
    firsts.map((first, index): [number, number] => [
      Number((first as unknown[])[2]),
      Number((lasts[index] as unknown[])[2]),
    ]),
  );
}

/** `deviceId/stream/seq` back into its parts (device ids and streams contain no `/`). */
function parseOpId(id: OpId): {
  deviceId: string;
  stream: string;
  seq: number;
} {
  const [deviceId = "", stream = "", seq = ""] = id.split("/");
  return { deviceId, stream, seq: Number(seq) };
}
