/**
 * Spatial co-location of local names: a town named in an article is usually near the article's
 * other towns and counties ("Paris and Henry County", "Columbus ... Phenix City"). For every
 * city- or county-level candidate, how many of the article's other names could be a place within
 * NEAR_KM of it. A grid of one-degree cells keeps this linear in the number of candidates.
 */
import type { Place } from "../../gazetteer/types";
import { distanceKm } from "../../gazetteer/distance";

export const NEAR_KM = 50;
const CELL_DEG = 1;

const isLocal = (p: Place) => p.kind === "city" || p.kind === "admin2";
const cellOf = (lat: number, lon: number) => `${Math.floor(lat / CELL_DEG)},${Math.floor(lon / CELL_DEG)}`;

/**
 * For each candidate (by identity) of each group, the number of other groups with a local
 * candidate within NEAR_KM. Groups are the article's distinct names, each with its candidates;
 * `supporters` (default: the same) are the candidates of each group that may lend support.
 */
export function nearbyGroups(
  groups: readonly (readonly Place[])[],
  supporters: readonly (readonly Place[])[] = groups,
): Map<Place, number> {
  const grid = new Map<string, { group: number; place: Place }[]>();
  supporters.forEach((candidates, group) => {
    for (const place of candidates) {
      if (!isLocal(place)) continue;
      const k = cellOf(place.lat, place.lon);
      let cell = grid.get(k);
      if (!cell) grid.set(k, (cell = []));
      cell.push({ group, place });
    }
  });
  const support = new Map<Place, number>();
  if (grid.size === 0) return support;
  // Degrees of longitude shrink toward the poles; look far enough east and west.
  groups.forEach((candidates, group) => {
    for (const c of candidates) {
      if (!isLocal(c)) continue;
      const seen = new Set<number>();
      const latCells = Math.ceil(NEAR_KM / 111 / CELL_DEG);
      const lonCells = Math.ceil(
        NEAR_KM / (111 * Math.max(0.1, Math.cos((c.lat * Math.PI) / 180))) / CELL_DEG,
      );
      const ci = Math.floor(c.lat / CELL_DEG);
      const cj = Math.floor(c.lon / CELL_DEG);
      for (let i = ci - latCells; i <= ci + latCells; i++) {
        for (let j = cj - lonCells; j <= cj + lonCells; j++) {
          for (const e of grid.get(`${i},${j}`) ?? []) {
            if (e.group === group || seen.has(e.group)) continue;
            if (distanceKm(c, e.place) <= NEAR_KM) seen.add(e.group);
          }
        }
      }
      if (seen.size > 0) support.set(c, seen.size);
    }
  });
  return support;
}
