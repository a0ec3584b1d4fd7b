/**
 * Where a region's or a country's one label goes: the pole of inaccessibility (polylabel) of its
 * largest polygon, the point inside it farthest from its outline — never the centroid of a
 * multi-polygon's bounding box, which can fall in the sea or in a neighbour.
 */
import { area, polygon } from "@turf/turf";
import type { MultiPolygon, Polygon, Position } from "geojson";
import polylabel from "polylabel";

/** The largest polygon (by area on the sphere) of a geometry, as rings. */
export function largestPolygon(geometry: Polygon | MultiPolygon): Position[][] {
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let best = polys[0] ?? [];
  let bestArea = -1;
  for (const p of polys) {
    if (!p[0] || p[0].length < 4) continue;
    const a = area(polygon(p));
    if (a > bestArea) [best, bestArea] = [p, a];
  }
  return best;
}

/**
 * The label point of a geometry, [lon, lat]. Precision is in degrees, relative to the polygon's size
 * so that a small island and a continent cost the same few iterations.
 */
export function interiorPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const rings = largestPolygon(geometry);
  const outer = rings[0] ?? [];
  const xs = outer.map((p) => p[0] ?? 0);
  const ys = outer.map((p) => p[1] ?? 0);
  const size = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const p = polylabel(rings as number[][][], Number.isFinite(size) && size > 0 ? size / 200 : 0.01);
  return [p[0], p[1]];
}
