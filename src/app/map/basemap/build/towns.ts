/**
 * Build time: the basemap's town and village chunks from GeoNames cities500 (the gazetteer's source),
 * by rule: every populated place that is not a section of another (PPLX), historical, abandoned or
 * religious, in the tier of its population (townTiers.ts), cut into the tier's cells. A place within
 * its tier's merge distance of a bigger place already kept is dropped (a suburb, a duplicate entry).
 */
import { distanceKm } from "../../../../gazetteer/distance";
import { LABEL_FONT_CHARS, NOT_A_CITY } from "../../../../gazetteer/build/labels";
import type { BBox } from "../chunks";
import { tierOf, TOWN_TIERS, type TownTier } from "../townTiers";

/** One place in a chunk: [name, lon, lat, population]. */
export type TownRow = [string, number, number, number];

export interface Town {
  name: string;
  lon: number;
  lat: number;
  population: number;
  tier: TownTier;
}

export interface TownChunk {
  tier: TownTier;
  /** The cell's column and row (from -180° and -90°). */
  cell: [number, number];
  bbox: BBox;
  towns: TownRow[];
}

/** Coordinates to 3 decimals (about 100 m), enough for a label. */
const round3 = (n: number) => Math.round(n * 1000) / 1000;

function parseTown(line: string): Town | null {
  const f = line.split("\t");
  if (f.length < 15) return null;
  const [, name, ascii, , lat, lon, featureClass, featureCode, , , , , , , pop] = f;
  if (!name || featureClass !== "P" || !featureCode || NOT_A_CITY.has(featureCode)) return null;
  const population = Number(pop) || 0;
  const tier = tierOf(population, featureCode === "PPLC");
  if (!tier) return null;
  const label = LABEL_FONT_CHARS.test(name) ? name : ascii && LABEL_FONT_CHARS.test(ascii) ? ascii : null;
  const la = Number(lat);
  const lo = Number(lon);
  if (!label || !Number.isFinite(la) || !Number.isFinite(lo)) return null;
  return { name: label, lon: lo, lat: la, population, tier };
}

/** A grid of kept places, for "is a bigger place near" in constant time per place. */
class NearIndex {
  private readonly cells = new Map<string, Town[]>();
  constructor(private readonly cellDegrees: number) {}
  private key(x: number, y: number): string {
    return `${x}:${y}`;
  }
  add(t: Town): void {
    const k = this.key(Math.floor(t.lon / this.cellDegrees), Math.floor(t.lat / this.cellDegrees));
    const list = this.cells.get(k);
    if (list) list.push(t);
    else this.cells.set(k, [t]);
  }
  /** Whether a kept place lies within km of t (km must not exceed the cell size, ~1° = 111 km). */
  near(t: Town, km: number): boolean {
    const cx = Math.floor(t.lon / this.cellDegrees);
    const cy = Math.floor(t.lat / this.cellDegrees);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const k of this.cells.get(this.key(cx + dx, cy + dy)) ?? [])
          if (distanceKm(k, t) < km) return true;
      }
    }
    return false;
  }
}

/** The towns to label, biggest first, from the text of cities500.txt. */
export function selectTowns(tsv: string): Town[] {
  const all: Town[] = [];
  for (const line of tsv.split("\n")) {
    if (!line) continue;
    const t = parseTown(line);
    if (t) all.push(t);
  }
  all.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  const index = new NearIndex(0.25);
  const kept: Town[] = [];
  for (const t of all) {
    if (index.near(t, t.tier.mergeKm)) continue;
    index.add(t);
    kept.push(t);
  }
  return kept;
}

/** The towns cut into their tier's cells; each chunk's rows biggest first. */
export function townChunks(towns: readonly Town[]): TownChunk[] {
  const chunks = new Map<string, TownChunk>();
  for (const t of towns) {
    const d = t.tier.cellDegrees;
    const x = Math.min(Math.floor((t.lon + 180) / d), Math.ceil(360 / d) - 1);
    const y = Math.min(Math.floor((t.lat + 90) / d), Math.ceil(180 / d) - 1);
    const key = `${t.tier.id}:${x}:${y}`;
    let chunk = chunks.get(key);
    if (!chunk) {
      const west = -180 + x * d;
      const south = -90 + y * d;
      chunk = {
        tier: t.tier,
        cell: [x, y],
        bbox: [west, south, Math.min(180, west + d), Math.min(90, south + d)],
        towns: [],
      };
      chunks.set(key, chunk);
    }
    chunk.towns.push([t.name, round3(t.lon), round3(t.lat), t.population]);
  }
  const order = new Map(TOWN_TIERS.map((t, i) => [t.id, i]));
  return [...chunks.values()].sort(
    (a, b) =>
      (order.get(a.tier.id) ?? 0) - (order.get(b.tier.id) ?? 0) ||
      a.cell[0] - b.cell[0] ||
      a.cell[1] - b.cell[1],
  );
}
