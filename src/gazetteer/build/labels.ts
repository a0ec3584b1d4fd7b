/**
 * The basemap's city labels, chosen from GeoNames cities500 (the gazetteer's own source) by rule rather
 * than by hand: every national capital (feature code PPLC) and every other populated place of at least
 * LABEL_MIN_POPULATION people. The map ranks them by population (see src/app/map/cityLabels.ts).
 */
import { distanceKm } from "../distance";

/** One label, as written to data/cities-labels.json. */
export interface CityLabel {
  name: string;
  lat: number;
  lon: number;
  population: number;
  capital: boolean;
}

export const LABEL_MIN_POPULATION = 1_000_000;

/** A place closer than this to a more populous label is part of it (a borough, a twin city): no label of its own. */
export const LABEL_MIN_DISTANCE_KM = 25;

/**
 * Sections of a place (PPLX: a borough or district), historical, abandoned or destroyed places and
 * religious sites are not labelled as cities.
 */
export const NOT_A_CITY = new Set(["PPLX", "PPLH", "PPLQ", "PPLW", "PPLR", "PPLCH", "PPLF"]);

/** Characters the map's label font covers (Latin, Latin Extended, a few punctuation marks). */
export const LABEL_FONT_CHARS = /^[\u0020-\u024f\u1e00-\u1eff\u2018-\u201d]+$/u;

interface Row extends CityLabel {
  featureCode: string;
}

function parseRow(line: string): Row | null {
  const f = line.split("\t");
  if (f.length < 15) return null;
  const [, name, ascii, , lat, lon, , featureCode, , , , , , , pop] = f;
  if (!name || !featureCode) return null;
  const population = Number(pop) || 0;
  const capital = featureCode === "PPLC";
  if (!capital && population < LABEL_MIN_POPULATION) return null;
  if (NOT_A_CITY.has(featureCode)) return null;
  const label = LABEL_FONT_CHARS.test(name) ? name : ascii || name;
  return { name: label, lat: Number(lat), lon: Number(lon), population, capital, featureCode };
}

/**
 * Chooses the labels from the text of cities500.txt (GeoNames TSV). Capitals always stay; another city
 * within LABEL_MIN_DISTANCE_KM of a label already kept (capitals first, then by population) is dropped.
 * Sorted by population, largest first, so the file reads like a ranking.
 */
export function selectCityLabels(tsv: string): CityLabel[] {
  const rows: Row[] = [];
  for (const line of tsv.split("\n")) {
    if (!line) continue;
    const row = parseRow(line);
    if (row) rows.push(row);
  }
  rows.sort((a, b) => Number(b.capital) - Number(a.capital) || b.population - a.population);
  const kept: Row[] = [];
  for (const row of rows) {
    if (!row.capital && kept.some((k) => distanceKm(k, row) < LABEL_MIN_DISTANCE_KM)) continue;
    kept.push(row);
  }
  kept.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name));
  return kept.map(({ name, lat, lon, population, capital }) => ({ name, lat, lon, population, capital }));
}
