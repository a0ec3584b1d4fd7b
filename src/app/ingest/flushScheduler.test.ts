import { describe, expect, it } from "vitest";
import { FlushScheduler, type FlushClock } from "./flushScheduler";

/** A clock whose timers run only when told, each as its own "task". */
function manualClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: FlushClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = next++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (id) => void timers.delete(id as number),
  };
  /** Runs the earliest timer (one task), moving the time to it; false when none is set. */
  const step = () => {
    const first = [...timers].sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0];
    if (!first) return false;
    timers.delete(first[0]);
    now = Math.max(now, first[1].at);
    first[1].run();
    return true;
  };
  return { clock, timers, step, advance: (ms: number) => (now += ms), time: () => now };
}

/** A store fed `chunk` records an update, recording which task each update ran in. */
function backlog(chunk: number) {
  const state = { waiting: 0, updates: [] as number[] };
  const flush = () => {
    const n = Math.min(chunk, state.waiting);
    state.waiting -= n;
    state.updates.push(n);
    return state.waiting > 0;
  };
  return { state, flush };
}

describe("FlushScheduler", () => {
  it("keeps one update pending however often it is asked", () => {
    const m = manualClock();
    const { state, flush } = backlog(40);
    const s = new FlushScheduler(flush, () => 250, m.clock);
    state.waiting = 5;
    for (let i = 0; i < 10; i++) s.request();
    expect(m.timers.size).toBe(1);
    m.step();
    expect(m.time()).toBe(0);
    expect(state.updates).toEqual([5]);
    expect(s.pending).toBe(false);
  });

  it("waits the delay after the last update before the next", () => {
    const m = manualClock();
    const { state, flush } = backlog(40);
    const s = new FlushScheduler(flush, () => 250, m.clock);
    state.waiting = 1;
    s.request();
    m.step();
    m.advance(100);
    state.waiting = 1;
    s.request();
    m.step();
    expect(m.time()).toBe(250);
  });

  it("stores a backlog one chunk a task, never two updates in one task", () => {
    const m = manualClock();
    const { state, flush } = backlog(40);
    const s = new FlushScheduler(flush, () => 1000, m.clock);
    state.waiting = 130;
    s.request();
    let tasks = 0;
    while (m.step()) {
      tasks++;
      // Asked again while the backlog drains (new results arriving): still one pending update.
      if (state.waiting > 0) s.request();
      expect(m.timers.size).toBeLessThanOrEqual(1);
    }
    expect(state.updates).toEqual([40, 40, 40, 10]);
    expect(tasks).toBe(4);
    // The backlog did not wait for the delay between its chunks.
    expect(m.time()).toBe(0);
  });

  it("drains at once, cancelling the delayed update, and resolves when nothing is left", async () => {
    const m = manualClock();
    const { state, flush } = backlog(40);
    const s = new FlushScheduler(flush, () => 1000, m.clock);
    state.waiting = 1;
    s.request();
    m.step();
    state.waiting = 90;
    s.request();
    let resolved = false;
    const drained = s.drain().then(() => (resolved = true));
    expect(m.timers.size).toBe(1);
    while (m.step()) expect(m.timers.size).toBeLessThanOrEqual(1);
    await drained;
    expect(resolved).toBe(true);
    expect(state.updates).toEqual([1, 40, 40, 10]);
    expect(m.time()).toBe(0);
  });

  it("drains with nothing waiting in one update", async () => {
    const m = manualClock();
    const { state, flush } = backlog(40);
    const s = new FlushScheduler(flush, () => 250, m.clock);
    const drained = s.drain();
    m.step();
    await drained;
    expect(state.updates).toEqual([0]);
    expect(m.step()).toBe(false);
  });
});
