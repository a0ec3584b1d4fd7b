/**
 * What the workbench stores and the contract of a storage for it, with the in-memory storage used
 * when IndexedDB is refused. Kept apart from db.ts so that the page's first bundle does not pull
 * Dexie: persistence.ts imports db.ts lazily.
 */
import type { MergeDecision } from "../../reports/mergeReports";
import type { Correction } from "../../workbench/corrections";
import type { StoredArticle } from "../../workbench/storedArticle";

export interface WorkbenchData {
  articles: StoredArticle[];
  corrections: Correction[];
  mergeDecisions: MergeDecision[];
}

export interface WorkbenchStorage {
  /** False when everything lives in memory only (lost on reload). */
  readonly persistent: boolean;
  loadAll(): Promise<WorkbenchData>;
  putArticles(articles: readonly StoredArticle[]): Promise<void>;
  /** Removes an article with its corrections. */
  deleteArticle(key: string): Promise<void>;
  putCorrection(c: Correction): Promise<void>;
  deleteCorrection(id: string): Promise<void>;
  putDecision(d: MergeDecision): Promise<void>;
  deleteDecision(id: string): Promise<void>;
}

/** The same contract in memory: used when IndexedDB is refused, and as the fallback after a failed write. */
export class MemoryStorage implements WorkbenchStorage {
  readonly persistent = false;
  private articles = new Map<string, StoredArticle>();
  private corrections = new Map<string, Correction>();
  private decisions = new Map<string, MergeDecision>();
  constructor(initial?: WorkbenchData) {
    for (const a of initial?.articles ?? []) this.articles.set(a.key, a);
    for (const c of initial?.corrections ?? []) this.corrections.set(c.id, c);
    for (const d of initial?.mergeDecisions ?? []) this.decisions.set(d.id, d);
  }
  loadAll(): Promise<WorkbenchData> {
    return Promise.resolve({
      articles: [...this.articles.values()].sort((a, b) => a.addedAt - b.addedAt),
      corrections: [...this.corrections.values()],
      mergeDecisions: [...this.decisions.values()].sort((a, b) => a.createdAt - b.createdAt),
    });
  }
  putArticles(articles: readonly StoredArticle[]): Promise<void> {
    for (const a of articles) this.articles.set(a.key, a);
    return Promise.resolve();
  }
  deleteArticle(key: string): Promise<void> {
    this.articles.delete(key);
    for (const [id, c] of this.corrections) if (c.articleKey === key) this.corrections.delete(id);
    return Promise.resolve();
  }
  putCorrection(c: Correction): Promise<void> {
    this.corrections.set(c.id, c);
    return Promise.resolve();
  }
  deleteCorrection(id: string): Promise<void> {
    this.corrections.delete(id);
    return Promise.resolve();
  }
  putDecision(d: MergeDecision): Promise<void> {
    this.decisions.set(d.id, d);
    return Promise.resolve();
  }
  deleteDecision(id: string): Promise<void> {
    this.decisions.delete(id);
    return Promise.resolve();
  }
}

/** The message shown while the workbench is kept in memory only. */
export function memoryOnlyMessage(problem: string): string {
  return `${problem}: your articles, corrections and merge decisions are kept only until this page is closed or reloaded. Export them to keep them.`;
}
