/**
 * The storage the workbench writes through. Writes are fire-and-forget from the store's point of view:
 * the store changes at once, the database follows; a failed write (quota, a revoked permission) moves
 * everything to memory and the page says so once.
 */
import { MemoryStorage, type WorkbenchData, type WorkbenchStorage } from "./db";

let storage: WorkbenchStorage = new MemoryStorage();
let onFailure: (problem: string) => void = () => {};

export function setWorkbenchStorage(s: WorkbenchStorage, failure: (problem: string) => void): void {
  storage = s;
  onFailure = failure;
}

export function currentStorage(): WorkbenchStorage {
  return storage;
}

/**
 * Runs a write. On failure, switches to memory holding `snapshot()` (the store's view of everything)
 * and reports the reason.
 */
export function save(write: (s: WorkbenchStorage) => Promise<void>, snapshot: () => WorkbenchData): void {
  const target = storage;
  write(target).catch((err: unknown) => {
    if (storage !== target || !target.persistent) return;
    storage = new MemoryStorage(snapshot());
    const reason = err instanceof Error ? err.message || err.name : String(err);
    onFailure(`Saving failed (${reason})`);
  });
}
