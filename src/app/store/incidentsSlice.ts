import type { StateCreator } from "zustand";
import type { ArticleResult } from "../../pipeline/contract";
import { mergeReports } from "../../reports/mergeReports";
import { reportFromEvent } from "../../reports/reportFromEvent";
import type { IncidentSet } from "../data/incidentSet";
import { LoadedSet, mergeByTime } from "../data/setIncidents";
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
  /** The loaded incident sets whose articles are still here (kept as columns, see data/setIncidents.ts). */
  sets: readonly LoadedSet[];
  /** Adds an incident set from the loader (its articles' ids made unique). Returns how many incidents it adds. */
  addIncidentSet: (set: IncidentSet) => number;
  /**
   * Replaces the article list and rebuilds the incidents (the workbench's actions go through here);
   * `also` is set in the same store update (one notification of the page's listeners, not two).
   */
  setArticles: (articles: readonly ArticleResult[], also?: Partial<AppState>) => void;
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

/** A set's article as buildIncidents sees it while none of its events is corrected: no events. */
const hollows = new WeakMap<ArticleResult, ArticleResult>();
function hollow(a: ArticleResult): ArticleResult {
  let h = hollows.get(a);
  if (!h) {
    // Not `{ ...a }`: spreading reads a set article's lazy `events` getter, making every row's event.
    const { events: _lazy, ...fields } = Object.getOwnPropertyDescriptors(a);
    h = Object.defineProperties({ events: [] } as Partial<ArticleResult>, fields) as ArticleResult;
    hollows.set(a, h);
  }
  return h;
}

/** The sets whose articles are all still in `articles`, together; each told where they are. */
function liveSets(sets: readonly LoadedSet[], articles: readonly ArticleResult[]): LoadedSet[] {
  if (sets.length === 0) return [];
  const at = new Map<ArticleResult, number>();
  articles.forEach((a, i) => at.set(a, i));
  return sets.filter((s) => {
    const base = s.articles.length > 0 ? at.get(s.articles[0] as ArticleResult) : undefined;
    if (base === undefined || !s.articles.every((a, i) => articles[base + i] === a)) return false;
    s.articleBase = base;
    return true;
  });
}

/**
 * buildIncidents over the articles, with the rows of loaded sets added from their columns: a set's
 * articles reach buildIncidents without events unless one of them carries a correction (then that
 * article goes the workbench's way, and its rows are left out here).
 */
function buildWithSets(
  articles: readonly ArticleResult[],
  sets: readonly LoadedSet[],
  state: Pick<AppState, "corrections" | "mergeDecisions" | "stored">,
): Built {
  const { corrections, mergeDecisions, stored } = state;
  if (sets.length === 0)
    return buildIncidents(articles, corrections, mergeDecisions, (a) => stored.has(a.id));
  const corrected = new Set(corrections.map((c) => c.articleKey));
  const ofSet = new Map<ArticleResult, LoadedSet>();
  for (const s of sets) for (const a of s.articles) ofSet.set(a, s);
  const view = articles.map((a) => (ofSet.has(a) && !corrected.has(a.id) ? hollow(a) : a));
  const built = buildIncidents(view, corrections, mergeDecisions, (a) => stored.has(a.id));
  let incidents: WorkbenchIncident[] = built.incidents;
  for (const s of sets) {
    const skip = s.articles.map((a) => corrected.has(a.id));
    const rows = skip.some(Boolean)
      ? s.incidents.filter((inc) => !skip[s.set.article[inc.row] as number])
      : s.incidents;
    incidents = mergeByTime(incidents, rows);
  }
  /** A set's row by its key (article id, "::", event id), when its article is not corrected. */
  const setReport = (key: string) => {
    for (const s of sets) {
      for (let i = 0; i < s.articles.length; i++) {
        const article = s.articles[i] as ArticleResult;
        if (corrected.has(article.id) || !key.startsWith(`${article.id}::`)) continue;
        const row = s.rowOfEventId(key.slice(article.id.length + 2));
        if (row >= 0 && s.set.article[row] === i)
          return { article, index: s.articleBase + i, inc: s.incidents[row] };
      }
    }
    return undefined;
  };
  return {
    ...built,
    incidents,
    reportOf: (key) => {
      const found = built.reportOf(key);
      if (found) return found;
      const r = setReport(key);
      return r?.inc ? { article: r.index, event: r.inc.event } : undefined;
    },
    groupOf: (key) => {
      const found = built.groupOf(key);
      if (found) return found;
      const r = setReport(key);
      return r?.inc
        ? mergeReports([reportFromEvent(r.article, r.inc.event, r.inc.t0, r.inc.t1)])[0]
        : undefined;
    },
  };
}

export const createIncidentsSlice =
  (seed: readonly ArticleResult[]): StateCreator<AppState, [], [], IncidentsSlice> =>
  (set, get) => {
    const built = buildIncidents(seed, [], [], () => false);
    return {
      articles: seed,
      incidents: built.incidents,
      built,
      sets: [],
      setArticles: (articles, also) => {
        const sets = liveSets(get().sets, articles);
        const b = buildWithSets(articles, sets, also ? { ...get(), ...also } : get());
        set({ ...also, articles, built: b, incidents: b.incidents, sets });
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
      addIncidentSet: (incidentSet) => {
        const { articles, sets } = get();
        const taken = new Set(articles.map((a) => a.id));
        const ids = incidentSet.articles.map((a) => {
          const id = uniqueId(a.id, taken);
          taken.add(id);
          return id;
        });
        const loaded = new LoadedSet(incidentSet, ids);
        set({ sets: [...sets, loaded] });
        get().setArticles([...articles, ...loaded.articles]);
        return get().sets.includes(loaded) ? incidentSet.length : 0;
      },
    };
  };
