import { afterEach, describe, expect, it } from "vitest";
import { MemoryStorage, type WorkbenchStorage } from "./db";
import {
  guardUnload,
  holdWrite,
  pendingWrites,
  save,
  setWorkbenchStorage,
  subscribePendingWrites,
  whenSaved,
} from "./persistence";

const empty = () => ({ articles: [], corrections: [], mergeDecisions: [] });

afterEach(() => setWorkbenchStorage(new MemoryStorage(), () => {}));

describe("pending writes", () => {
  it("counts a write from its start until it commits, and tells listeners", async () => {
    let commit: () => void = () => {};
    const slow: WorkbenchStorage = Object.assign(new MemoryStorage(), {
      persistent: true,
      putCorrection: () => new Promise<void>((r) => (commit = r)),
    });
    setWorkbenchStorage(slow, () => {});
    const seen: number[] = [];
    const stop = subscribePendingWrites(() => seen.push(pendingWrites()));
    save((s) => s.putCorrection({} as never), empty);
    expect(pendingWrites()).toBe(1);
    const saved = whenSaved();
    commit();
    await saved;
    expect(pendingWrites()).toBe(0);
    expect(seen).toEqual([1, 0]);
    stop();
  });

  it("ends a failed write too, and reports the failure once", async () => {
    const problems: string[] = [];
    const failing: WorkbenchStorage = Object.assign(new MemoryStorage(), {
      persistent: true,
      putCorrection: () => Promise.reject(new Error("QuotaExceededError")),
    });
    setWorkbenchStorage(failing, (p) => problems.push(p));
    save((s) => s.putCorrection({} as never), empty);
    await whenSaved();
    expect(pendingWrites()).toBe(0);
    expect(problems).toEqual(["Saving failed (QuotaExceededError)"]);
  });
});

describe("guardUnload", () => {
  it("asks before leaving only while a write is pending", () => {
    const target = new EventTarget() as unknown as Window;
    const stop = guardUnload(target);
    const leave = () => {
      const e = new Event("beforeunload", { cancelable: true });
      target.dispatchEvent(e);
      return e.defaultPrevented;
    };
    expect(leave()).toBe(false);
    const release = holdWrite();
    expect(leave()).toBe(true);
    release();
    expect(leave()).toBe(false);
    stop();
  });
});
