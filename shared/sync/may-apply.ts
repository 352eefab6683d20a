import type { Role } from "../domain/roles";
import type { Entity, Op } from "./op";

/** What the roster says about an op's author (ARCHITECTURE section 4). */
export interface AuthorEntry {
  deviceId: string;
  role: Role;
  countries: readonly string[];
  /** Earlier ids of the same install, confirmed by the admin: what they created is its own. */
  replaces?: readonly string[];
  /** For a revoked device: the last seq accepted per stream; later ops are refused. */
  lastAcceptedSeq?: Readonly<Record<string, number>> | undefined;
}

/** What the receiving install already knows about the entity the op touches. */
export interface EntityContext {
  /** The device whose op created the entity, if any op about it was applied before. */
  createdBy?: string | undefined;
}

export type MayApply = { ok: true } | { ok: false; reason: string };

/** Entities each role may write. */
const WRITABLE: Record<Role, readonly Entity[]> = {
  field: ["observation", "responseLogEntry", "attachment", "contribution"],
  regional: ["responseLogEntry", "meeting", "meetingInput"],
  hub: [
    "responseLogEntry",
    "attachment",
    "meeting",
    "outcome",
    "meetingInput",
    "interviewNote",
    "protectedName",
  ],
};

/** Entities a field partner may change only when they created them. */
const OWN_ONLY: readonly Entity[] = ["observation", "contribution"];

/**
 * Entities kept out of country streams: interview notes name who was interviewed, the names
 * directory names partners; only hub staff and (for the directory) a regional device's own
 * stream may carry them.
 */
const STREAMS_OF: Partial<Record<Entity, (stream: string) => boolean>> = {
  interviewNote: (stream) => stream === "hub",
  protectedName: (stream) => stream === "hub" || stream.startsWith("device:"),
};

const refuse = (reason: string): MayApply => ({ ok: false, reason });

/** The streams a role writes in: its countries and the hub; hub staff also reach single devices. */
function mayWriteStream(author: AuthorEntry, stream: string): boolean {
  if (stream === "hub") return true;
  if (stream.startsWith("country:"))
    return author.role === "hub" || author.countries.includes(stream.slice(8));
  return author.role === "hub" && stream.startsWith("device:");
}

/**
 * Who may write what (ARCHITECTURE section 2), checked on import for every op before it is
 * merged: an op that fails is refused and reported, never applied. Pure.
 * - field partners: their own observations and meeting contributions (made under their id or
 *   one it replaces), with response-log entries and attachments;
 * - regional staff: response-log entries (early action), meetings and meeting input in their
 *   countries' streams;
 * - hub staff: response-log entries, attachments, meetings, outcomes, meeting input and
 *   discussion papers, interview notes and the names directory.
 * A revoked device's ops after its `lastAcceptedSeq` in that stream are refused.
 */
export function mayApply(
  op: Op,
  author: AuthorEntry,
  entity: EntityContext = {},
): MayApply {
  if (op.deviceId !== author.deviceId)
    return refuse(`op from ${op.deviceId} checked against ${author.deviceId}`);
  const last = author.lastAcceptedSeq;
  if (last !== undefined && op.seq > (last[op.stream] ?? 0))
    return refuse(
      `device revoked: ${op.stream} seq ${op.seq} is after the last accepted`,
    );
  if (!mayWriteStream(author, op.stream))
    return refuse(`a ${author.role} device may not write in ${op.stream}`);
  if (!WRITABLE[author.role].includes(op.entity))
    return refuse(`a ${author.role} device may not write ${op.entity} records`);
  if (STREAMS_OF[op.entity]?.(op.stream) === false)
    return refuse(`${op.entity} records may not travel in ${op.stream}`);
  if (
    author.role === "field" &&
    OWN_ONLY.includes(op.entity) &&
    entity.createdBy !== undefined &&
    entity.createdBy !== author.deviceId &&
    !(author.replaces ?? []).includes(entity.createdBy)
  )
    return refuse(
      `a field partner may change only ${op.entity} records they created`,
    );
  return { ok: true };
}
