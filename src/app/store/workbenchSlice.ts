/**
 * The analyst's workbench: the user's own articles (kept in IndexedDB), their corrections and their
 * merge decisions. Every action journals and starts its write to storage first, then changes the store (the page
 * says "Saving…" until the write has committed: workbench/persistence.ts).
 */
import type { StateCreator } from "zustand";
import type { ArticleResult } from "../../pipeline/contract";
import type { MergeDecision } from "../../reports/mergeReports";
import type { Imported } from "../../reports/importGeoJson";
import { uniqueId } from "../model/articles";
import { anchorOf, type Correction, type CorrectionChange } from "../../workbench/corrections";
import type { WorkbenchData } from "../workbench/storage";
import type { StoredArticle } from "../../workbench/storedArticle";
import { contentHash, findDuplicate, normaliseUrl, type ArticleIdentity } from "../workbench/identity";
import { save } from "../workbench/persistence";
import { incidentKeysOf } from "./incidentsSlice";
import type { AppState } from "./store";

export interface WorkbenchSlice {
  /** The user's articles by key (a subset of `articles`: those with a record). */
  stored: ReadonlyMap<string, StoredArticle>;
  corrections: readonly Correction[];
  mergeDecisions: readonly MergeDecision[];
  /** Why the work is kept in memory only; null while it is stored in the browser. */
  storageProblem: string | null;
  /** The incident whose place the next map click sets (null: map clicks select as usual). */
  placingKey: string | null;
  loadWorkbench: (data: WorkbenchData, problem: string | null) => void;
  setStorageProblem: (problem: string | null) => void;
  /** Adds or replaces the user's articles (keys already unique); returns the keys of their incidents. */
  putStoredArticles: (records: readonly StoredArticle[]) => string[];
  removeArticle: (key: string) => void;
  /** Records a correction of one report (an incident key is its representative report's key). */
  correct: (reportKey: string, change: CorrectionChange) => void;
  undoCorrection: (id: string) => void;
  /** Takes one report out of its merged incident, for good. */
  splitReport: (incidentKey: string, reportKey: string) => void;
  /** Makes two incidents one. */
  mergeIncidents: (a: string, b: string) => void;
  undoDecision: (id: string) => void;
  startPlacing: (key: string) => void;
  cancelPlacing: () => void;
  /** Places the incident being placed (else the selected one) at a clicked point. */
  placeSelectedAt: (lon: number, lat: number) => void;
  /** Adds what an imported file holds; articles already here are not added twice. */
  importWork: (imported: Imported) => { added: number; known: number; corrections: number };
}

const identities = new WeakMap<ArticleResult, ArticleIdentity>();

/** The identities of every article in the page (bundled ones too), for "already added" checks. */
export function identitiesOf(state: AppState): ArticleIdentity[] {
  return state.articles.map((a) => {
    const record = state.stored.get(a.id);
    if (record)
      return { key: a.id, title: a.title || a.id, urlKey: record.urlKey, contentHash: record.contentHash };
    let id = identities.get(a);
    if (!id) {
      id = {
        key: a.id,
        title: a.title || a.id,
        urlKey: normaliseUrl(a.url),
        contentHash: contentHash(a.text),
      };
      identities.set(a, id);
    }
    return id;
  });
}

let nextId = 0;
function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${(nextId++).toString(36)}`;
}

function snapshot(state: AppState): WorkbenchData {
  return {
    articles: [...state.stored.values()],
    corrections: [...state.corrections],
    mergeDecisions: [...state.mergeDecisions],
  };
}

/** An article's result as the page holds it: a record not yet extracted has no incidents. */
function resultOf(record: StoredArticle): ArticleResult {
  return (
    record.result ?? {
      id: record.key,
      title: record.input.title ?? record.key,
      published: record.input.published ?? "",
      ...(record.input.url ? { url: record.input.url } : {}),
      text: record.input.text,
      toponyms: [],
      unresolved: [],
      dates: [],
      events: [],
    }
  );
}

export const createWorkbenchSlice: StateCreator<AppState, [], [], WorkbenchSlice> = (set, get) => {
  const write = (op: Parameters<typeof save>[0]) => save(op, () => snapshot(get()));
  const rebuild = () => get().setArticles(get().articles);
  return {
    stored: new Map(),
    corrections: [],
    mergeDecisions: [],
    storageProblem: null,
    placingKey: null,

    loadWorkbench: (data, problem) => {
      const stored = new Map(get().stored);
      const taken = new Set(get().articles.map((a) => a.id));
      const fresh = data.articles.filter((a) => !taken.has(a.key));
      for (const a of fresh) stored.set(a.key, a);
      get().setArticles([...get().articles, ...fresh.map(resultOf)], {
        stored,
        corrections: data.corrections,
        mergeDecisions: data.mergeDecisions,
        storageProblem: problem,
      });
    },

    setStorageProblem: (problem) => set({ storageProblem: problem }),

    putStoredArticles: (records) => {
      if (records.length === 0) return [];
      const stored = new Map(get().stored);
      const byKey = new Map(records.map((r) => [r.key, r]));
      const articles = get().articles.map((a) => {
        const r = byKey.get(a.id);
        if (!r) return a;
        byKey.delete(a.id);
        return resultOf(r);
      });
      for (const r of records) stored.set(r.key, r);
      // The write first: its transaction is under way before the incidents are rebuilt.
      write({ kind: "putArticles", articles: [...records] });
      get().setArticles([...articles, ...[...byKey.values()].map(resultOf)], { stored });
      return incidentKeysOf(get().built, get().articles, new Set(records.map((r) => r.key)));
    },

    removeArticle: (key) => {
      const stored = new Map(get().stored);
      stored.delete(key);
      set({
        stored,
        corrections: get().corrections.filter((c) => c.articleKey !== key),
        selectedKey: null,
      });
      write({ kind: "deleteArticle", key });
      get().setArticles(get().articles.filter((a) => a.id !== key));
    },

    correct: (reportKey, change) => {
      const from = get().built.reportOf(reportKey);
      const article = from ? get().articles[from.article] : undefined;
      const original = article?.events.find((e) => e.id === from?.event.id);
      if (!article || !original) return;
      const correction: Correction = {
        id: newId("c"),
        articleKey: article.id,
        anchor: anchorOf(article, original),
        change,
        createdAt: Date.now(),
      };
      write({ kind: "putCorrection", correction });
      set({ corrections: [...get().corrections, correction] });
      rebuild();
    },

    undoCorrection: (id) => {
      write({ kind: "deleteCorrection", id });
      set({ corrections: get().corrections.filter((c) => c.id !== id) });
      rebuild();
    },

    splitReport: (incidentKey, reportKey) => {
      const group = get().built.groupOf(incidentKey);
      if (!group) return;
      const others = group.reports.map((r) => r.key).filter((k) => k !== reportKey);
      const decision: MergeDecision = {
        id: newId("d"),
        kind: "split",
        key: reportKey,
        others,
        createdAt: Date.now(),
      };
      write({ kind: "putDecision", decision });
      set({ mergeDecisions: [...get().mergeDecisions, decision] });
      rebuild();
    },

    mergeIncidents: (a, b) => {
      const ga = get().built.groupOf(a);
      const gb = get().built.groupOf(b);
      if (!ga || !gb || a === b) return;
      const decision: MergeDecision = {
        id: newId("d"),
        kind: "merge",
        key: a,
        others: gb.reports.map((r) => r.key),
        createdAt: Date.now(),
      };
      write({ kind: "putDecision", decision });
      set({ mergeDecisions: [...get().mergeDecisions, decision] });
      rebuild();
    },

    undoDecision: (id) => {
      write({ kind: "deleteDecision", id });
      set({ mergeDecisions: get().mergeDecisions.filter((d) => d.id !== id) });
      rebuild();
    },

    startPlacing: (key) => set({ placingKey: key }),
    cancelPlacing: () => set({ placingKey: null }),
    placeSelectedAt: (lon, lat) => {
      const key = get().placingKey ?? get().selectedKey;
      if (!key || !Number.isFinite(lon) || !Number.isFinite(lat)) return;
      const event = get().built.reportOf(key)?.event;
      set({ placingKey: null });
      get().correct(key, {
        kind: "place",
        placeName: `Point placed on the map (${lat.toFixed(3)}, ${lon.toFixed(3)})`,
        countryCode: event?.countryCode ?? "",
        geonameId: null,
        lat,
        lon,
        precision: "exact",
        via: "map",
      });
    },

    importWork: (imported) => {
      const state = get();
      const known = identitiesOf(state);
      const taken = new Set(state.articles.map((a) => a.id));
      const rename = new Map<string, string>();
      const records: StoredArticle[] = [];
      let knownCount = 0;
      for (const a of imported.articles) {
        const dup = findDuplicate({ url: a.input.url, text: a.input.text }, known);
        if (dup) {
          rename.set(a.key, dup.key);
          knownCount++;
          continue;
        }
        const key = uniqueId(a.key, taken);
        taken.add(key);
        rename.set(a.key, key);
        const record: StoredArticle = {
          ...a,
          key,
          result: a.result ? { ...a.result, id: key } : null,
          urlKey: normaliseUrl(a.input.url),
          contentHash: contentHash(a.input.text),
        };
        records.push(record);
        known.push({
          key,
          title: a.input.title ?? key,
          urlKey: record.urlKey,
          contentHash: record.contentHash,
        });
      }
      const renameReport = (k: string) => {
        const at = k.indexOf("::");
        const article = at < 0 ? k : k.slice(0, at);
        const to = rename.get(article);
        return to === undefined ? k : `${to}${k.slice(article.length)}`;
      };
      const haveCorrection = new Set(state.corrections.map((c) => c.id));
      const corrections = imported.corrections
        .filter((c) => !haveCorrection.has(c.id) && rename.has(c.articleKey))
        .map((c) => ({ ...c, articleKey: rename.get(c.articleKey) as string }));
      const haveDecision = new Set(state.mergeDecisions.map((d) => d.id));
      const decisions = imported.mergeDecisions
        .filter((d) => !haveDecision.has(d.id))
        .map((d) => ({ ...d, key: renameReport(d.key), others: d.others.map(renameReport) }));
      for (const correction of corrections) write({ kind: "putCorrection", correction });
      for (const decision of decisions) write({ kind: "putDecision", decision });
      set({
        corrections: [...state.corrections, ...corrections],
        mergeDecisions: [...state.mergeDecisions, ...decisions],
      });
      get().putStoredArticles(records);
      if (records.length === 0) rebuild();
      return { added: records.length, known: knownCount, corrections: corrections.length };
    },
  };
};
