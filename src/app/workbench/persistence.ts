/**
 * The storage the workbench writes through. The store changes at once and the database follows, so
 * every write is counted from the moment it is started until its transaction has committed: the page
 * says "Saving…" meanwhile, and asks before it is closed or reloaded with a write still pending. A
 * failed write (quota, a revoked permission) moves everything to memory and the page says so once.
 */
import { MemoryStorage, type WorkbenchData, type WorkbenchStorage } from "./db";

let storage: WorkbenchStorage = new MemoryStorage();
let onFailure: (problem: string) => void = () => {};
let pending = 0;
const listeners = new Set<() => void>();

function changed(delta: number): void {
  pending += delta;
  for (const l of listeners) l();
}

export function setWorkbenchStorage(s: WorkbenchStorage, failure: (problem: string) => void): void {
  storage = s;
  onFailure = failure;
}

export function currentStorage(): WorkbenchStorage {
  return storage;
}

/** Writes started and not yet committed (or failed). */
export function pendingWrites(): number {
  return pending;
}

/** Calls `listener` whenever the number of pending writes changes; returns the unsubscribe. */
export function subscribePendingWrites(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Resolves once no write is pending. */
export function whenSaved(): Promise<void> {
  if (pending === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = subscribePendingWrites(() => {
      if (pending > 0) return;
      stop();
      resolve();
    });
  });
}

/**
 * Runs a write, started now (callers start it before rebuilding what the page shows, so the
 * transaction is under way first). On failure, switches to memory holding `snapshot()` (the store's
 * view of everything) and reports the reason.
 */
export function save(write: (s: WorkbenchStorage) => Promise<void>, snapshot: () => WorkbenchData): void {
  const target = storage;
  changed(+1);
  let running: Promise<void>;
  try {
    running = write(target);
  } catch (err) {
    running = Promise.reject(err instanceof Error ? err : new Error(String(err)));
  }
  running
    .catch((err: unknown) => {
      if (storage !== target || !target.persistent) return;
      storage = new MemoryStorage(snapshot());
      const reason = err instanceof Error ? err.message || err.name : String(err);
      onFailure(`Saving failed (${reason})`);
    })
    .finally(() => changed(-1));
}

/** Holds one pending write open until the returned function is called (for tests of the unload guard). */
export function holdWrite(): () => void {
  changed(+1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    changed(-1);
  };
}

/**
 * Asks the browser to confirm leaving the page while a write is pending (the "Leave site?" prompt);
 * the text of the prompt is the browser's own. Returns the uninstall.
 */
export function guardUnload(target: Window): () => void {
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (pending === 0) return;
    // preventDefault is the standard way (Chromium 119+); returnValue is deprecated and read-only
    // on a plain Event.
    e.preventDefault();
  };
  target.addEventListener("beforeunload", onBeforeUnload);
  return () => target.removeEventListener("beforeunload", onBeforeUnload);
}
