/**
 * How a marker shows its place's precision, on the map and in the legend (the GPU layer's shader
 * mirrors these radii, the picker hits with them):
 *   exact    a solid dot with a white centre point
 *   city     a solid dot
 *   near     a ring around the place (somewhere near it)
 *   region   a ring plus a dashed, lightly filled circle of REGION_RADIUS_M on the ground: an area
 *   country  a soft halo, and the country shaded (incidentLayers.ts)
 */
import { casualtyRadius, countryHaloRadius } from "../model/columns";
import { COUNTRY_PRECISION, PRECISION_INDEX } from "../model/columnCodes";

export const KIND_CITY = 0;
export const KIND_NEAR = 1;
export const KIND_COUNTRY = 2;
export const KIND_REGION = 3;
export const KIND_EXACT = 4;

/** The ground radius a region-precision incident is drawn with (a first-level region is about this wide). */
export const REGION_RADIUS_M = 60_000;
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

export function drawKind(precision: number): number {
  if (precision === COUNTRY_PRECISION) return KIND_COUNTRY;
  if (precision === PRECISION_INDEX.region) return KIND_REGION;
  if (precision === PRECISION_INDEX.near) return KIND_NEAR;
  if (precision === PRECISION_INDEX.exact) return KIND_EXACT;
  return KIND_CITY;
}

/** Draw layers, bottom first: country halos, region areas, near rings, dots (city and exact). */
export const DRAW_GROUPS: readonly (readonly number[])[] = [
  [KIND_COUNTRY],
  [KIND_REGION],
  [KIND_NEAR],
  [KIND_CITY, KIND_EXACT],
];

export function drawGroup(kind: number): number {
  return DRAW_GROUPS.findIndex((g) => g.includes(kind));
}

/** CSS pixels of `meters` on the ground at mercator y (0..1) and zoom (512-pixel tiles). */
export function groundPixels(meters: number, mercY: number, zoom: number): number {
  const latScale = Math.cosh(Math.PI * (1 - 2 * mercY));
  return (meters / EARTH_CIRCUMFERENCE_M) * latScale * 512 * 2 ** zoom;
}

/** The ring of a near (or region) marker, in CSS pixels. */
export function ringRadius(casualties: number): number {
  return 6 + casualtyRadius(casualties);
}

/** The region area's radius in CSS pixels (never smaller than its ring). */
export function regionAreaRadius(casualties: number, mercY: number, zoom: number): number {
  return Math.max(ringRadius(casualties), groundPixels(REGION_RADIUS_M, mercY, zoom));
}

/**
 * The radius a click hits a marker within, outline included, in CSS pixels. A region is hit on its
 * ring (the area around it stays clickable for what lies inside it).
 */
export function hitRadius(kind: number, casualties: number, zoom: number): number {
  if (kind === KIND_COUNTRY) return countryHaloRadius(zoom) + 1.5;
  if (kind === KIND_NEAR || kind === KIND_REGION) return ringRadius(casualties) + 1.5;
  return casualtyRadius(casualties) + 1.5;
}

/** The largest hit radius of any marker at this zoom. */
export function maxHitRadius(zoom: number): number {
  return Math.max(hitRadius(KIND_COUNTRY, 0, zoom), hitRadius(KIND_NEAR, 1e9, zoom));
}
