/**
 * When a batch's store updates run. Each update is a task of its own (a timer), never an animation
 * frame callback: frame callbacks queued together all run in the one task that renders the frame, so
 * several updates (each with its render) plus the map's redraw became one long task; and on a loaded
 * machine frames are rare, so updates waited for them while the worker's results piled up.
 *
 * Contract: at most one update is pending at any time. `request()` starts one `delay()` ms after the
 * last one (at once if that long ago), unless one is pending already; an update that leaves work
 * (`flush` returns true) starts the next in a new task right away, so a backlog is stored one chunk a
 * task, without waiting for the delay. `drain()` runs what is waiting now and resolves once an update
 * has left nothing.
 */
export interface FlushClock {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const browserClock: FlushClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class FlushScheduler {
  private timer: unknown = null;
  private last = -Infinity;
  private waiters: (() => void)[] = [];

  /** `flush`: one store update; returns whether work is left for another. */
  constructor(
    private readonly flush: () => boolean,
    private readonly delay: () => number,
    private readonly clock: FlushClock = browserClock,
  ) {}

  /** Something is waiting: an update runs within `delay()` ms of the last one. */
  request(): void {
    if (this.timer !== null) return;
    this.arm(Math.max(0, this.delay() - (this.clock.now() - this.last)));
  }

  /** Runs the pending update now (in a task of its own) and resolves once nothing is left. */
  drain(): Promise<void> {
    const done = new Promise<void>((resolve) => this.waiters.push(resolve));
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.arm(0);
    return done;
  }

  /** Whether an update is pending. */
  get pending(): boolean {
    return this.timer !== null;
  }

  private arm(ms: number): void {
    this.timer = this.clock.setTimeout(() => this.run(), ms);
  }

  private run(): void {
    this.timer = null;
    this.last = this.clock.now();
    if (this.flush()) {
      // Unless the update itself asked for one meanwhile.
      if (this.timer === null) this.arm(0);
      return;
    }
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
