import { describe, expect, it } from "vitest";
import type { EventOut } from "../../pipeline/contract";
import { MarkerHits, buildPointIndex } from "../map/markerHits";
import { FLAG_USER_EDITED, typeIndex } from "./columnCodes";
import {
  columnsFromIncidents,
  countInWindow,
  countriesInWindow,
  countryRows,
  markerRadius,
  mercatorX,
  mercatorY,
  rowsInWindow,
} from "./columns";
import type { Incident } from "./incident";

function incident(
  key: string,
  t0: number,
  t1: number,
  over: Partial<EventOut> = {},
  userEdited = false,
): Incident {
  const event = {
    id: key,
    type: "shelling",
    dateStart: "",
    dateEnd: "",
    datePrecision: "day",
    dateSource: "text",
    placeName: "Mosul",
    geonameId: null,
    countryCode: "IQ",
    lat: 36.34,
    lon: 43.13,
    precision: "city",
    killed: null,
    wounded: null,
    trigger: { start: 0, end: 0, text: "" },
    excerpt: { start: 0, end: 0, text: "" },
    toponym: null,
    date: null,
    ...over,
  } as EventOut;
  return {
    key,
    article: 0,
    event,
    t0,
    t1,
    casualties: (event.killed ?? 0) + (event.wounded ?? 0),
    userEdited,
  };
}

/** The reference answer: every incident whose [t0, t1] overlaps the window. */
function naiveInWindow(incidents: Incident[], start: number, end: number): string[] {
  return incidents.filter((i) => i.t0 <= end && i.t1 >= start).map((i) => i.key);
}

describe("incident columns", () => {
  const incidents = [
    incident("a", 10, 10),
    incident("b", 10, 40, { precision: "country", countryCode: "YE", type: "airstrike" }),
    incident("c", 12, 12, { killed: 5, wounded: 2 }, true),
    incident("d", 20, 25, { type: "nonsense" as EventOut["type"] }),
    incident("e", 30, 30, { precision: "country", countryCode: "SO" }),
  ];
  const cols = columnsFromIncidents(incidents);

  it("holds each field of each incident, in time order", () => {
    expect(cols.length).toBe(5);
    expect([...cols.t0]).toEqual([10, 10, 12, 20, 30]);
    expect([...cols.t1]).toEqual([10, 40, 12, 25, 30]);
    expect(cols.maxSpan).toBe(30);
    expect(cols.casualties[2]).toBe(7);
    expect(cols.flags[2]).toBe(FLAG_USER_EDITED);
    expect(cols.flags[0]).toBe(0);
    expect(cols.type[1]).toBe(typeIndex("airstrike"));
    expect(cols.type[3]).toBe(typeIndex("other"));
    expect(cols.countryCodes[cols.country[1] as number]).toBe("YE");
    expect(cols.x[0]).toBeCloseTo(mercatorX(43.13), 6);
    expect(cols.y[0]).toBeCloseTo(mercatorY(36.34), 6);
    expect([...cols.source]).toEqual([0, 1, 2, 3, 4]);
  });

  it("sorts unsorted input by time and keeps the way back to each incident", () => {
    const shuffled = [incidents[3], incidents[0], incidents[4]] as Incident[];
    const c = columnsFromIncidents(shuffled);
    expect([...c.t0]).toEqual([10, 20, 30]);
    expect([...c.source].map((k) => (shuffled[k] as Incident).key)).toEqual(["a", "d", "e"]);
  });

  it("finds the incidents of a window by binary search, long spans included", () => {
    for (const [start, end] of [
      [0, 9],
      [10, 10],
      [11, 11],
      [26, 29],
      [35, 50],
      [41, 99],
      [-1e7, 1e7],
    ] as const) {
      const keys = rowsInWindow(cols, { start, end }).map(
        (r) => (incidents[cols.source[r] as number] as Incident).key,
      );
      expect(keys, `${start}..${end}`).toEqual(naiveInWindow(incidents, start, end));
      expect(countInWindow(cols, { start, end })).toBe(keys.length);
    }
  });

  it("agrees with the naive scan on random data", () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const many = Array.from({ length: 2000 }, (_, i) => {
      const t0 = Math.floor(rand() * 400);
      return incident(`r${i}`, t0, t0 + (rand() < 0.1 ? Math.floor(rand() * 60) : 0));
    }).sort((a, b) => a.t0 - b.t0);
    const c = columnsFromIncidents(many);
    for (let k = 0; k < 50; k++) {
      const start = Math.floor(rand() * 420) - 10;
      const end = start + Math.floor(rand() * 40);
      expect(countInWindow(c, { start, end })).toBe(naiveInWindow(many, start, end).length);
    }
  });

  it("lists the countries whose whole-country incidents are in the window", () => {
    const index = countryRows(cols);
    expect([...countriesInWindow(cols, index, { start: 30, end: 30 })].sort()).toEqual(["SO", "YE"]);
    expect([...countriesInWindow(cols, index, { start: 35, end: 36 })]).toEqual(["YE"]);
    expect([...countriesInWindow(cols, index, { start: 0, end: 9 })]).toEqual([]);
  });
});

// The same answers from the point index (built as the cluster worker builds it) and from the
// window scan the page uses until that index arrives.
describe.each([
  ["the point index", true],
  ["the window scan", false],
])("picking with %s", (_, indexed) => {
  const a = incident("a", 10, 10, { lon: 10, lat: 10 });
  const b = incident("b", 12, 12, { lon: 10, lat: 10 });
  const c = incident("c", 10, 10, { lon: 11, lat: 10 });
  // Sorted by time: rows a = 0, c = 1, b = 2.
  const cols = columnsFromIncidents([a, c, b]);
  const picker = new MarkerHits(cols);
  if (indexed) picker.adopt(buildPointIndex(cols.x.slice(), cols.y.slice(), cols.length));
  const zoom = 6;
  const worldPx = 512 * 2 ** zoom;

  it("uses the index only once it is given one", () => {
    expect(picker.indexed).toBe(indexed);
  });

  it("hits the markers under the point that are in the window, in time order", () => {
    const mx = mercatorX(10);
    const my = mercatorY(10);
    expect(picker.pick(mx, my, zoom, { start: 0, end: 100 })).toEqual([0, 2]);
    expect(picker.pick(mx, my, zoom, { start: 12, end: 12 })).toEqual([2]);
    expect(picker.pick(mx, my, zoom, { start: 20, end: 30 })).toEqual([]);
  });

  it("misses a point just beyond the marker's radius and hits one just inside", () => {
    const r = markerRadius(0, 0, zoom) + 5;
    const my = mercatorY(10);
    expect(picker.pick(mercatorX(11) + (r - 1) / worldPx, my, zoom, { start: 0, end: 100 })).toEqual([1]);
    expect(picker.pick(mercatorX(11) + (r + 1) / worldPx, my, zoom, { start: 0, end: 100 })).toEqual([]);
    expect(picker.pick(mercatorX(11), my + (r + 1) / worldPx, zoom, { start: 0, end: 100 })).toEqual([]);
  });

  it("finds a marker from a world copy", () => {
    expect(picker.pick(mercatorX(11) + 1, mercatorY(10), zoom, { start: 0, end: 100 })).toEqual([1]);
    expect(picker.pick(mercatorX(11) - 1, mercatorY(10), zoom, { start: 0, end: 100 })).toEqual([1]);
  });

  it("leaves out markers hidden in a cluster", () => {
    const mx = mercatorX(10);
    const my = mercatorY(10);
    expect(picker.pick(mx, my, zoom, { start: 0, end: 100 }, (row) => row !== 0)).toEqual([2]);
  });
});
