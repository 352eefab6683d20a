import { utf8 } from "@scure/base";
import { DeskFailure } from "../errors";
import { opSchema, type Op } from "../sync/op";

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

const LINE_MEMBERS = new Set(["h", "e", "i", "t", "v", "p"]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The shape of a line, checked by hand: its members are only those above, `t` is 1, `v` and
 * `p` are objects. Every value is then checked once, by the op schema, on the op it makes.
 */
function lineShapeProblem(line: unknown): string | null {
  if (!isRecord(line)) return "not an object";
  const unknown = Object.keys(line).find((key) => !LINE_MEMBERS.has(key));
  if (unknown !== undefined) return `unknown member ${unknown}`;
  if (line.t !== undefined && line.t !== 1) return "t must be 1";
  if (line.v !== undefined && !isRecord(line.v)) return "v must be an object";
  if (line.p !== undefined && !isRecord(line.p)) return "p must be an object";
  return null;
}

export function encodeOpLines(ops: readonly Op[]): Uint8Array {
  return utf8.decode(opLinesText(ops));
}

/** The op lines as text (the local op log keeps them so, src-renderer/db/op-packs.ts). */
export function opLinesText(ops: readonly Op[]): string {
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
  return lines.join("");
}

/** Where op lines come from: what the bundle header (or the pack) says of every line. */
export interface OpLinesOrigin {
  deviceId: string;
  stream: string;
  seqFirst: number;
  entries: number;
}

/** Reads the lines back into ops of `deviceId` in `stream` from `seqFirst`, each validated. */
export function decodeOpLines(
  payload: Uint8Array,
  origin: OpLinesOrigin,
): Op[] {
  return opsFromLinesText(utf8.encode(payload), origin);
}

/** `decodeOpLines` for lines already read as text. */
export function opsFromLinesText(text: string, origin: OpLinesOrigin): Op[] {
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
    const problem = lineShapeProblem(parsed);
    if (problem !== null)
      throw new DeskFailure("BUNDLE_MALFORMED", `op ${seq}: ${problem}`);
    const { h, e, i, t, v, p } = parsed as OpLine;
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
                {
                  value,
                  prev:
                    p !== undefined && Object.hasOwn(p, field) ? p[field] : [],
                },
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
