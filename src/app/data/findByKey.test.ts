import { describe, expect, it } from "vitest";
import { IncidentSetBuilder, type IncidentSet } from "./incidentSet";
import { LoadedSet, SetIncident, mergeByTime } from "./setIncidents";
import { findIndexByKey } from "./findByKey";
import type { Incident } from "../model/incident";

function set(n: number, ids: boolean): IncidentSet {
  const b = new IncidentSetBuilder();
  const a = b.article({ id: "feed-a", title: "A", published: "2024-01-01" });
  const c = b.article({ id: "feed-b", title: "B", published: "2024-01-01" });
  for (let i = 0; i < n; i++) {
    b.add({
      lon: i % 40,
      lat: i % 20,
      t0: 19000 + (i % 9),
      t1: 19000 + (i % 9),
      killed: null,
      wounded: null,
      type: 0,
      precision: 1,
      datePrecision: 0,
      flags: 0,
      place: "P",
      country: "ML",
      article: i % 3 === 0 ? a : c,
      excerpt: "",
      id: ids ? `ev-${i}` : null,
    });
  }
  return b.finish();
}

const made = (list: readonly Incident[]) =>
  list.filter((i) => i instanceof SetIncident && (i as unknown as { cachedKey?: string }).cachedKey !== undefined)
    .length;

describe("findIndexByKey", () => {
  for (const ids of [false, true]) {
    it(`finds every set row by its key without making the others' keys (${ids ? "ids" : "row numbers"})`, () => {
      const loaded = new LoadedSet(set(120, ids), ["feed-a", "feed-b"]);
      const other = { t0: 19004, t1: 19004, key: "mine::1" } as unknown as Incident;
      const list = mergeByTime(loaded.incidents as readonly Incident[], [other]);
      const keys = loaded.incidents.map((i) => i.key);
      for (const inc of loaded.incidents) (inc as unknown as { cachedKey?: string }).cachedKey = undefined;
      keys.forEach((key, n) => {
        const at = findIndexByKey(list, [loaded], key);
        expect(list[at]).toBe(loaded.incidents[n]);
      });
      expect(made(list)).toBe(0);
      expect(findIndexByKey(list, [loaded], "mine::1")).toBe(list.indexOf(other));
      expect(findIndexByKey(list, [loaded], "feed-a::nope")).toBe(-1);
      expect(findIndexByKey(list, [loaded], null)).toBe(-1);
    });
  }

  it("falls back to the keys when the list holds a set row as another incident", () => {
    const loaded = new LoadedSet(set(30, false), ["feed-a", "feed-b"]);
    const target = loaded.incidents[7] as SetIncident;
    const stand = { t0: target.t0, t1: target.t1, key: target.key } as unknown as Incident;
    const list = loaded.incidents.map((i) => (i === target ? stand : i));
    expect(findIndexByKey(list, [loaded], target.key)).toBe(7);
  });
});
