import { describe, expect, it } from "vitest";
import type { ArticleResult } from "../../pipeline/contract";
import { columnsFromIncidents } from "../model/columns";
import { incidentsOf } from "../model/incident";
import { filterIncidents } from "../store/filteredIncidents";
import { NO_FILTERS } from "../store/filterSlice";
import { stackedHistogram } from "../store/selectorsHistogram";
import { createAppStore } from "../store/store";
import { parseDay } from "../../time/days";
import { fixtureArticle } from "../../workbench/fixtures";
import { IncidentSetBuilder, type IncidentSet } from "./incidentSet";
import { articlesOfSet } from "./setArticles";
import { LoadedSet, SetIncident, mergeByTime } from "./setIncidents";

const day = (s: string) => parseDay(s) as number;

/** A set of `n` rows over two articles, with repeated places and days (as large sets have). */
function sampleSet(n: number): IncidentSet {
  const b = new IncidentSetBuilder();
  const a = b.article({ id: "feed-a", title: "Feed A", published: "2024-01-01" });
  const c = b.article({ id: "feed-b", title: "Feed B", published: "2024-01-02", url: "https://example.org/b" });
  for (let i = 0; i < n; i++) {
    const t0 = day("2023-01-01") + ((i * 7) % 40);
    b.add({
      lon: -10 + (i % 50),
      lat: 5 + (i % 30),
      t0,
      t1: t0 + (i % 5 === 0 ? 6 : 0),
      killed: i % 3 === 0 ? null : i % 11,
      wounded: i % 4 === 0 ? 2 : null,
      type: i % 7,
      precision: i % 5,
      datePrecision: i % 4,
      flags: 0,
      place: `Place ${i % 13}`,
      country: ["ML", "SY", "UA"][i % 3] as string,
      article: i % 2 === 0 ? a : c,
      excerpt: i % 6 === 0 ? "" : `Shelling near place ${i % 13} on day ${i % 40}.`,
      id: null,
    });
  }
  return b.finish();
}

/** The same set through the eager path the store used before: articles with events, then incidents. */
function eagerIncidents(set: IncidentSet) {
  return incidentsOf(articlesOfSet(set));
}

describe("incidents of a loaded set, from its columns", () => {
  it("make the same events, keys and times as the eager articles, on demand", () => {
    const set = sampleSet(300);
    const loaded = new LoadedSet(
      set,
      set.articles.map((a) => a.id),
    );
    const eager = new Map(eagerIncidents(set).map((inc) => [inc.key, inc]));
    expect(loaded.incidents).toHaveLength(300);
    for (const inc of loaded.incidents) {
      const want = eager.get(inc.key);
      expect(want, inc.key).toBeDefined();
      expect(inc.event).toEqual(want?.event);
      expect([inc.t0, inc.t1, inc.casualties]).toEqual([want?.t0, want?.t1, want?.casualties]);
    }
  });

  it("builds the same map columns, filters and histogram without making any event", () => {
    const set = sampleSet(500);
    const loaded = new LoadedSet(
      set,
      set.articles.map((a) => a.id),
    );
    const made = () =>
      loaded.incidents.filter((inc) => (inc as unknown as { cachedEvent?: unknown }).cachedEvent !== undefined)
        .length;
    const lazy = columnsFromIncidents(loaded.incidents);
    const filters = { ...NO_FILTERS, types: ["airstrike", "shelling"] as never, search: "place 3", exactOnly: true };
    const lazyFiltered = filterIncidents(loaded.incidents, loaded.articles, filters);
    const domain = { start: day("2023-01-01"), end: day("2023-03-01") };
    const lazyHistogram = stackedHistogram(loaded.incidents, domain);
    expect(made()).toBe(0);

    const eager = eagerIncidents(set);
    const cols = columnsFromIncidents(eager);
    for (const k of ["lon", "lat", "x", "y", "t0", "t1", "type", "precision", "casualties"] as const)
      expect(Array.from(lazy[k]), k).toEqual(Array.from(cols[k]));
    expect(lazy.countryCodes).toEqual(cols.countryCodes);
    const eagerFiltered = filterIncidents(eager, articlesOfSet(set), filters);
    expect(lazyFiltered.length).toBeGreaterThan(0);
    expect(lazyFiltered.map((i) => i.key).sort()).toEqual(eagerFiltered.map((i) => i.key).sort());
    expect(lazyHistogram).toEqual(stackedHistogram(eager, domain));
  });

  it("finds a row by its event id, and an article's events only when asked", () => {
    const set = sampleSet(40);
    const loaded = new LoadedSet(set, ["x", "y"]);
    const inc = loaded.incidents[17] as SetIncident;
    expect(inc.key).toBe(`${inc.row % 2 === 0 ? "x" : "y"}::${inc.event.id}`);
    expect(loaded.rowOfEventId(inc.event.id)).toBe(17);
    expect(loaded.rowOfEventId("nope")).toBe(-1);
    const article = loaded.articles[set.article[17] as number] as ArticleResult;
    expect(article.events.map((e) => e.id)).toContain(inc.event.id);
    expect(article.events.length).toBe(Array.from(set.article).filter((a) => a === set.article[17]).length);
  });
});

describe("mergeByTime", () => {
  it("keeps (t0, t1) order and puts the first list's incident first on a tie", () => {
    const a = [
      { t0: 1, t1: 1, n: "a1" },
      { t0: 3, t1: 4, n: "a2" },
    ];
    const b = [
      { t0: 1, t1: 1, n: "b1" },
      { t0: 2, t1: 9, n: "b2" },
      { t0: 3, t1: 3, n: "b3" },
    ];
    expect(mergeByTime(a, b).map((x) => x.n)).toEqual(["a1", "b1", "b2", "b3", "a2"]);
  });
});

describe("the store with a loaded set", () => {
  const seed = fixtureArticle("seed", [
    { sentence: "Gunmen attacked Menaka on Friday, killing 3.", trigger: "attacked", place: "Menaka", lat: 15.9, lon: 2.4, killed: 3 },
  ]);

  it("holds the set's rows beside the other incidents in time order, and details for any of them", () => {
    const store = createAppStore({ articles: [seed], day: null, windowLength: "all" });
    store.getState().setArticles([seed]);
    const set = sampleSet(200);
    expect(store.getState().addIncidentSet(set)).toBe(200);
    const { incidents, built, articles } = store.getState();
    expect(incidents).toHaveLength(201);
    for (let i = 1; i < incidents.length; i++)
      expect(incidents[i]!.t0).toBeGreaterThanOrEqual(incidents[i - 1]!.t0);
    const row = incidents.find((i) => i instanceof SetIncident) as SetIncident;
    expect(articles[row.article]?.id).toBe(set.articles[set.article[row.row] as number]?.id);
    expect(built.reportOf(row.key)?.event).toEqual(row.event);
    expect(built.groupOf(row.key)?.reports).toHaveLength(1);
    expect(built.reportOf(incidents.find((i) => !(i instanceof SetIncident))!.key)).toBeDefined();
  });

  it("adds a set, with the derived data every view reads, without making any incident's event", () => {
    const store = createAppStore({ articles: [seed], day: null, windowLength: "all" });
    store.getState().addIncidentSet(sampleSet(300));
    const state = store.getState();
    const domain = { start: day("2023-01-01"), end: day("2023-03-01") };
    columnsFromIncidents(filterIncidents(state.incidents, state.articles, NO_FILTERS));
    stackedHistogram(state.incidents, domain);
    const made = state.incidents.filter(
      (inc) => inc instanceof SetIncident && (inc as unknown as { cachedEvent?: unknown }).cachedEvent !== undefined,
    );
    expect(made).toHaveLength(0);
  });

  it("gives set articles unique ids, and a corrected set incident goes the workbench's way", () => {
    const store = createAppStore({ articles: [], day: null, windowLength: "all" });
    store.getState().addIncidentSet(sampleSet(30));
    store.getState().addIncidentSet(sampleSet(30));
    const ids = store.getState().articles.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(store.getState().incidents).toHaveLength(60);

    const target = store.getState().incidents[5] as SetIncident;
    store.getState().correct(target.key, { kind: "type", type: "statement" });
    const after = store.getState().incidents;
    expect(after).toHaveLength(60);
    const corrected = after.find((i) => i.key === target.key);
    expect(corrected?.event.type).toBe("statement");
    expect(corrected?.userEdited).toBe(true);
  });
});
