/**
 * Towns and villages labelled by size as the zoom grows. The national capitals and cities of a million
 * or more are the first visit's labels (data/cities-labels.json, cityLabels.ts); every other populated
 * place of the gazetteer's source (GeoNames cities500) is in one of these tiers, each shipped as
 * chunks (chunks.ts) fetched when the zoom reaches it: one world file for the large towns, cells of
 * a few degrees for the small ones, so a chunk stays small where places are dense.
 */

export interface TownTier {
  id: string;
  /** Places of at least this population (and below the previous tier's minimum). */
  minPopulation: number;
  /** The zoom from which the tier's chunks are fetched and drawn. */
  minzoom: number;
  /** Width and height of a chunk's cell in degrees (360: one chunk for the world). */
  cellDegrees: number;
  /** A place this close (km) to a bigger place already labelled is part of it: no label of its own. */
  mergeKm: number;
}

/** Largest first; the first visit's labels stop at FIRST_VISIT_MIN_POPULATION. */
export const TOWN_TIERS: readonly TownTier[] = [
  { id: "towns-100k", minPopulation: 100_000, minzoom: 5, cellDegrees: 360, mergeKm: 10 },
  { id: "towns-20k", minPopulation: 20_000, minzoom: 7, cellDegrees: 10, mergeKm: 4 },
  { id: "villages", minPopulation: 0, minzoom: 8, cellDegrees: 2, mergeKm: 1 },
];

/** Places of this size (and capitals) are in data/cities-labels.json, not in the tiers. */
export const FIRST_VISIT_MIN_POPULATION = 1_000_000;

/**
 * The zoom from which a town is drawn: >=100k from 5 (>=300k from 4.5), >=20k from 7 (>=50k from
 * 6.5), >=5k from 8, everything from 9. Within a zoom, bigger places are placed first (collisions).
 */
export function townMinZoom(population: number): number {
  if (population >= 300_000) return 4.5;
  if (population >= 100_000) return 5;
  if (population >= 50_000) return 6.5;
  if (population >= 20_000) return 7;
  if (population >= 5_000) return 8;
  return 9;
}

/** The tier a place of this population belongs to (null: a first-visit city). */
export function tierOf(population: number, capital: boolean): TownTier | null {
  if (capital || population >= FIRST_VISIT_MIN_POPULATION) return null;
  return TOWN_TIERS.find((t) => population >= t.minPopulation) ?? null;
}
