import { observationStream } from "../domain/observation";
import { formatHlc } from "../sync/hlc";
import type { Op, Stream } from "../sync/op";

/** A record of the reference corpus (test/bench/corpus/README.md). */
export interface CorpusRecord extends Record<string, unknown> {
  id: string;
  reportedAt: string;
  country: string;
  sensitivity: "public" | "restricted" | "confidential";
  responseLog: { at: string; action: string; actorType: string }[];
}

/**
 * The ops a field device would have made for a corpus record: one `set` op with every field,
 * then one append-only op per response-log entry, numbered per stream as that device would.
 * `inStream` puts every op in one stream (demo bundles), instead of each record's own.
 */
export function corpusOps(
  records: readonly CorpusRecord[],
  deviceId: string,
  seqs: Map<string, number>,
  inStream?: Stream,
): Op[] {
  const ops: Op[] = [];
  for (const record of records) {
    const stream =
      inStream ?? observationStream(record.country, record.sensitivity);
    const { id, responseLog, ...fields } = record;
    const next = () => {
      const seq = (seqs.get(stream) ?? 0) + 1;
      seqs.set(stream, seq);
      return seq;
    };
    const ms = Date.parse(record.reportedAt);
    const set: Record<string, { value: never; prev: string[] }> = {};
    for (const [field, value] of Object.entries(fields))
      set[field] = { value: value as never, prev: [] };
    ops.push({
      deviceId,
      stream,
      seq: next(),
      hlc: formatHlc({ ms, counter: 0 }),
      entity: "observation",
      entityId: id,
      kind: "set",
      set,
    });
    responseLog.forEach((entry, index) => {
      ops.push({
        deviceId,
        stream,
        seq: next(),
        hlc: formatHlc({ ms: Date.parse(entry.at), counter: index + 1 }),
        entity: "responseLogEntry",
        entityId: `${id}-r${index}`,
        kind: "set",
        set: {
          observationId: { value: id, prev: [] },
          at: { value: entry.at, prev: [] },
          action: { value: entry.action, prev: [] },
          actorType: { value: entry.actorType, prev: [] },
        },
      });
    });
  }
  return ops;
}
