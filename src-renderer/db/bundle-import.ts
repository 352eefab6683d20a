import Dexie, { type PromiseExtended } from "dexie";
import { conflictedFields } from "../../shared/sync/merge";
import { mayApply, type AuthorEntry } from "../../shared/sync/may-apply";
import type { Op } from "../../shared/sync/op";
import type { DeskDatabase } from "./db";
import { importOps } from "./op-log";

/** What an import did, for the person who chose the file. */
export interface ImportReport {
  /** Entities that did not exist here before. */
  created: number;
  /** Entities that existed and changed. */
  updated: number;
  /** Ops that were already here (the same bundle twice, or by two roads). */
  alreadyPresent: number;
  /** Entities with a field in conflict after the import, as `entity/id`. */
  conflicts: string[];
  /** Ops the sender's role does not allow: reported, never applied. */
  refused: { seq: number; reason: string }[];
  /** Seqs still missing from this device and stream, as inclusive ranges. */
  gaps: [number, number][];
}

/**
 * Imports the ops of one opened bundle (one device, one stream) in one strict transaction:
 * each op is checked with `mayApply` against the sender's roster entry (and who created the
 * entity it touches), the allowed ones are applied all together or not at all. The report's
 * missing seqs are worked out in the same transaction.
 */
export async function importBundleOps(
  db: DeskDatabase,
  ops: readonly Op[],
  author: AuthorEntry,
  nowMs: number,
): Promise<ImportReport> {
  const refused: ImportReport["refused"] = [];
  const first = ops[0];
  let gaps: [number, number][] = [];
  const { alreadyPresent, before, after } = await importOps(
    db,
    ops,
    nowMs,
    (op, state) => {
      const verdict = mayApply(op, author, {
        createdBy: state?.firstOp.deviceId,
      });
      if (!verdict.ok) refused.push({ seq: op.seq, reason: verdict.reason });
      return verdict.ok;
    },
    // Refusals are kept, so later reports do not call those seqs missing; an op allowed now
    // (a newer roster) is no longer refused. Only refusals on record are deleted: a delete
    // costs as much as a write, and nearly always there is none.
    async ({ applied, held }) => {
      if (!first) return;
      const keys = await refusedKeys(db, first.deviceId, first.stream);
      const one = (seq: number): [number, number] => [seq, seq];
      gaps = missingSeqs([
        ...(held.get(`${first.deviceId} ${first.stream}`) ?? []),
        ...applied.map((op) => one(op.seq)),
        ...keys.map((key) => one(key[2])),
        ...refused.map(({ seq }) => one(seq)),
      ]);
      const appliedSeqs = new Set(applied.map((op) => op.seq));
      await Dexie.Promise.all([
        db.refusedOps.bulkDelete(keys.filter((key) => appliedSeqs.has(key[2]))),
        db.refusedOps.bulkPut(
          refused.map(({ seq, reason }) => ({
            deviceId: first.deviceId,
            stream: first.stream,
            seq,
            reason,
          })),
        ),
      ]);
    },
  );
  const touched = [...after.keys()];
  return {
    created: touched.filter((key) => !before.has(key)).length,
    updated: touched.filter((key) => before.has(key)).length,
    alreadyPresent,
    conflicts: touched.filter((key) => {
      const state = after.get(key);
      return state !== undefined && conflictedFields(state).length > 0;
    }),
    refused,
    gaps,
  };
}

/**
 * The seqs missing between 1 and the highest of `known` (inclusive ranges of seqs held in the
 * log or refused), as inclusive ranges.
 */
function missingSeqs(known: readonly [number, number][]): [number, number][] {
  const gaps: [number, number][] = [];
  let expected = 1;
  for (const [first, last] of [...known].sort((a, b) => a[0] - b[0])) {
    if (first > expected) gaps.push([expected, first - 1]);
    expected = Math.max(expected, last + 1);
  }
  return gaps;
}

/** The keys of the ops refused from a device in a stream, in seq order. */
function refusedKeys(
  db: DeskDatabase,
  deviceId: string,
  stream: string,
): PromiseExtended<[string, string, number][]> {
  return db.refusedOps
    .where("[deviceId+stream+seq]")
    .between([deviceId, stream, Dexie.minKey], [deviceId, stream, Dexie.maxKey])
    .primaryKeys();
}
