import type { StateCreator } from "zustand";
import type { ArticleResult } from "../../pipeline/contract";
import { uniqueId } from "../model/articles";
import { incidentsOf, mergeSorted, type Incident } from "../model/incident";
import type { AppState } from "./store";

export interface IncidentsSlice {
  articles: readonly ArticleResult[];
  /** Every incident, sorted by time; replaced (never mutated) when articles are added. */
  incidents: readonly Incident[];
  /** Adds articles (ids made unique); returns the keys of the incidents they brought. */
  addArticles: (results: readonly ArticleResult[]) => string[];
}

export const createIncidentsSlice =
  (seed: readonly ArticleResult[]): StateCreator<AppState, [], [], IncidentsSlice> =>
  (set, get) => ({
    articles: seed,
    incidents: incidentsOf(seed),
    addArticles: (results) => {
      const { articles, incidents } = get();
      const taken = new Set(articles.map((a) => a.id));
      const renamed = results.map((r) => {
        const id = uniqueId(r.id, taken);
        taken.add(id);
        return id === r.id ? r : { ...r, id };
      });
      const added = incidentsOf(renamed, articles.length);
      set({ articles: [...articles, ...renamed], incidents: mergeSorted(incidents, added) });
      return added.map((i) => i.key);
    },
  });
