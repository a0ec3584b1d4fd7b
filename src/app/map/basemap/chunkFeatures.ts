/**
 * A fetched chunk (format in chunks.ts) turned into the GeoJSON features of its layer's sources.
 * Rows of the wrong shape are skipped: a damaged file draws less, never breaks the map.
 */
import type { Feature, MultiLineString, MultiPolygon, Point } from "geojson";
import type { ChunkLayer } from "./chunks";
import { townMinZoom } from "./townTiers";

export interface TownProps {
  name: string;
  population: number;
  minzoom: number;
}

export interface Admin1LabelProps {
  name: string;
  rank: number;
}

/** What one chunk adds to each source (basemapStyle.ts's source ids). */
export interface ChunkFeatures {
  towns?: Feature<Point, TownProps>[];
  "admin1-lines"?: Feature<MultiLineString>[];
  "admin1-labels"?: Feature<Point, Admin1LabelProps>[];
  water?: Feature<MultiPolygon>[];
}

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isLonLat = (v: unknown): v is [number, number] =>
  Array.isArray(v) && v.length >= 2 && isNum(v[0]) && isNum(v[1]);
const rows = (o: Record<string, unknown>, key: string): unknown[] => (Array.isArray(o[key]) ? o[key] : []);

function point<P>(lon: number, lat: number, properties: P): Feature<Point, P> {
  return { type: "Feature", geometry: { type: "Point", coordinates: [lon, lat] }, properties };
}

export function chunkFeatures(layer: ChunkLayer, json: unknown): ChunkFeatures {
  const o = (typeof json === "object" && json !== null ? json : {}) as Record<string, unknown>;
  if (layer === "towns") {
    const towns: Feature<Point, TownProps>[] = [];
    for (const r of rows(o, "towns")) {
      if (!Array.isArray(r) || typeof r[0] !== "string" || !isNum(r[1]) || !isNum(r[2]) || !isNum(r[3]))
        continue;
      towns.push(point(r[1], r[2], { name: r[0], population: r[3], minzoom: townMinZoom(r[3]) }));
    }
    return { towns };
  }
  if (layer === "admin1") {
    const lines = rows(o, "lines").filter(
      (l): l is [number, number][] => Array.isArray(l) && l.every(isLonLat),
    );
    const labels: Feature<Point, Admin1LabelProps>[] = [];
    for (const r of rows(o, "labels")) {
      if (!Array.isArray(r) || typeof r[0] !== "string" || !isNum(r[1]) || !isNum(r[2]) || !isNum(r[3]))
        continue;
      labels.push(point(r[1], r[2], { name: r[0], rank: r[3] }));
    }
    return {
      "admin1-lines": [
        { type: "Feature", properties: {}, geometry: { type: "MultiLineString", coordinates: lines } },
      ],
      "admin1-labels": labels,
    };
  }
  const polygons = rows(o, "polygons").filter(
    (p): p is [number, number][][] =>
      Array.isArray(p) &&
      p.length > 0 &&
      p.every((ring) => Array.isArray(ring) && ring.length >= 4 && ring.every(isLonLat)),
  );
  return {
    water: [{ type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: polygons } }],
  };
}
