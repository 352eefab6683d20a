import { describe, expect, it } from "vitest";
import {
  SyncScheduler,
  type SchedulerTimes,
} from "../../../../../src-renderer/features/sync/sync-scheduler";

const TIMES: SchedulerTimes = {
  pullEveryMs: 900_000,
  firstRetryMs: 10_000,
  maxRetryMs: 1_800_000,
};

/** A clock whose timers run only when the test says, and a fixed "random". */
function fakeClock(random = 0.5) {
  const timers = new Map<number, { run: () => void; ms: number }>();
  let next = 0;
  return {
    timers,
    clock: {
      setTimeout: (run: () => void, ms: number) => {
        next += 1;
        timers.set(next, { run, ms });
        return next;
      },
      clearTimeout: (handle: unknown) => {
        timers.delete(handle as number);
      },
      random: () => random,
    },
    /** Runs the one pending timer and returns its delay. */
    fire: () => {
      const [id, timer] = [...timers.entries()][0] ?? [];
      if (id === undefined || timer === undefined) throw new Error("no timer");
      timers.delete(id);
      timer.run();
      return timer.ms;
    },
  };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

describe("when connected sync runs", () => {
  it("syncs when asked, then pulls again after the interval", async () => {
    const { clock, timers, fire } = fakeClock();
    let syncs = 0;
    const scheduler = new SyncScheduler(
      () => {
        syncs += 1;
        return Promise.resolve();
      },
      clock,
      TIMES,
    );
    scheduler.trigger();
    await settle();
    expect(syncs).toBe(1);
    expect([...timers.values()].map((timer) => timer.ms)).toEqual([900_000]);
    fire();
    await settle();
    expect(syncs).toBe(2);
  });

  it("backs off after failures, doubling with jitter up to the cap, and resets after a success", async () => {
    const { clock, fire } = fakeClock(0.5);
    let fail = true;
    const scheduler = new SyncScheduler(
      () => (fail ? Promise.reject(new Error("down")) : Promise.resolve()),
      clock,
      TIMES,
    );
    scheduler.trigger();
    await settle();
    const delays: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      delays.push(fire());
      await settle();
    }
    // Half the delay plus half of it times random (0.5): 0.75 of 10 s, 20 s, 40 s … 30 min.
    expect(delays.slice(0, 4)).toEqual([7_500, 15_000, 30_000, 60_000]);
    expect(Math.max(...delays)).toBe(1_350_000);
    fail = false;
    expect(fire()).toBe(1_350_000);
    await settle();
    expect(scheduler.failures).toBe(0);
    expect(fire()).toBe(900_000);
  });

  it("spreads retries between half and all of the delay", () => {
    for (const random of [0, 0.999]) {
      const scheduler = new SyncScheduler(
        () => Promise.resolve(),
        fakeClock(random).clock,
        TIMES,
      );
      expect(scheduler.retryDelay(2)).toBeGreaterThanOrEqual(10_000);
      expect(scheduler.retryDelay(2)).toBeLessThanOrEqual(20_000);
    }
  });

  it("does nothing offline, no timer either, and syncs when the link returns", async () => {
    const { clock, timers } = fakeClock();
    let syncs = 0;
    const scheduler = new SyncScheduler(
      () => {
        syncs += 1;
        return Promise.resolve();
      },
      clock,
      TIMES,
    );
    scheduler.setOnline(false);
    scheduler.trigger();
    await settle();
    expect(syncs).toBe(0);
    expect(timers.size).toBe(0);
    scheduler.setOnline(true);
    await settle();
    expect(syncs).toBe(1);
    scheduler.setOnline(false);
    expect(timers.size).toBe(0);
  });

  it("runs one sync at a time; a request during one makes one more after it", async () => {
    const { clock } = fakeClock();
    let syncs = 0;
    let release: () => void = () => undefined;
    const scheduler = new SyncScheduler(
      () => {
        syncs += 1;
        return new Promise<void>((done) => {
          release = done;
        });
      },
      clock,
      TIMES,
    );
    scheduler.trigger();
    scheduler.trigger();
    scheduler.trigger();
    expect(syncs).toBe(1);
    release();
    await settle();
    expect(syncs).toBe(2);
    release();
    await settle();
    expect(syncs).toBe(2);
    scheduler.stop();
    scheduler.trigger();
    expect(syncs).toBe(2);
  });
});
