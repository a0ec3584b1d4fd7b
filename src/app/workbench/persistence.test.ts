import { afterEach, describe, expect, it } from "vitest";
import type { MergeDecision } from "../../reports/mergeReports";
import { MemoryStorage, type WorkbenchStorage } from "./storage";
import type { StoredArticle } from "../../workbench/storedArticle";
import { Journal, JOURNAL_PREFIX, type JournalStore } from "./journal";
import {
  ARTICLES_PER_WRITE,
  beginOpening,
  guardUnload,
  heldWritesDone,
  holdWrite,
  pendingWrites,
  save,
  setJournal,
  setWorkbenchStorage,
  subscribePendingWrites,
  whenSaved,
} from "./persistence";

const empty = () => ({ articles: [], corrections: [], mergeDecisions: [] });

afterEach(() => {
  setWorkbenchStorage(new MemoryStorage(), () => {});
  setJournal(new Journal(null));
});

function mapStore(): JournalStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => void items.set(k, v),
    removeItem: (k) => void items.delete(k),
  };
}

/** A storage "in the browser" whose corrections commit when the test says so. */
function slowStorage(): { storage: WorkbenchStorage; commit: () => void } {
  let commit: () => void = () => {};
  const committed = new Promise<void>((r) => (commit = r));
  const storage: WorkbenchStorage = Object.assign(new MemoryStorage(), {
    persistent: true,
    putCorrection: () => committed,
  });
  return { storage, commit: () => commit() };
}

const leaveIsBlocked = (target: Window) => {
  const e = new Event("beforeunload", { cancelable: true });
  target.dispatchEvent(e);
  return e.defaultPrevented;
};

describe("journaled writes", () => {
  it("records the write in the journal in the same task, and clears it once committed", async () => {
    const ls = mapStore();
    setJournal(new Journal(ls));
    const { storage, commit } = slowStorage();
    setWorkbenchStorage(storage, () => {});
    const target = new EventTarget() as unknown as Window;
    const stop = guardUnload(target);
    save({ kind: "putCorrection", correction: { id: "c1" } as never }, empty);
    const keys = [...ls.items.keys()];
    expect(keys).toHaveLength(1);
    expect(keys[0]?.startsWith(JOURNAL_PREFIX)).toBe(true);
    expect(ls.items.get(keys[0]!)).toContain('"id":"c1"');
    // Journaled: a reload now loses nothing, so leaving is not blocked (the page still says "Saving…").
    expect(pendingWrites()).toBe(1);
    expect(leaveIsBlocked(target)).toBe(false);
    commit();
    await whenSaved();
    expect(ls.items.size).toBe(0);
    stop();
  });

  it("asks before leaving when the journal could not record the write", async () => {
    const ls = mapStore();
    ls.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    setJournal(new Journal(ls));
    const { storage, commit } = slowStorage();
    setWorkbenchStorage(storage, () => {});
    const target = new EventTarget() as unknown as Window;
    const stop = guardUnload(target);
    save({ kind: "putCorrection", correction: { id: "c1" } as never }, empty);
    expect(leaveIsBlocked(target)).toBe(true);
    commit();
    await whenSaved();
    expect(leaveIsBlocked(target)).toBe(false);
    stop();
  });

  it("writes many articles in chunks, one task each, and a later removal after them", async () => {
    const calls: number[] = [];
    const memory = new MemoryStorage();
    const storage: WorkbenchStorage = Object.assign(memory, {
      persistent: true,
      putArticles: (a: readonly StoredArticle[]) => {
        calls.push(a.length);
        return MemoryStorage.prototype.putArticles.call(memory, a);
      },
    });
    setWorkbenchStorage(storage, () => {});
    const articles = Array.from({ length: 25 }, (_, i) => ({ key: `a${i}`, addedAt: i }) as StoredArticle);
    save({ kind: "putArticles", articles }, empty);
    save({ kind: "deleteArticle", key: "a24" }, empty);
    await whenSaved();
    expect(calls).toEqual([ARTICLES_PER_WRITE, ARTICLES_PER_WRITE, 5]);
    const keys = (await storage.loadAll()).articles.map((a) => a.key);
    expect(keys).toHaveLength(24);
    expect(keys).not.toContain("a24");
  });

  it("journals nothing while the work is kept in memory", () => {
    const ls = mapStore();
    setJournal(new Journal(ls));
    save({ kind: "deleteDecision", id: "d" }, empty);
    expect(ls.items.size).toBe(0);
  });
});

describe("writes while the storage is being opened", () => {
  it("journals them at once and runs them, in order, against the storage opened later", async () => {
    const ls = mapStore();
    setJournal(new Journal(ls));
    beginOpening();
    const articles = [
      { key: "a", addedAt: 1 },
      { key: "b", addedAt: 2 },
    ] as StoredArticle[];
    save({ kind: "putArticles", articles }, empty);
    save({ kind: "deleteArticle", key: "a" }, empty);
    expect(ls.items.size).toBe(2);
    expect(pendingWrites()).toBe(2);
    await new Promise((r) => setTimeout(r, 10));
    expect(pendingWrites()).toBe(2);
    const opened = Object.assign(new MemoryStorage(), { persistent: true });
    setWorkbenchStorage(opened, () => {});
    await whenSaved();
    expect((await opened.loadAll()).articles.map((a) => a.key)).toEqual(["b"]);
    expect(ls.items.size).toBe(0);
  });

  it("runs them against memory too when the database is refused", async () => {
    setJournal(new Journal(mapStore()));
    beginOpening();
    save({ kind: "putDecision", decision: { id: "d" } as MergeDecision }, empty);
    const memory = new MemoryStorage();
    setWorkbenchStorage(memory, () => {});
    await heldWritesDone();
    expect((await memory.loadAll()).mergeDecisions.map((d) => d.id)).toEqual(["d"]);
  });
});

describe("pending writes", () => {
  it("counts a write from its start until it commits, and tells listeners", async () => {
    const { storage: slow, commit } = slowStorage();
    setWorkbenchStorage(slow, () => {});
    const seen: number[] = [];
    const stop = subscribePendingWrites(() => seen.push(pendingWrites()));
    save({ kind: "putCorrection", correction: {} as never }, empty);
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
    save({ kind: "putCorrection", correction: {} as never }, empty);
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
