/**
 * The storage the workbench writes through. The store changes at once and the database follows, so
 * every write is counted from the moment it is started until its transaction has committed: the page
 * says "Saving…" meanwhile. Each write to the browser's database is first recorded in the write-ahead
 * journal (journal.ts), synchronously, so a reload at once loses nothing; the page asks before it is
 * closed or reloaded only while a write that the journal could not record is pending. A failed write
 * (quota, a revoked permission) moves everything to memory and the page says so once.
 *
 * Dexie (db.ts) is imported lazily, by `openWorkbenchStorage`, so the first bundle does not carry it;
 * the page opens the database only once the first view is drawn (store/appStore.ts). Between
 * `beginOpening()` and `setWorkbenchStorage()` writes are journaled and wait: they run, in order,
 * against the storage that was opened (after the journal's replay, which includes them).
 */
import { applyOp, browserJournalStore, Journal, replayJournal, type JournalOp } from "./journal";
import { MemoryStorage, type WorkbenchData, type WorkbenchStorage } from "./storage";

let storage: WorkbenchStorage = new MemoryStorage();
/** Set while the storage is being opened: writes wait for it. */
let opening: { opened: Promise<void>; open: () => void } | null = null;
let journal = new Journal(null);
let onFailure: (problem: string) => void = () => {};
let pending = 0;
/** Pending writes without a journal entry: a reload now would lose them. */
let unjournaled = 0;
const listeners = new Set<() => void>();

function changed(delta: number, journaled: boolean): void {
  pending += delta;
  if (!journaled) unjournaled += delta;
  for (const l of listeners) l();
}

/** The page's journal (localStorage); tests pass one over a Map. */
export function setJournal(j: Journal): void {
  journal = j;
}

export function browserJournal(): Journal {
  return new Journal(browserJournalStore());
}

export interface OpenedWorkbench {
  storage: WorkbenchStorage;
  /** Why the work is kept in memory only; null when it is stored. */
  problem: string | null;
}

/** Opens the browser's database (Dexie, loaded now), or memory with the reason. Never throws. */
export async function openWorkbenchStorage(): Promise<OpenedWorkbench> {
  try {
    const { openStorage } = await import("./db");
    return await openStorage();
  } catch (err) {
    return { storage: new MemoryStorage(), problem: `The storage code could not be loaded (${String(err)})` };
  }
}

/**
 * What the storage holds, after replaying into it the journal's leftover entries (when it is the
 * browser's database; in memory there is nothing to replay into). Throws if the storage fails.
 */
export async function loadWorkbenchData(
  s: WorkbenchStorage,
): Promise<{ data: WorkbenchData; replayed: number; problems: string[] }> {
  if (!s.persistent) return { data: await s.loadAll(), replayed: 0, problems: [] };
  return replayJournal(s, journal);
}

/**
 * Marks the storage as being opened: writes from now on are journaled (when the journal can hold
 * them) and held until `setWorkbenchStorage`, then run against that storage.
 */
export function beginOpening(): void {
  if (opening) return;
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  opening = { opened, open };
}

/** Writes made while the storage was being opened, as one promise (settled once they have run). */
export function heldWritesDone(): Promise<void> {
  return queue;
}

export function setWorkbenchStorage(s: WorkbenchStorage, failure: (problem: string) => void): void {
  storage = s;
  onFailure = failure;
  const held = opening;
  opening = null;
  held?.open();
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

/** Articles written per IndexedDB transaction when many are stored at once (each put clones its records on the main thread). */
export const ARTICLES_PER_WRITE = 10;

/** The writes, one after another in the order they were made (a removal never overtakes the put before it). */
let queue: Promise<void> = Promise.resolve();

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** One write; many articles go in chunks, a task each, so no task clones them all. */
async function run(target: WorkbenchStorage, op: JournalOp): Promise<void> {
  if (op.kind !== "putArticles" || op.articles.length <= ARTICLES_PER_WRITE) return applyOp(target, op);
  for (let at = 0; at < op.articles.length; at += ARTICLES_PER_WRITE) {
    await nextTask();
    // Moved to memory meanwhile: the memory storage was made from the store, which holds them.
    if (storage !== target) return;
    await target.putArticles(op.articles.slice(at, at + ARTICLES_PER_WRITE));
  }
}

/**
 * Runs a write: journaled at once (in the caller's task), then queued behind the writes before it.
 * Its journal entry is cleared once it has settled. On failure, switches to memory holding
 * `snapshot()` (the store's view of everything) and reports the reason.
 */
export function save(op: JournalOp, snapshot: () => WorkbenchData): void {
  const held = opening;
  // While opening, the storage is not known yet: journaled as if it were the browser's database.
  const persistent = held !== null || storage.persistent;
  const seq = persistent ? journal.append(op) : null;
  const journaled = seq !== null || !persistent;
  changed(+1, journaled);
  let target = storage;
  const running = queue.then(async () => {
    if (held) {
      await held.opened;
      target = storage;
    }
    return storage === target ? run(target, op) : undefined;
  });
  queue = running.catch(() => {});
  running
    .catch((err: unknown) => {
      if (storage !== target || !target.persistent) return;
      storage = new MemoryStorage(snapshot());
      const reason = err instanceof Error ? err.message || err.name : String(err);
      onFailure(`Saving failed (${reason})`);
    })
    .finally(() => {
      if (seq !== null) journal.clear(seq);
      changed(-1, journaled);
    });
}

/** Holds one pending write open until the returned function is called (for tests of the unload guard). */
export function holdWrite(): () => void {
  changed(+1, false);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    changed(-1, false);
  };
}

/**
 * Asks the browser to confirm leaving the page while a write the journal could not record is
 * pending (the "Leave site?" prompt); the text of the prompt is the browser's own. Returns the
 * uninstall.
 */
export function guardUnload(target: Window): () => void {
  const onBeforeUnload = (e: BeforeUnloadEvent) => {
    if (unjournaled === 0) return;
    // preventDefault is the standard way (Chromium 119+); returnValue is deprecated and read-only
    // on a plain Event.
    e.preventDefault();
  };
  target.addEventListener("beforeunload", onBeforeUnload);
  return () => target.removeEventListener("beforeunload", onBeforeUnload);
}
