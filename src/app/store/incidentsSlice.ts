import type { StateCreator } from "zustand";
import type { ArticleResult } from "../../pipeline/contract";
import { uniqueId } from "../model/articles";
import { buildIncidents, type Built, type WorkbenchIncident } from "../workbench/buildIncidents";
import type { AppState } from "./store";

export interface IncidentsSlice {
  /** The bundled articles first, then the user's, in the order they were added. */
  articles: readonly ArticleResult[];
  /**
   * One incident per merged group of reports, with the user's corrections applied, sorted by time;
   * replaced (never mutated) whenever articles, corrections or merge decisions change.
   */
  incidents: readonly WorkbenchIncident[];
  /** How the incidents were made: their merged reports, and events still waiting for a date. */
  built: Built;
  /** Adds articles that are not the user's to keep (bundled data, benchmarks); ids made unique. Returns the keys of their incidents. */
  addArticles: (results: readonly ArticleResult[]) => string[];
  /** Replaces the article list and rebuilds the incidents (the workbench's actions go through here). */
  setArticles: (articles: readonly ArticleResult[]) => void;
}

/** The keys of the incidents that carry a report from one of `articleIds`. */
export function incidentKeysOf(
  built: Built,
  articles: readonly ArticleResult[],
  articleIds: ReadonlySet<string>,
): string[] {
  const keys: string[] = [];
  for (const inc of built.incidents) {
    const own = articleIds.has(articles[inc.article]?.id ?? "");
    if (own || built.groups.get(inc.key)?.reports.some((r) => articleIds.has(r.articleKey)))
      keys.push(inc.key);
  }
  return keys;
}

export const createIncidentsSlice =
  (seed: readonly ArticleResult[]): StateCreator<AppState, [], [], IncidentsSlice> =>
  (set, get) => {
    const built = buildIncidents(seed, [], [], () => false);
    return {
      articles: seed,
      incidents: built.incidents,
      built,
      setArticles: (articles) => {
        const { stored } = get();
        const b = buildIncidents(articles, get().corrections, get().mergeDecisions, (a) => stored.has(a.id));
        set({ articles, built: b, incidents: b.incidents });
      },
      addArticles: (results) => {
        const { articles } = get();
        const taken = new Set(articles.map((a) => a.id));
        const renamed = results.map((r) => {
          const id = uniqueId(r.id, taken);
          taken.add(id);
          return id === r.id ? r : { ...r, id };
        });
        get().setArticles([...articles, ...renamed]);
        return incidentKeysOf(get().built, get().articles, new Set(renamed.map((r) => r.id)));
      },
    };
  };
