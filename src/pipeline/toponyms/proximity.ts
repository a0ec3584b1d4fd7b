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
/**
 * A cell's number: rows of 1000 cells, offset so that every row (-91..91) and column (-186..186,
 * the search reaching a few cells past the antimeridian) gets its own number. No wrap-around.
 */
const cellKey = (i: number, j: number) => (i + 200) * 1000 + (j + 500);
const cellOf = (lat: number, lon: number) => cellKey(Math.floor(lat / CELL_DEG), Math.floor(lon / CELL_DEG));

/**
 * For each candidate (by identity) of each group, the number of other groups with a local
 * candidate within NEAR_KM. Groups are the article's distinct names, each with its candidates;
 * `supporters` (default: the same) are the candidates of each group that may lend support.
 */
export function nearbyGroups(
  groups: readonly (readonly Place[])[],
  supporters: readonly (readonly Place[])[] = groups,
): Map<Place, number> {
  const grid = new Map<number, { group: number; place: Place }[]>();
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
      let seen: Set<number> | undefined;
      const latCells = Math.ceil(NEAR_KM / 111 / CELL_DEG);
      const lonCells = Math.ceil(
        NEAR_KM / (111 * Math.max(0.1, Math.cos((c.lat * Math.PI) / 180))) / CELL_DEG,
      );
      const ci = Math.floor(c.lat / CELL_DEG);
      const cj = Math.floor(c.lon / CELL_DEG);
      for (let i = ci - latCells; i <= ci + latCells; i++) {
        for (let j = cj - lonCells; j <= cj + lonCells; j++) {
          const cell = grid.get(cellKey(i, j));
          if (cell === undefined) continue;
          for (const e of cell) {
            if (e.group === group || seen?.has(e.group)) continue;
            if (distanceKm(c, e.place) <= NEAR_KM) (seen ??= new Set()).add(e.group);
          }
        }
      }
      if (seen) support.set(c, seen.size);
    }
  });
  return support;
}
