/**
 * The analyst's workbench in the browser: every article the user added (what they gave, what the
 * pipeline made of it), their corrections and their merge decisions, in IndexedDB through Dexie.
 *
 * Schema versions (Dexie keeps the database's version; opening with a newer declaration upgrades it):
 *   1 — articles (key; indexes contentHash, urlKey, addedAt), corrections (id; articleKey),
 *       mergeDecisions (id; createdAt).
 * A version 2 is added by declaring it after version 1, never by editing version 1:
 *
 *     db.version(2)
 *       .stores({ articles: "key, contentHash, urlKey, addedAt, *tags" })   // only the tables that change
 *       .upgrade((tx) => tx.table("articles").toCollection().modify((a) => { a.tags ??= []; }));
 *
 * Dexie runs the upgrade once, inside the version-change transaction, for a database still at 1;
 * db.test.ts does exactly this to show that version 1 data survives it. Articles also carry the
 * pipeline version that produced their result, so a newer pipeline can re-extract them (and the
 * corrections, anchored to the evidence, find their events again).
 *
 * When IndexedDB is missing or refused (private mode, quota, blocked), `openStorage` returns an
 * in-memory storage with the reason, and the page says so; nothing else changes.
 */
import { Dexie, type Table } from "dexie";
import type { MergeDecision } from "../../reports/mergeReports";
import type { Correction } from "../../workbench/corrections";
import { MemoryStorage, type WorkbenchData, type WorkbenchStorage } from "./storage";
import type { StoredArticle } from "../../workbench/storedArticle";

export const DB_NAME = "conflict-map-workbench";

export class WorkbenchDb extends Dexie {
  articles!: Table<StoredArticle, string>;
  corrections!: Table<Correction, string>;
  mergeDecisions!: Table<MergeDecision, string>;

  constructor(name = DB_NAME, deps?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange }) {
    super(name, deps);
    declareVersions(this);
  }
}

/** Every schema version, oldest first. Exported so a test (or a future version) can build on them. */
export function declareVersions(db: Dexie): void {
  db.version(1).stores({
    articles: "key, contentHash, urlKey, addedAt",
    corrections: "id, articleKey",
    mergeDecisions: "id, createdAt",
  });
}

class DexieStorage implements WorkbenchStorage {
  readonly persistent = true;
  constructor(private readonly db: WorkbenchDb) {}
  async loadAll(): Promise<WorkbenchData> {
    const [articles, corrections, mergeDecisions] = await Promise.all([
      this.db.articles.orderBy("addedAt").toArray(),
      this.db.corrections.toArray(),
      this.db.mergeDecisions.orderBy("createdAt").toArray(),
    ]);
    return { articles, corrections, mergeDecisions };
  }
  async putArticles(articles: readonly StoredArticle[]): Promise<void> {
    await this.db.articles.bulkPut([...articles]);
  }
  async deleteArticle(key: string): Promise<void> {
    await this.db.transaction("rw", this.db.articles, this.db.corrections, async () => {
      await this.db.articles.delete(key);
      await this.db.corrections.where("articleKey").equals(key).delete();
    });
  }
  async putCorrection(c: Correction): Promise<void> {
    await this.db.corrections.put(c);
  }
  async deleteCorrection(id: string): Promise<void> {
    await this.db.corrections.delete(id);
  }
  async putDecision(d: MergeDecision): Promise<void> {
    await this.db.mergeDecisions.put(d);
  }
  async deleteDecision(id: string): Promise<void> {
    await this.db.mergeDecisions.delete(id);
  }
}

export interface OpenedStorage {
  storage: WorkbenchStorage;
  /** Why the work is kept in memory only; null when it is stored. */
  problem: string | null;
}

/** Dexie wraps the browser's error in `inner`; that one says what happened. */
function reasonOf(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const inner = (err as Error & { inner?: unknown }).inner;
  return inner instanceof Error ? inner.message || inner.name : err.message || err.name;
}

/**
 * Opens the browser's database, or explains why it cannot and falls back to memory. `deps` lets tests
 * pass fake-indexeddb; the page passes nothing (the global indexedDB).
 */
export async function openStorage(
  deps?: { indexedDB: IDBFactory | undefined; IDBKeyRange: typeof IDBKeyRange | undefined },
  name = DB_NAME,
): Promise<OpenedStorage> {
  const factory = deps ? deps.indexedDB : globalThis.indexedDB;
  const keyRange = deps ? deps.IDBKeyRange : globalThis.IDBKeyRange;
  if (!factory || !keyRange) {
    return {
      storage: new MemoryStorage(),
      problem: "This browser offers no storage (IndexedDB is missing)",
    };
  }
  const db = new WorkbenchDb(name, { indexedDB: factory, IDBKeyRange: keyRange });
  try {
    await db.open();
    return { storage: new DexieStorage(db), problem: null };
  } catch (err) {
    db.close();
    return { storage: new MemoryStorage(), problem: `The browser refused storage (${reasonOf(err)})` };
  }
}
