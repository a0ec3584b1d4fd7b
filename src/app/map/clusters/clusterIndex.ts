/**
 * Clusters of the incidents in a time window, from the columns (pure: the cluster worker runs it,
 * unit tests call it directly).
 *
 * The rows in the window are first grouped by place (the same point to about 10 m): a million
 * incidents fall on a few thousand places, so supercluster indexes places weighted by their number
 * of incidents (`n`), which keeps the index small and its build short at any size. For each place it
 * also finds the lowest zoom at which it is no longer inside a cluster ("free zoom"): the GPU layer
 * hides a row while the map's zoom is below it, so a zoom change needs no new data, only a uniform.
 */
import Supercluster, { type PointFeature } from "supercluster";
import type { DayWindow } from "../../model/columns";

/** What the index needs of the columns (t0-sorted rows, as model/columns.ts holds them). */
export interface ClusterColumns {
  length: number;
  x: Float32Array;
  y: Float32Array;
  t0: Int32Array;
  t1: Int32Array;
  maxSpan: number;
}

/** Zooms with clusters: 0..CLUSTER_MAX_ZOOM; from CLUSTER_MAX_ZOOM + 1 on every incident is drawn. */
export const CLUSTER_MAX_ZOOM = 9;
/** Cluster radius, in CSS pixels. */
export const CLUSTER_RADIUS_PX = 48;
/** Grid of place keys: 2^22 cells per world width (about 10 m at the equator). */
const GRID = 2 ** 22;

export interface PlaceGroups {
  /** Per place: mercator x, y, and its rows (rows[start[p]] .. rows[start[p + 1]] - 1, time order). */
  x: Float64Array;
  y: Float64Array;
  start: Uint32Array;
  rows: Uint32Array;
  /** Per row of the columns: its place, or -1 when it is not in the window. */
  placeOf: Int32Array;
  /** Rows in the window. */
  total: number;
}

/** Groups the rows in the window by place; places in order of their first row. Linear in the window. */
export function groupPlaces(cols: ClusterColumns, range: DayWindow): PlaceGroups {
  const placeOf = new Int32Array(cols.length).fill(-1);
  const ids = new Map<number, number>();
  const counts: number[] = [];
  const px: number[] = [];
  const py: number[] = [];
  let total = 0;
  const end = upperBound(cols.t0, range.end);
  const from = lowerBound(cols.t0, range.start - cols.maxSpan, end);
  for (let row = from; row < end; row++) {
    if ((cols.t1[row] as number) < range.start) continue;
    const x = cols.x[row] as number;
    const y = cols.y[row] as number;
    const key = Math.floor(x * GRID) * GRID + Math.floor(y * GRID);
    let p = ids.get(key);
    if (p === undefined) {
      p = counts.length;
      ids.set(key, p);
      counts.push(0);
      px.push(x);
      py.push(y);
    }
    counts[p] = (counts[p] as number) + 1;
    placeOf[row] = p;
    total++;
  }
  const start = new Uint32Array(counts.length + 1);
  for (let p = 0; p < counts.length; p++) start[p + 1] = (start[p] as number) + (counts[p] as number);
  const fill = start.slice(0, counts.length);
  const rows = new Uint32Array(total);
  for (let row = from; row < end; row++) {
    const p = placeOf[row] as number;
    if (p < 0) continue;
    rows[fill[p] as number] = row;
    fill[p] = (fill[p] as number) + 1;
  }
  return { x: Float64Array.from(px), y: Float64Array.from(py), start, rows, placeOf, total };
}

function upperBound(t0: Int32Array, day: number): number {
  let lo = 0;
  let hi = t0.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((t0[mid] as number) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBound(t0: Int32Array, day: number, hi: number): number {
  let lo = 0;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((t0[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function lonOf(x: number): number {
  return x * 360 - 180;
}

export function latOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

interface PlaceProps {
  p: number;
  n: number;
}
interface ClusterProps {
  n: number;
}

/** A cluster (several places) or a stack (several incidents at one place) drawn with its count. */
export interface CountFeature {
  kind: "cluster" | "stack";
  /** The supercluster cluster id, or the place index. */
  id: number;
  lon: number;
  lat: number;
  /** Incidents in it. */
  n: number;
}

export interface Members {
  /** Rows (time order), at most `cap` of them. */
  rows: number[];
  /** All the incidents in it. */
  total: number;
  /** The zoom at which a cluster splits (null for a stack: it never does). */
  expansionZoom: number | null;
}

const WORLD: [number, number, number, number] = [-180, -85.06, 180, 85.06];

export class ClusterIndex {
  readonly places: PlaceGroups;
  private readonly index: Supercluster<PlaceProps, ClusterProps>;
  /** Per place: the lowest zoom at which it is drawn on its own (CLUSTER_MAX_ZOOM + 1 at most). */
  readonly freeZoom: Uint8Array;

  constructor(cols: ClusterColumns, range: DayWindow) {
    this.places = groupPlaces(cols, range);
    const { x, y, start } = this.places;
    const count = x.length;
    this.index = new Supercluster<PlaceProps, ClusterProps>({
      maxZoom: CLUSTER_MAX_ZOOM,
      radius: CLUSTER_RADIUS_PX,
      extent: 512,
      map: (props) => ({ n: props.n }),
      reduce: (acc, props) => {
        acc.n += props.n;
      },
    });
    const features = new Array<PointFeature<PlaceProps>>(count);
    for (let p = 0; p < count; p++) {
      features[p] = {
        type: "Feature",
        geometry: { type: "Point", coordinates: [lonOf(x[p] as number), latOf(y[p] as number)] },
        properties: { p, n: (start[p + 1] as number) - (start[p] as number) },
      };
    }
    this.index.load(features);
    // A place free at zoom z is free at every zoom above (clusters at z are merged from those at z + 1).
    this.freeZoom = new Uint8Array(count).fill(CLUSTER_MAX_ZOOM + 1);
    for (let z = CLUSTER_MAX_ZOOM; z >= 0; z--) {
      for (const f of this.index.getClusters(WORLD, z)) {
        const props = f.properties as Partial<PlaceProps> & { cluster?: boolean };
        if (!props.cluster) this.freeZoom[props.p as number] = z;
      }
    }
  }

  /** Per row of `bufferRows` (GPU buffer order -> column row): the zoom from which it is drawn, 0 when always. */
  freeZoomOfRows(bufferRows: Uint32Array): Uint8Array {
    const out = new Uint8Array(bufferRows.length);
    const { placeOf } = this.places;
    for (let i = 0; i < bufferRows.length; i++) {
      const p = placeOf[bufferRows[i] as number] as number;
      if (p >= 0) out[i] = this.freeZoom[p] as number;
    }
    return out;
  }

  /** Clusters and stacks in a box (west, south, east, north in degrees) at a zoom. */
  countFeatures(bbox: [number, number, number, number], zoom: number): CountFeature[] {
    const out: CountFeature[] = [];
    for (const f of this.index.getClusters(bbox, zoom)) {
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const props = f.properties as { cluster?: boolean; cluster_id?: number; n: number; p?: number };
      if (props.cluster) out.push({ kind: "cluster", id: props.cluster_id as number, lon, lat, n: props.n });
      else if (props.n > 1) out.push({ kind: "stack", id: props.p as number, lon, lat, n: props.n });
    }
    return out;
  }

  /** The cluster a row is inside at a zoom, or null (not in the window, or drawn on its own). */
  clusterOfRow(row: number, zoom: number): CountFeature | null {
    const { placeOf, x, y } = this.places;
    const p = placeOf[row] ?? -1;
    const z = Math.floor(zoom);
    if (p < 0 || (this.freeZoom[p] as number) <= z) return null;
    // Clusters drift from their members as they merge, but not far: look a few radii around first.
    const d = (4 * CLUSTER_RADIUS_PX) / (512 * 2 ** z);
    const px = x[p] as number;
    const py = y[p] as number;
    const near: [number, number, number, number] = [
      lonOf(Math.max(0, px - d)),
      latOf(Math.min(1, py + d)),
      lonOf(Math.min(1, px + d)),
      latOf(Math.max(0, py - d)),
    ];
    for (const bbox of [near, WORLD]) {
      for (const f of this.index.getClusters(bbox, z)) {
        const props = f.properties as { cluster?: boolean; cluster_id?: number; n: number };
        if (!props.cluster) continue;
        const id = props.cluster_id as number;
        if (this.index.getLeaves(id, Infinity).some((leaf) => leaf.properties.p === p)) {
          const [lon, lat] = f.geometry.coordinates as [number, number];
          return { kind: "cluster", id, lon, lat, n: props.n };
        }
      }
    }
    return null;
  }

  /** The incidents of a cluster or a stack (time order, at most `cap`), or null when it is not in this index. */
  members(kind: CountFeature["kind"], id: number, cap: number): Members | null {
    const { start, rows, x } = this.places;
    const rowsOf = (p: number) => rows.subarray(start[p] as number, start[p + 1] as number);
    if (kind === "stack") {
      if (!(id >= 0 && id < x.length)) return null;
      const all = rowsOf(id);
      return {
        rows: Array.from(all.subarray(0, cap)),
        total: all.length,
        expansionZoom: null,
      };
    }
    let leaves: PointFeature<PlaceProps>[];
    let expansionZoom: number;
    try {
      leaves = this.index.getLeaves(id, Infinity) as PointFeature<PlaceProps>[];
      expansionZoom = this.index.getClusterExpansionZoom(id);
    } catch {
      return null;
    }
    const all: number[] = [];
    for (const leaf of leaves) for (const row of rowsOf(leaf.properties.p)) all.push(row);
    all.sort((a, b) => a - b);
    return { rows: all.slice(0, cap), total: all.length, expansionZoom };
  }
}
