import { describe, expect, it } from "vitest";
import type { ArticleResult, EventOut } from "../../pipeline/contract";
import { compareIncidents, type Incident } from "../model/incident";
import { NO_FILTERS } from "./filterSlice";
import {
  selectHiddenInWindow,
  selectHistogram,
  selectSelectedIncident,
  selectVisibleCount,
  selectVisibleIncidents,
  selectWindowRange,
} from "./selectorsDerived";
import type { AppState } from "./store";

function inc(key: string, t0: number, type = "shelling"): Incident {
  const event = { id: key, type, precision: "city", placeName: "Tartu", toponym: 0, date: null } as EventOut;
  return { key, article: 0, event, t0, t1: t0, casualties: 0 };
}

const incidents = [inc("a", 100), inc("b", 103, "aid"), inc("c", 110)].sort(compareIncidents);
const articles = [{ id: "x", toponyms: [{ text: "Tartu" }], dates: [] }] as unknown as ArticleResult[];
const base = {
  incidents,
  articles,
  filters: NO_FILTERS,
  day: 103,
  windowLength: "last-4",
  selectedKey: null,
} as unknown as AppState;

describe("derived selectors", () => {
  it("give the window and the incidents visible in it after the filters", () => {
    expect(selectWindowRange(base)).toEqual({ start: 100, end: 103 });
    expect(selectVisibleIncidents(base).map((i) => i.key)).toEqual(["a", "b"]);
    const filtered = { ...base, filters: { ...NO_FILTERS, types: ["aid"] } } as AppState;
    expect(selectVisibleIncidents(filtered).map((i) => i.key)).toEqual(["b"]);
  });

  it("keep the histogram while only the day moves, and recompute it when the filters change", () => {
    const h = selectHistogram(base);
    expect(h?.counted).toBe(3);
    expect(selectHistogram({ ...base, day: 110 } as AppState)).toBe(h);
    expect(selectHistogram({ ...base, windowLength: "day" } as AppState)).toBe(h);
    const other = selectHistogram({ ...base, filters: { ...NO_FILTERS, types: ["aid"] } } as AppState);
    expect(other).not.toBe(h);
    expect(other?.counted).toBe(1);
  });

  it("give the selected incident with its article and toponym", () => {
    expect(selectSelectedIncident(base)).toBeNull();
    const s = selectSelectedIncident({ ...base, selectedKey: "c" } as AppState);
    expect(s?.incident.key).toBe("c");
    expect(s?.article).toBe(articles[0]);
    expect(s?.toponym?.text).toBe("Tartu");
    expect(s?.date).toBeUndefined();
    expect(selectSelectedIncident({ ...base, selectedKey: "missing" } as AppState)).toBeNull();
  });

  it("count the window's incidents, and those the filters hide in it", () => {
    expect(selectVisibleCount(base)).toBe(2);
    expect(selectHiddenInWindow(base)).toBe(0);
    const aidOnly = { ...base, filters: { ...NO_FILTERS, types: ["aid"] } } as AppState;
    expect(selectVisibleCount(aidOnly)).toBe(1);
    expect(selectHiddenInWindow(aidOnly)).toBe(1);
    expect(selectHiddenInWindow({ ...aidOnly, day: 110 } as AppState)).toBe(1);
    expect(selectHiddenInWindow({ ...aidOnly, day: 110, windowLength: "last-11" } as AppState)).toBe(2);
  });
});
