import { describe, expect, it } from "vitest";
import type { ArticleResult, EventOut } from "../../pipeline/contract";
import { compareIncidents, type Incident } from "../model/incident";
import { NO_FILTERS, activeFilterCount, type Filters } from "./filterSlice";
import { filterIncidents, foldText, selectFilteredIncidents } from "./filteredIncidents";
import type { AppState } from "./store";

function inc(key: string, t0: number, over: Partial<EventOut> = {}, extra: Partial<Incident> = {}): Incident {
  const event = {
    id: key,
    type: "shelling",
    precision: "city",
    placeName: "Mosul",
    countryCode: "IQ",
    killed: null,
    wounded: null,
    toponym: null,
    date: null,
    excerpt: { start: 0, end: 10, text: "Shells fell on the market." },
    ...over,
  } as EventOut;
  return {
    key,
    article: 0,
    event,
    t0,
    t1: t0,
    casualties: (event.killed ?? 0) + (event.wounded ?? 0),
    ...extra,
  };
}

const articles = [{ id: "one" }, { id: "two" }] as ArticleResult[];
const all = [
  inc("a", 1, {
    type: "airstrike",
    killed: 12,
    placeName: "Kharkiv",
    excerpt: { start: 0, end: 1, text: "An air raid hit Kharkiv." },
  }),
  inc("b", 2, { precision: "near", placeName: "Homs" }),
  inc("c", 3, { precision: "country", placeName: "Mali", type: "attack" }, { article: 1 }),
  inc("d", 4, {
    precision: "exact",
    placeName: "Gaziantep",
    wounded: 3,
    excerpt: { start: 0, end: 1, text: "A café in Gaziantep was bombed." },
  }),
  { ...inc("e", 5, { placeName: "Ḥamāh" }), userEdited: true } as Incident,
].sort(compareIncidents);

const keys = (f: Partial<Filters>) =>
  filterIncidents(all, articles, { ...NO_FILTERS, ...f }).map((i) => i.key);

describe("filterIncidents", () => {
  it("returns the same array when no filter is set", () => {
    expect(filterIncidents(all, articles, NO_FILTERS)).toBe(all);
  });
  it("filters by type, article, casualties and precision", () => {
    expect(keys({ types: ["airstrike", "attack"] })).toEqual(["a", "c"]);
    expect(keys({ article: "two" })).toEqual(["c"]);
    expect(keys({ article: "missing" })).toEqual([]);
    expect(keys({ minCasualties: 3 })).toEqual(["a", "d"]);
    expect(keys({ minCasualties: 13 })).toEqual([]);
    expect(keys({ precisions: ["near", "country"] })).toEqual(["b", "c"]);
  });
  it("keeps only points and towns for 'exact places only'", () => {
    expect(keys({ exactOnly: true })).toEqual(["a", "d", "e"]);
  });
  it("keeps only the user's corrections", () => {
    expect(keys({ mineOnly: true })).toEqual(["e"]);
  });
  it("searches excerpts and place names, ignoring case and accents, every word required", () => {
    expect(keys({ search: "kharkiv" })).toEqual(["a"]);
    expect(keys({ search: "CAFE" })).toEqual(["d"]);
    expect(keys({ search: "hamah" })).toEqual(["e"]);
    expect(keys({ search: "market shells" })).toEqual(["b", "c", "e"]);
    expect(keys({ search: "market kharkiv" })).toEqual([]);
    expect(keys({ search: "   " })).toEqual(["a", "b", "c", "d", "e"]);
  });
  it("combines filters with AND and keeps time order", () => {
    expect(keys({ types: ["shelling"], precisions: ["exact", "city"] })).toEqual(["d", "e"]);
  });
  it("counts the filters that are on", () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...NO_FILTERS, types: ["aid"], search: "x", mineOnly: true })).toBe(3);
  });
});

describe("selectFilteredIncidents", () => {
  it("is memoised on the identity of its inputs", () => {
    const state = {
      incidents: all,
      articles,
      filters: { ...NO_FILTERS, types: ["shelling"] },
    } as unknown as AppState;
    const first = selectFilteredIncidents(state);
    expect(selectFilteredIncidents({ ...state })).toBe(first);
    const changed = selectFilteredIncidents({ ...state, filters: { ...state.filters } });
    expect(changed).not.toBe(first);
    expect(changed).toEqual(first);
  });
});

describe("foldText", () => {
  it("folds case, accents and spaces", () => {
    expect(foldText("Ḥamā  City")).toBe("hama city");
  });
});
