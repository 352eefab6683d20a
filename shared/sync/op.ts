import { z } from "zod";

/**
 * The op log (ARCHITECTURE section 2). Every saved change is an op identified by
 * (deviceId, stream, seq); `seq` rises by one per device and stream with no gaps.
 */

/** Device ids derive from the Ed25519 public key (issue 6); here any short lowercase id. */
export const deviceIdSchema = z
  .string()
  .regex(/^[a-z0-9-]{4,64}$/, "Not a device id.");
export type DeviceId = z.infer<typeof deviceIdSchema>;

/** An audience: `hub`, `country:ML`, or `device:<id>`. */
export const streamSchema = z
  .string()
  .regex(/^(hub|country:[A-Z]{2}|device:[a-z0-9-]{4,64})$/, "Not a stream.");
export type Stream = z.infer<typeof streamSchema>;

/**
 * Hybrid logical clock reading as a fixed-width string that sorts like the clock:
 * 13 digits of milliseconds since the epoch, a colon, 6 digits of logical counter.
 */
export const hlcSchema = z
  .string()
  .regex(/^\d{13}:\d{6}$/, "Not a clock reading.");
export type Hlc = z.infer<typeof hlcSchema>;

/** Entities whose fields are edited in place (per-field last-writer-wins, conflicts flagged). */
export const EDITABLE_ENTITIES = [
  "observation",
  "meeting",
  "outcome",
  "contribution",
  "meetingInput",
  "interviewNote",
  "protectedName",
] as const;
/** Entities that many people append to: each op creates one whole, immutable entry. */
export const APPEND_ONLY_ENTITIES = ["responseLogEntry", "attachment"] as const;
export const entitySchema = z.enum([
  ...EDITABLE_ENTITIES,
  ...APPEND_ONLY_ENTITIES,
]);
export type Entity = z.infer<typeof entitySchema>;

/** `deviceId/stream/seq`, unique for every op ever made. */
export const opIdSchema = z.string().min(8).max(160);
export type OpId = z.infer<typeof opIdSchema>;

/** What a field holds: JSON data (what `JSON.parse` can give). */
export type JsonData =
  string | number | boolean | null | JsonData[] | { [key: string]: JsonData };

/** Nesting deeper than this is refused: no field of the app nests more than a few levels. */
const MAX_JSON_DEPTH = 32;

function isJsonData(value: unknown, depth = 0): value is JsonData {
  if (value === null) return true;
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value);
    case "object": {
      if (depth >= MAX_JSON_DEPTH) return false;
      if (Array.isArray(value))
        return value.every((item) => isJsonData(item, depth + 1));
      const prototype: unknown = Object.getPrototypeOf(value);
      return (
        (prototype === Object.prototype || prototype === null) &&
        // No member that a careless merge could turn into a prototype change.
        !Object.hasOwn(value, "__proto__") &&
        Object.values(value).every((item) => isJsonData(item, depth + 1))
      );
    }
    default:
      return false;
  }
}

/**
 * JSON data, checked by one walk (zod's `z.json()` costs several times more, and every op of a
 * bundle goes through it on import).
 */
export const jsonDataSchema = z.custom<JsonData>(
  (value) => isJsonData(value),
  "Not JSON data.",
);

export const fieldWriteSchema = z.object({
  value: jsonDataSchema,
  /** The op ids whose value the author saw for this field: none for a new field, several when resolving a conflict. */
  prev: z.array(opIdSchema).max(64),
});
export type FieldWrite = z.infer<typeof fieldWriteSchema>;

const opBase = {
  deviceId: deviceIdSchema,
  stream: streamSchema,
  seq: z.number().int().positive(),
  hlc: hlcSchema,
  entity: entitySchema,
  entityId: z.string().min(1).max(64),
};

export const setOpSchema = z.object({
  ...opBase,
  kind: z.literal("set"),
  set: z.record(
    z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/),
    fieldWriteSchema,
  ),
});
export const tombstoneOpSchema = z.object({
  ...opBase,
  kind: z.literal("tombstone"),
});
export const opSchema = z.discriminatedUnion("kind", [
  setOpSchema,
  tombstoneOpSchema,
]);

export type SetOp = z.infer<typeof setOpSchema>;
export type TombstoneOp = z.infer<typeof tombstoneOpSchema>;
export type Op = z.infer<typeof opSchema>;

export function opId(op: Pick<Op, "deviceId" | "stream" | "seq">): OpId {
  return `${op.deviceId}/${op.stream}/${op.seq}`;
}
