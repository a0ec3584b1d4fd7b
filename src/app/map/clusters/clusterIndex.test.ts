import { describe, expect, it } from "vitest";
import type { EventOut } from "../../../pipeline/contract";
import { columnsFromIncidents } from "../../model/columns";
import type { Incident } from "../../model/incident";
import { CLUSTER_MAX_ZOOM, ClusterIndex, groupPlaces, latOf, lonOf } from "./clusterIndex";

function incident(key: string, lon: number, lat: number, t0: number, t1 = t0): Incident {
  const event = { id: key, type: "attack", precision: "city", lon, lat, countryCode: "XX" } as EventOut;
  return { key, article: 0, event, t0, t1, casualties: 0 };
}

const WORLD: [number, number, number, number] = [-180, -85, 180, 85];

/** Two towns 0.2 degrees apart (one cluster at low zoom), one far away, days 10..19. */
const incidents: Incident[] = [];
for (let d = 10; d < 20; d++) {
  incidents.push(incident(`a${d}`, 30, 10, d));
  if (d % 2 === 0) incidents.push(incident(`b${d}`, 30.2, 10, d));
  if (d >= 15) incidents.push(incident(`far${d}`, -60, -20, d));
}
incidents.sort((p, q) => p.t0 - q.t0);
const cols = columnsFromIncidents(incidents);
const keysOf = (rows: number[]) => rows.map((r) => (incidents[cols.source[r] as number] as Incident).key);

describe("groupPlaces", () => {
  it("groups the rows in the window by place, in time order, and marks the rest -1", () => {
    const g = groupPlaces(cols, { start: 14, end: 16 });
    expect(g.total).toBe(3 + 2 + 2);
    expect(g.x.length).toBe(3);
    const byPlace = Array.from({ length: 3 }, (_, p) =>
      keysOf([...g.rows.subarray(g.start[p], g.start[p + 1])]),
    );
    expect(byPlace).toContainEqual(["a14", "a15", "a16"]);
    expect(byPlace).toContainEqual(["b14", "b16"]);
    expect(byPlace).toContainEqual(["far15", "far16"]);
    const outside = [...g.placeOf].filter((p) => p < 0).length;
    expect(outside).toBe(cols.length - 7);
  });

  it("counts an incident spanning days when it overlaps the window", () => {
    const spanning = columnsFromIncidents([incident("long", 1, 1, 1, 30), incident("short", 1, 1, 2)]);
    expect(groupPlaces(spanning, { start: 20, end: 20 }).total).toBe(1);
  });

  it("round-trips mercator to degrees", () => {
    expect(lonOf(cols.x[0] as number)).toBeCloseTo(30, 4);
    expect(latOf(cols.y[0] as number)).toBeCloseTo(10, 4);
  });
});

describe("ClusterIndex", () => {
  const range = { start: 10, end: 19 };
  const index = new ClusterIndex(cols, range);

  it("counts the incidents of the window in its clusters and stacks, at every zoom", () => {
    for (let z = 0; z <= CLUSTER_MAX_ZOOM + 2; z++) {
      const features = index.countFeatures(WORLD, z);
      const counted = features.reduce((s, f) => s + f.n, 0);
      expect(counted).toBe(10 + 5 + 5);
    }
    const low = index.countFeatures(WORLD, 2);
    expect(low.map((f) => [f.kind, f.n]).sort()).toEqual([
      ["cluster", 15],
      ["stack", 5],
    ]);
    const high = index.countFeatures(WORLD, CLUSTER_MAX_ZOOM + 1);
    expect(high.every((f) => f.kind === "stack")).toBe(true);
    expect(high.map((f) => f.n).sort()).toEqual([10, 5, 5].sort());
  });

  it("follows the window", () => {
    const later = new ClusterIndex(cols, { start: 18, end: 19 });
    expect(later.countFeatures(WORLD, 2).reduce((s, f) => s + f.n, 0)).toBe(2 + 1 + 2);
  });

  it("lists a cluster's incidents in time order, capped, with the zoom that splits it", () => {
    const cluster = index.countFeatures(WORLD, 2).find((f) => f.kind === "cluster");
    expect(cluster).toBeDefined();
    const all = index.members("cluster", cluster!.id, 100);
    expect(all?.total).toBe(15);
    expect(all?.rows).toEqual([...(all?.rows ?? [])].sort((a, b) => a - b));
    expect(new Set(keysOf(all?.rows ?? []).map((k) => k[0]))).toEqual(new Set(["a", "b"]));
    expect(all?.expansionZoom).toBeGreaterThan(2);
    const capped = index.members("cluster", cluster!.id, 4);
    expect(capped?.rows).toEqual(all?.rows.slice(0, 4));
    expect(capped?.total).toBe(15);
    expect(index.members("cluster", 987654, 4)).toBeNull();
  });

  it("lists a stack's incidents", () => {
    const stack = index.countFeatures(WORLD, 2).find((f) => f.kind === "stack");
    expect(keysOf(index.members("stack", stack!.id, 10)?.rows ?? [])).toEqual([
      "far15",
      "far16",
      "far17",
      "far18",
      "far19",
    ]);
  });

  it("says from which zoom each row is drawn on its own: hidden in a cluster below it", () => {
    const identity = Uint32Array.from({ length: cols.length }, (_, i) => i);
    const free = index.freeZoomOfRows(identity);
    const rowOf = (key: string) => [...cols.source].findIndex((s) => incidents[s]?.key === key);
    const aFree = free[rowOf("a12")] as number;
    expect(aFree).toBeGreaterThan(2);
    expect(aFree).toBeLessThanOrEqual(CLUSTER_MAX_ZOOM + 1);
    expect(free[rowOf("b12")]).toBe(aFree);
    // The far stack is alone at every zoom.
    expect(free[rowOf("far15")]).toBe(0);
    // A split cluster: at the zoom the towns are free, no cluster holds them.
    expect(index.countFeatures(WORLD, aFree).filter((f) => f.kind === "cluster")).toEqual([]);
    expect(index.countFeatures(WORLD, aFree - 1).filter((f) => f.kind === "cluster")).toHaveLength(1);
  });

  it("finds the cluster a hidden row is inside, and none for a row drawn on its own", () => {
    const rowOf = (key: string) => [...cols.source].findIndex((src) => incidents[src]?.key === key);
    const cluster = index.countFeatures(WORLD, 2).find((f) => f.kind === "cluster");
    expect(index.clusterOfRow(rowOf("b14"), 2)).toEqual(cluster);
    expect(index.clusterOfRow(rowOf("far15"), 2)).toBeNull();
    expect(index.clusterOfRow(rowOf("a14"), CLUSTER_MAX_ZOOM + 1)).toBeNull();
  });
});
