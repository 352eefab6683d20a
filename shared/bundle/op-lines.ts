import { utf8 } from "@scure/base";
import { z } from "zod";
import { DeskFailure } from "../errors";
import {
  entitySchema,
  hlcSchema,
  opIdSchema,
  opSchema,
  type Op,
} from "../sync/op";

/**
 * The ops payload (docs/bundle-format.md, section 3): one JSON line per op in seq order, without
 * what the header and the line's position already say (device, stream, seq), and `prev` only
 * where it is not empty.
 */
interface OpLine {
  h: string;
  e: string;
  i: string;
  t?: 1;
  v?: Record<string, unknown>;
  p?: Record<string, string[]>;
}

const opLineSchema = z.strictObject({
  h: hlcSchema,
  e: entitySchema,
  i: z.string(),
  t: z.literal(1).optional(),
  v: z.record(z.string(), z.json()).optional(),
  p: z.record(z.string(), z.array(opIdSchema)).optional(),
});

export function encodeOpLines(ops: readonly Op[]): Uint8Array {
  const lines = ops.map((op) => {
    const line: OpLine = { h: op.hlc, e: op.entity, i: op.entityId };
    if (op.kind === "tombstone") line.t = 1;
    else {
      line.v = {};
      for (const [field, write] of Object.entries(op.set)) {
        line.v[field] = write.value;
        if (write.prev.length > 0) (line.p ??= {})[field] = [...write.prev];
      }
    }
    return `${JSON.stringify(line)}\n`;
  });
  return utf8.decode(lines.join(""));
}

/** Reads the lines back into ops of `deviceId` in `stream` from `seqFirst`, each validated. */
export function decodeOpLines(
  payload: Uint8Array,
  origin: {
    deviceId: string;
    stream: string;
    seqFirst: number;
    entries: number;
  },
): Op[] {
  const text = utf8.encode(payload);
  if (!text.endsWith("\n") && text.length > 0)
    throw new DeskFailure("BUNDLE_MALFORMED", "the last op line is not ended");
  const lines = text.length === 0 ? [] : text.slice(0, -1).split("\n");
  if (lines.length !== origin.entries)
    throw new DeskFailure(
      "BUNDLE_MALFORMED",
      `${lines.length} op lines where the header says ${origin.entries}`,
    );
  return lines.map((text, index) => {
    const seq = origin.seqFirst + index;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new DeskFailure("BUNDLE_MALFORMED", `op ${seq} is not valid JSON`);
    }
    const line = opLineSchema.safeParse(parsed);
    if (!line.success)
      throw new DeskFailure(
        "BUNDLE_MALFORMED",
        `op ${seq}: ${line.error.issues[0]?.message ?? "invalid"}`,
      );
    const { h, e, i, t, v, p } = line.data;
    const base = {
      deviceId: origin.deviceId,
      stream: origin.stream,
      seq,
      hlc: h,
      entity: e,
      entityId: i,
    };
    const candidate =
      t === 1
        ? { ...base, kind: "tombstone" }
        : {
            ...base,
            kind: "set",
            set: Object.fromEntries(
              Object.entries(v ?? {}).map(([field, value]) => [
                field,
                { value, prev: p?.[field] ?? [] },
              ]),
            ),
          };
    const op = opSchema.safeParse(candidate);
    if (!op.success)
      throw new DeskFailure(
        "BUNDLE_MALFORMED",
        `op ${seq}: ${op.error.issues[0]?.message ?? "invalid"}`,
      );
    return op.data;
  });
}
