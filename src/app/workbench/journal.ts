/**
 * A write-ahead journal for the workbench's writes to IndexedDB. A reload right after an action
 * aborts the IndexedDB transaction that was still open; so every write is first recorded here,
 * synchronously, in localStorage (in the same task as the user's action), and its entry is removed
 * once the transaction has settled. At the next start, entries still present are replayed into
 * IndexedDB, in the order they were made, and then removed.
 *
 * Contracts:
 * - Replay is idempotent: every operation is a put or a delete by key.
 * - One localStorage item an entry (`conflict-map-journal:<seq>`), so appending and clearing cost the
 *   entry's size, never the whole journal's.
 * - One added article (a paste, a new date) is journaled with its result when the entry stays under
 *   MAX_ENTRY_CHARS; several (a batch's store update, an import), or a larger one, keep what the user
 *   gave (id, text, title, date, URL) and are marked pending: the page extracts them again at the
 *   start (their `pipelineVersion` is PENDING_VERSION). So a batch's update costs no more than its texts.
 * - Removing an article also drops it (and its corrections) from the journal's earlier entries, so
 *   no leftover entry can bring it back; a replayed correction of an article the replay removed is
 *   dropped.
 * - An entry that cannot be read is ignored and removed, and said; the others are replayed.
 */
import type { Correction } from "../../workbench/corrections";
import type { MergeDecision } from "../../reports/mergeReports";
import type { WorkbenchData, WorkbenchStorage } from "./storage";
import type { StoredArticle } from "../../workbench/storedArticle";

export type JournalOp =
  | { kind: "putArticles"; articles: StoredArticle[] }
  | { kind: "deleteArticle"; key: string }
  | { kind: "putCorrection"; correction: Correction }
  | { kind: "deleteCorrection"; id: string }
  | { kind: "putDecision"; decision: MergeDecision }
  | { kind: "deleteDecision"; id: string };

/** The part of the Web Storage API the journal uses (window.localStorage; a Map in tests). */
export interface JournalStore {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const JOURNAL_PREFIX = "conflict-map-journal:";

/** The pipeline version of an article journaled without its result: extracted again at the start. */
export const PENDING_VERSION = "journal-pending";

/** Entries over this many characters journal added articles without their results. */
export const MAX_ENTRY_CHARS = 64 * 1024;

/** Runs one journaled operation against a storage. */
export function applyOp(storage: WorkbenchStorage, op: JournalOp): Promise<void> {
  switch (op.kind) {
    case "putArticles":
      return storage.putArticles(op.articles);
    case "deleteArticle":
      return storage.deleteArticle(op.key);
    case "putCorrection":
      return storage.putCorrection(op.correction);
    case "deleteCorrection":
      return storage.deleteCorrection(op.id);
    case "putDecision":
      return storage.putDecision(op.decision);
    case "deleteDecision":
      return storage.deleteDecision(op.id);
  }
}

function pendingCopy(a: StoredArticle): StoredArticle {
  return { ...a, result: null, pipelineVersion: PENDING_VERSION };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null;
const isString = (x: unknown): x is string => typeof x === "string";

/** Checks the shape the replay relies on (keys and ids); what went wrong, or null. */
function invalid(op: unknown): string | null {
  if (!isObject(op)) return "not an object";
  switch (op.kind) {
    case "putArticles":
      return Array.isArray(op.articles) &&
        op.articles.every(
          (a) => isObject(a) && isString(a.key) && isObject(a.input) && isString(a.input.text),
        )
        ? null
        : "articles without a key or text";
    case "deleteArticle":
      return isString(op.key) ? null : "no article key";
    case "putCorrection":
      return isObject(op.correction) && isString(op.correction.id) && isString(op.correction.articleKey)
        ? null
        : "a correction without an id";
    case "putDecision":
      return isObject(op.decision) && isString(op.decision.id) && Array.isArray(op.decision.others)
        ? null
        : "a merge decision without an id";
    case "deleteCorrection":
    case "deleteDecision":
      return isString(op.id) ? null : "no id";
    default:
      return `unknown operation ${JSON.stringify(op.kind)}`;
  }
}

export interface JournalEntry {
  seq: number;
  op: JournalOp;
}

export class Journal {
  /** This page's entries not yet cleared, by seq (so a removal can edit the earlier ones). */
  private readonly open = new Map<number, JournalOp>();
  private last = 0;

  /** `store` null: no journal (localStorage refused); every append returns null. */
  constructor(private readonly store: JournalStore | null) {
    for (const key of this.keys())
      this.last = Math.max(this.last, Number(key.slice(JOURNAL_PREFIX.length)) || 0);
  }

  get available(): boolean {
    return this.store !== null;
  }

  private keys(): string[] {
    const out: string[] = [];
    if (!this.store) return out;
    try {
      for (let i = 0; i < this.store.length; i++) {
        const k = this.store.key(i);
        if (k?.startsWith(JOURNAL_PREFIX)) out.push(k);
      }
    } catch {
      // Storage gone (revoked): nothing to read.
    }
    return out;
  }

  private write(seq: number, op: JournalOp): boolean {
    if (!this.store) return false;
    const text = (o: JournalOp) => JSON.stringify({ v: 1, op: o });
    const stripped = (articles: StoredArticle[]) =>
      text({ kind: "putArticles", articles: articles.map(pendingCopy) });
    let value: string;
    if (op.kind === "putArticles" && op.articles.length > 1) value = stripped(op.articles);
    else {
      value = text(op);
      if (value.length > MAX_ENTRY_CHARS && op.kind === "putArticles") value = stripped(op.articles);
    }
    try {
      this.store.setItem(JOURNAL_PREFIX + seq, value);
      return true;
    } catch {
      // Quota: the write goes on without its entry (the unload guard then asks before leaving).
      return false;
    }
  }

  /**
   * Records `op` before its write starts. Returns the entry's seq (to clear once the write has
   * settled), or null when it could not be recorded.
   */
  append(op: JournalOp): number | null {
    if (!this.store) return null;
    if (op.kind === "deleteArticle") this.forget(op.key);
    const seq = Math.max(this.last + 1, Date.now() * 1000);
    this.last = seq;
    if (!this.write(seq, op)) return null;
    this.open.set(seq, op);
    return seq;
  }

  /** Drops an article (and its corrections) from this page's earlier entries. */
  private forget(articleKey: string): void {
    for (const [seq, op] of [...this.open]) {
      if (op.kind === "putCorrection" && op.correction.articleKey === articleKey) this.clear(seq);
      if (op.kind !== "putArticles" || !op.articles.some((a) => a.key === articleKey)) continue;
      const rest = op.articles.filter((a) => a.key !== articleKey);
      if (rest.length === 0) this.clear(seq);
      else {
        const kept: JournalOp = { kind: "putArticles", articles: rest };
        this.open.set(seq, kept);
        if (!this.write(seq, kept)) this.clear(seq);
      }
    }
  }

  clear(seq: number): void {
    this.open.delete(seq);
    try {
      this.store?.removeItem(JOURNAL_PREFIX + seq);
    } catch {
      // Nothing to do: a leftover entry is replayed harmlessly (idempotent).
    }
  }

  /** Entries left by an earlier page, oldest first; unreadable ones are removed and described. */
  leftovers(): { entries: JournalEntry[]; problems: string[] } {
    const entries: JournalEntry[] = [];
    const problems: string[] = [];
    for (const key of this.keys()) {
      const seq = Number(key.slice(JOURNAL_PREFIX.length));
      if (this.open.has(seq)) continue;
      let why: string | null;
      let op: unknown = null;
      try {
        const parsed: unknown = JSON.parse(this.store?.getItem(key) ?? "null");
        op = isObject(parsed) ? parsed.op : null;
        why = !Number.isFinite(seq)
          ? "a malformed key"
          : isObject(parsed) && parsed.v === 1
            ? invalid(op)
            : "an unknown format";
      } catch (err) {
        why = err instanceof Error ? err.message : String(err);
      }
      if (why === null) entries.push({ seq, op: op as JournalOp });
      else {
        problems.push(`An unsaved change from your last visit could not be read and was ignored (${why}).`);
        try {
          this.store?.removeItem(key);
        } catch {
          // Ignored either way.
        }
      }
    }
    entries.sort((a, b) => a.seq - b.seq);
    return { entries, problems };
  }
}

/**
 * Replays the leftover entries into `storage`, oldest first, then removes them; returns what the
 * storage holds afterwards and the problems met. Throws (leaving the entries) if the storage fails.
 */
export async function replayJournal(
  storage: WorkbenchStorage,
  journal: Journal,
): Promise<{ data: WorkbenchData; replayed: number; problems: string[] }> {
  const { entries, problems } = journal.leftovers();
  const before = await storage.loadAll();
  if (entries.length === 0) return { data: before, replayed: 0, problems };
  const articles = new Map(before.articles.map((a) => [a.key, a]));
  // Articles removed by the replayed entries (a correction may also be of a bundled article, never stored).
  const removed = new Set<string>();
  for (const { op } of entries) {
    if (op.kind === "putCorrection" && removed.has(op.correction.articleKey)) continue;
    if (op.kind === "putArticles") {
      // An article journaled without its result does not replace the same article stored with one.
      const put = op.articles.filter((a) => {
        const have = articles.get(a.key);
        return !(
          a.result === null &&
          have?.result &&
          have.contentHash === a.contentHash &&
          have.input.published === a.input.published
        );
      });
      for (const a of put) {
        articles.set(a.key, a);
        removed.delete(a.key);
      }
      if (put.length > 0) await storage.putArticles(put);
      continue;
    }
    if (op.kind === "deleteArticle") {
      articles.delete(op.key);
      removed.add(op.key);
    }
    await applyOp(storage, op);
  }
  for (const { seq } of entries) journal.clear(seq);
  return { data: await storage.loadAll(), replayed: entries.length, problems };
}

/** window.localStorage when the browser allows it (it throws in some private modes), else null. */
export function browserJournalStore(): JournalStore | null {
  try {
    const s = globalThis.localStorage;
    if (!s) return null;
    const probe = `${JOURNAL_PREFIX}probe`;
    s.setItem(probe, "");
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
}
