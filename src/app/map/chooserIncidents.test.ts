import { describe, expect, it } from "vitest";
import { IncidentSetBuilder } from "../data/incidentSet";
import { LoadedSet, SetIncident } from "../data/setIncidents";
import type { Incident } from "../model/incident";
import { LOOKUP_MAX, chooserIncidents } from "./chooserIncidents";

function loadedSet(n: number): LoadedSet {
  const b = new IncidentSetBuilder();
  const a = b.article({ id: "feed-a", title: "A", published: "2024-01-01" });
  for (let i = 0; i < n; i++) {
    b.add({
      ...{ lon: i % 40, lat: i % 20, t0: 19000 + (i % 9), t1: 19000 + (i % 9) },
      ...{ killed: null, wounded: null, type: 0, precision: 1, datePrecision: 0, flags: 0 },
      ...{ place: "P", country: "ML", article: a, excerpt: "", id: `ev-${i}` },
    });
  }
  return new LoadedSet(b.finish(), ["feed-a"]);
}

const keyed = (list: readonly Incident[]) => list.map((i) => i.key);

describe("the chooser's incidents", () => {
  const loaded = loadedSet(200);
  const list = loaded.incidents as readonly Incident[];

  it("finds a few keys in the list's order, without making the other rows' keys; unknown ones left out", () => {
    const wanted = [list[150], list[3], list[77]].map((i) => (i as Incident).key);
    for (const inc of loaded.incidents) (inc as unknown as { cachedKey?: string }).cachedKey = undefined;
    const got = chooserIncidents(list, [loaded], [...wanted, wanted[0] as string]);
    expect(got).toEqual([list[3], list[77], list[150]]);
    const made = list.filter(
      (i) => i instanceof SetIncident && (i as unknown as { cachedKey?: string }).cachedKey !== undefined,
    );
    expect(made.length).toBeLessThanOrEqual(wanted.length);
    expect(chooserIncidents(list, [loaded], ["feed-a::nope", wanted[1] as string])).toEqual([list[3]]);
  });

  it("gives what one pass over the list gives, for many keys too", () => {
    const many = list.filter((_, n) => n % 3 === 0);
    const keys = keyed(many).reverse();
    expect(keys.length).toBeGreaterThan(LOOKUP_MAX);
    expect(keyed(chooserIncidents(list, [loaded], keys))).toEqual(keyed(many));
    const few = keys.slice(0, LOOKUP_MAX);
    expect(keyed(chooserIncidents(list, [loaded], few))).toEqual(
      keyed(list.filter((i) => few.includes(i.key))),
    );
  });
});
