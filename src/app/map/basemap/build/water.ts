/**
 * Build time: lakes and major rivers drawn as water. The shapes are OpenStreetMap's water areas as the
 * npm packages @geo-maps/earth-lakes-1km and @geo-maps/earth-rivers-1km carry them (one MultiPolygon
 * each, simplified to 1 km; ODbL, credited on the map). The great lakes go in one world chunk drawn
 * at every zoom; everything else, simplified less, in cells fetched from WATER_DETAIL_MINZOOM.
 */
import { area, polygon, simplify } from "@turf/turf";
import type { Position } from "geojson";
import type { BBox } from "../chunks";

export interface WaterChunk {
  id: string;
  minzoom: number;
  bbox: BBox;
  polygons: number[][][][];
}

/** Lakes of this area or more are drawn at every zoom (km²). */
export const WORLD_LAKE_MIN_KM2 = 2500;
export const WATER_DETAIL_MINZOOM = 6;
/** Detail polygons smaller than this are dropped (km²): under a pixel or two at zoom 8. */
const DETAIL_MIN_KM2 = 8;
const CELL_DEGREES = 10;

const round3 = (n: number) => Math.round(n * 1000) / 1000;

function simplified(rings: Position[][], tolerance: number): number[][][] | null {
  const out = simplify(polygon(rings), { tolerance, highQuality: false }).geometry.coordinates.map((r) =>
    r.map(([x = 0, y = 0]) => [round3(x), round3(y)]),
  );
  return out[0] && out[0].length >= 4 ? out : null;
}

function bboxOf(polys: readonly number[][][][]): BBox {
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const p of polys) {
    for (const [x = 0, y = 0] of p[0] ?? [])
      [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
  }
  return outward([w, s, e, n]);
}

/** A box rounded outward to 0.01°, so the index stays short. */
export function outward([w, s, e, n]: BBox): BBox {
  return [
    Math.floor(w * 100) / 100,
    Math.floor(s * 100) / 100,
    Math.ceil(e * 100) / 100,
    Math.ceil(n * 100) / 100,
  ];
}

/** The water chunks from the lakes' and rivers' polygons (each: rings, outer first). */
export function waterChunks(lakes: readonly Position[][][], rivers: readonly Position[][][]): WaterChunk[] {
  const world: number[][][][] = [];
  const cells = new Map<string, number[][][][]>();
  const add = (rings: Position[][], isLake: boolean) => {
    if (!rings[0] || rings[0].length < 4) return;
    const km2 = area(polygon(rings)) / 1e6;
    if (isLake && km2 >= WORLD_LAKE_MIN_KM2) {
      const p = simplified(rings, 0.04);
      if (p) world.push(p);
      return;
    }
    if (km2 < DETAIL_MIN_KM2) return;
    const p = simplified(rings, 0.004);
    if (!p) return;
    const [x = 0, y = 0] = p[0]?.[0] ?? [];
    const key = `${Math.floor((x + 180) / CELL_DEGREES)}-${Math.floor((y + 90) / CELL_DEGREES)}`;
    const list = cells.get(key);
    if (list) list.push(p);
    else cells.set(key, [p]);
  };
  for (const rings of lakes) add(rings, true);
  for (const rings of rivers) add(rings, false);
  const chunks: WaterChunk[] = [
    { id: "water-world", minzoom: 0, bbox: [-180, -90, 180, 90], polygons: world },
  ];
  for (const [key, polygons] of [...cells].sort(([a], [b]) => a.localeCompare(b)))
    chunks.push({ id: `water-${key}`, minzoom: WATER_DETAIL_MINZOOM, bbox: bboxOf(polygons), polygons });
  return chunks;
}
