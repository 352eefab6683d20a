import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  HLC_MAX_COUNTER,
  HLC_MAX_MS,
  MAX_REMOTE_AHEAD_MS,
  compareHlc,
  formatHlc,
  parseHlc,
  receiveHlc,
  tickHlc,
} from "../../../../shared/sync/hlc";
import { hlcSchema, type Hlc } from "../../../../shared/sync/op";

const NOW = Date.UTC(2025, 5, 1);
const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const at = (ms: number, counter = 0): Hlc => formatHlc({ ms, counter });

const partsArb = fc.record({
  ms: fc.integer({ min: 0, max: HLC_MAX_MS }),
  counter: fc.integer({ min: 0, max: HLC_MAX_COUNTER }),
});
/** Wall clocks around NOW, jumping back and forth by up to two hours. */
const wallArb = fc.integer({
  min: NOW - 2 * 3_600_000,
  max: NOW + 2 * 3_600_000,
});

describe("formatHlc / parseHlc", () => {
  it("writes fixed-width readings that the op schema accepts", () => {
    expect(at(NOW, 7)).toBe(`${NOW}:000007`);
    expect(at(0)).toBe("0000000000000:000000");
    expect(hlcSchema.safeParse(at(HLC_MAX_MS, HLC_MAX_COUNTER)).success).toBe(
      true,
    );
  });

  it("round-trips every valid reading", () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const reading = formatHlc(parts);
        expect(hlcSchema.safeParse(reading).success).toBe(true);
        expect(parseHlc(reading)).toEqual(parts);
      }),
    );
  });

  it.each([
    { ms: -1, counter: 0 },
    { ms: HLC_MAX_MS + 1, counter: 0 },
    { ms: 1.5, counter: 0 },
    { ms: Number.NaN, counter: 0 },
    { ms: 0, counter: HLC_MAX_COUNTER + 1 },
    { ms: 0, counter: -1 },
  ])("refuses to format %j", (parts) => {
    expect(() => formatHlc(parts)).toThrow(RangeError);
  });

  it.each([
    "",
    "1:2",
    `${NOW}:0000001`,
    `${NOW}000000`,
    `${NOW}:00000a`,
    ` ${NOW}:000000`,
  ])("refuses to parse %j", (reading) => {
    expect(() => parseHlc(reading)).toThrow(RangeError);
  });
});

describe("compareHlc", () => {
  it("orders readings by milliseconds, then counter", () => {
    fc.assert(
      fc.property(partsArb, partsArb, (a, b) => {
        const expected = Math.sign(a.ms - b.ms || a.counter - b.counter);
        expect(compareHlc(formatHlc(a), formatHlc(b))).toBe(expected);
      }),
    );
  });
});

describe("tickHlc", () => {
  it("starts at the wall clock and counts within one millisecond", () => {
    expect(tickHlc(null, NOW)).toBe(at(NOW));
    expect(tickHlc(at(NOW), NOW)).toBe(at(NOW, 1));
    expect(tickHlc(at(NOW, 4), NOW + 10)).toBe(at(NOW + 10));
  });

  it("keeps counting when the wall clock goes backwards", () => {
    expect(tickHlc(at(NOW, 4), NOW - 60_000)).toBe(at(NOW, 5));
  });

  it("rolls a full counter over into the next millisecond", () => {
    expect(tickHlc(at(NOW, HLC_MAX_COUNTER), NOW)).toBe(at(NOW + 1));
  });

  it("drops fractions of a millisecond from the wall clock", () => {
    expect(tickHlc(null, NOW + 0.9)).toBe(at(NOW));
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1, HLC_MAX_MS + 1])(
    "refuses a wall clock of %s",
    (wall) => {
      expect(() => tickHlc(null, wall)).toThrow(RangeError);
    },
  );

  it("refuses to run past the last representable reading", () => {
    expect(() => tickHlc(at(HLC_MAX_MS, HLC_MAX_COUNTER), NOW)).toThrow(
      RangeError,
    );
  });
});

describe("receiveHlc", () => {
  it("adopts a remote reading ahead of both clocks, within the hour", () => {
    const remote = at(NOW + 30 * 60_000, 3);
    expect(receiveHlc(at(NOW, 9), remote, NOW)).toEqual({
      clock: at(NOW + 30 * 60_000, 4),
      aheadOfWallClock: false,
    });
  });

  it("takes the larger counter when both readings share a millisecond", () => {
    expect(receiveHlc(at(NOW, 9), at(NOW, 3), NOW).clock).toBe(at(NOW, 10));
    expect(receiveHlc(at(NOW, 3), at(NOW, 9), NOW).clock).toBe(at(NOW, 10));
  });

  it("behaves like a local tick when the remote reading is behind", () => {
    expect(receiveHlc(at(NOW, 2), at(NOW - 5000, 50), NOW + 1).clock).toBe(
      at(NOW + 1),
    );
    expect(receiveHlc(null, at(NOW - 5000), NOW).clock).toBe(at(NOW));
  });

  it("accepts a reading exactly one hour ahead", () => {
    const remote = at(NOW + MAX_REMOTE_AHEAD_MS, 0);
    expect(receiveHlc(null, remote, NOW)).toEqual({
      clock: at(NOW + MAX_REMOTE_AHEAD_MS, 1),
      aheadOfWallClock: false,
    });
  });

  it("flags a reading whose successor would pass the hour, and ignores its clock", () => {
    for (const remote of [
      at(NOW + MAX_REMOTE_AHEAD_MS + 1),
      at(NOW + MAX_REMOTE_AHEAD_MS, HLC_MAX_COUNTER),
    ]) {
      expect(receiveHlc(at(NOW, 2), remote, NOW)).toEqual({
        clock: at(NOW, 3),
        aheadOfWallClock: true,
      });
    }
  });

  it("never lets a reading a year ahead move the clock past wall + 1h", () => {
    fc.assert(
      fc.property(
        wallArb,
        fc.option(fc.integer({ min: 0, max: MAX_REMOTE_AHEAD_MS - 1 })),
        fc.integer({ min: MAX_REMOTE_AHEAD_MS + 1, max: YEAR_MS }),
        (wall, lastAhead, remoteAhead) => {
          const last = lastAhead === null ? null : at(wall + lastAhead, 5);
          const result = receiveHlc(last, at(wall + remoteAhead), wall);
          expect(result.aheadOfWallClock).toBe(true);
          expect(parseHlc(result.clock).ms).toBeLessThanOrEqual(
            wall + MAX_REMOTE_AHEAD_MS,
          );
          expect(result.clock).toBe(tickHlc(last, wall));
        },
      ),
    );
  });

  it("adopts any reading within the hour: the result follows it", () => {
    fc.assert(
      fc.property(
        wallArb,
        fc.integer({ min: -YEAR_MS, max: MAX_REMOTE_AHEAD_MS - 1 }),
        fc.integer({ min: 0, max: HLC_MAX_COUNTER }),
        (wall, remoteAhead, counter) => {
          const remote = at(wall + remoteAhead, counter);
          const result = receiveHlc(tickHlc(null, wall), remote, wall);
          expect(result.aheadOfWallClock).toBe(false);
          expect(compareHlc(result.clock, remote)).toBe(1);
        },
      ),
    );
  });
});

type ClockEvent = { wall: number } & (
  | { kind: "tick" }
  | { kind: "receive"; remoteAheadMs: number; remoteCounter: number }
);

const eventArb: fc.Arbitrary<ClockEvent> = fc.oneof(
  fc.record({ wall: wallArb, kind: fc.constant("tick" as const) }),
  fc.record({
    wall: wallArb,
    kind: fc.constant("receive" as const),
    remoteAheadMs: fc.oneof(
      fc.integer({ min: -YEAR_MS, max: YEAR_MS }),
      fc.integer({
        min: MAX_REMOTE_AHEAD_MS - 2,
        max: MAX_REMOTE_AHEAD_MS + 2,
      }),
    ),
    remoteCounter: fc.integer({ min: 0, max: 999 }),
  }),
);

describe("a device's clock under any sequence of events", () => {
  it("rises strictly, follows what it adopts, and stays within wall + 1h", () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { minLength: 1, maxLength: 60 }),
        (events) => {
          let clock: Hlc | null = null;
          let latestWall = 0;
          for (const event of events) {
            latestWall = Math.max(latestWall, event.wall);
            let next: Hlc;
            if (event.kind === "tick") {
              next = tickHlc(clock, event.wall);
            } else {
              const remoteMs = event.wall + event.remoteAheadMs;
              const remote = at(remoteMs, event.remoteCounter);
              const result = receiveHlc(clock, remote, event.wall);
              expect(result.aheadOfWallClock).toBe(
                remoteMs > event.wall + MAX_REMOTE_AHEAD_MS,
              );
              if (!result.aheadOfWallClock)
                expect(compareHlc(result.clock, remote)).toBe(1);
              next = result.clock;
            }
            if (clock !== null) expect(compareHlc(next, clock)).toBe(1);
            expect(parseHlc(next).ms).toBeLessThanOrEqual(
              latestWall + MAX_REMOTE_AHEAD_MS,
            );
            clock = next;
          }
        },
      ),
    );
  });
});
