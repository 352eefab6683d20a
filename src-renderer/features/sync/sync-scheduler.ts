/** What the scheduler needs from the world; tests pass a fake clock. */
export interface SchedulerClock {
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
  random: () => number;
}

export interface SchedulerTimes {
  /** After a good sync, the next pull. */
  pullEveryMs: number;
  /** After the first failure; doubled after each further one. */
  firstRetryMs: number;
  maxRetryMs: number;
}

export const DEFAULT_TIMES: SchedulerTimes = {
  pullEveryMs: 15 * 60_000,
  firstRetryMs: 10_000,
  maxRetryMs: 30 * 60_000,
};

/**
 * When connected sync runs: at once when asked (something new, the person, the link coming
 * back), again after `pullEveryMs`, sooner after a failure with exponential backoff and jitter
 * (half to all of the delay, so devices that lost the same link do not return together), and
 * never while offline. One sync at a time; a request during a sync runs one more after it.
 */
export class SyncScheduler {
  #online = true;
  #timer: unknown = null;
  #running = false;
  #again = false;
  #failures = 0;
  #stopped = false;

  constructor(
    private readonly sync: () => Promise<void>,
    private readonly clock: SchedulerClock,
    private readonly times: SchedulerTimes = DEFAULT_TIMES,
  ) {}

  get failures(): number {
    return this.#failures;
  }

  setOnline(online: boolean): void {
    this.#online = online;
    if (online) this.trigger();
    else this.#clear();
  }

  /** Syncs now, or right after the sync under way. */
  trigger(): void {
    if (!this.#online || this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#clear();
    void this.#run();
  }

  stop(): void {
    this.#stopped = true;
    this.#clear();
  }

  /** The delay before the next try after `failures` failures in a row. */
  retryDelay(failures: number): number {
    const full = Math.min(
      this.times.maxRetryMs,
      this.times.firstRetryMs * 2 ** Math.max(0, failures - 1),
    );
    return full / 2 + (full / 2) * this.clock.random();
  }

  async #run(): Promise<void> {
    this.#running = true;
    let delay: number;
    try {
      await this.sync();
      this.#failures = 0;
      delay = this.times.pullEveryMs;
    } catch {
      this.#failures += 1;
      delay = this.retryDelay(this.#failures);
    } finally {
      this.#running = false;
    }
    if (this.#again) {
      this.#again = false;
      this.trigger();
    } else if (this.#online && !this.#stopped)
      this.#timer = this.clock.setTimeout(() => {
        this.#timer = null;
        this.trigger();
      }, delay);
  }

  #clear(): void {
    if (this.#timer !== null) this.clock.clearTimeout(this.#timer);
    this.#timer = null;
  }
}
