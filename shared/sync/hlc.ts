import type { Hlc } from "./op";

/**
 * Hybrid logical clock (ARCHITECTURE section 2) as pure functions; the caller passes the
 * wall clock so tests and replays are deterministic.
 */

/** A received op may pull the local clock at most this far ahead of the wall clock. */
export const MAX_REMOTE_AHEAD_MS = 60 * 60 * 1000;
/** The largest value the 6-digit counter holds; one more advances the milliseconds. */
export const HLC_MAX_COUNTER = 999_999;
/** The largest value the 13-digit milliseconds hold (year 2286). */
export const HLC_MAX_MS = 9_999_999_999_999;

export interface HlcParts {
  readonly ms: number;
  readonly counter: number;
}

export interface ReceivedHlc {
  readonly clock: Hlc;
  /** The remote reading is too far ahead to trust: keep the op, flag it, ignore its clock. */
  readonly aheadOfWallClock: boolean;
}

const HLC_PATTERN = /^(\d{13}):(\d{6})$/;

export function formatHlc(parts: HlcParts): Hlc {
  const { ms, counter } = parts;
  if (!Number.isSafeInteger(ms) || ms < 0 || ms > HLC_MAX_MS) {
    throw new RangeError(`Clock milliseconds out of range: ${ms}.`);
  }
  if (
    !Number.isSafeInteger(counter) ||
    counter < 0 ||
    counter > HLC_MAX_COUNTER
  ) {
    throw new RangeError(`Clock counter out of range: ${counter}.`);
  }
  return `${String(ms).padStart(13, "0")}:${String(counter).padStart(6, "0")}`;
}

/** Throws a RangeError on anything but a well-formed reading; borders parse with `hlcSchema` first. */
export function parseHlc(reading: string): HlcParts {
  const match = HLC_PATTERN.exec(reading);
  if (match?.[1] === undefined || match[2] === undefined) {
    throw new RangeError(`Not a clock reading: ${JSON.stringify(reading)}.`);
  }
  return { ms: Number(match[1]), counter: Number(match[2]) };
}

/** Readings are fixed-width, so string order is clock order. */
export function compareHlc(a: Hlc, b: Hlc): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A reading for a local event: strictly after `last`, and no earlier than the wall clock. */
export function tickHlc(last: Hlc | null, nowMs: number): Hlc {
  const wall: HlcParts = { ms: wallMs(nowMs), counter: 0 };
  return formatHlc(
    last === null ? wall : later(successor(parseHlc(last)), wall),
  );
}

/**
 * The standard HLC receive rule (the result follows both `last` and `remote`), except that a
 * remote reading whose successor would pass wall + MAX_REMOTE_AHEAD_MS leaves the clock as a
 * local tick would: one device with a wrong clock must not drag everyone's clock ahead.
 */
export function receiveHlc(
  last: Hlc | null,
  remote: Hlc,
  nowMs: number,
): ReceivedHlc {
  const wall = wallMs(nowMs);
  const afterRemote = successor(parseHlc(remote));
  if (afterRemote.ms > wall + MAX_REMOTE_AHEAD_MS) {
    return { clock: tickHlc(last, wall), aheadOfWallClock: true };
  }
  const local =
    last === null ? afterRemote : later(successor(parseHlc(last)), afterRemote);
  return {
    clock: formatHlc(later(local, { ms: wall, counter: 0 })),
    aheadOfWallClock: false,
  };
}

function wallMs(nowMs: number): number {
  if (!Number.isFinite(nowMs) || nowMs < 0 || nowMs > HLC_MAX_MS) {
    throw new RangeError(`Wall clock out of range: ${nowMs}.`);
  }
  return Math.floor(nowMs);
}

/** The next reading; a full counter rolls over into the next millisecond so the order stays total. */
function successor(parts: HlcParts): HlcParts {
  return parts.counter < HLC_MAX_COUNTER
    ? { ms: parts.ms, counter: parts.counter + 1 }
    : { ms: parts.ms + 1, counter: 0 };
}

function later(a: HlcParts, b: HlcParts): HlcParts {
  return a.ms > b.ms || (a.ms === b.ms && a.counter >= b.counter) ? a : b;
}
