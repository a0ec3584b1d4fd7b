/**
 * Countries from the npm package world-countries (names, alt spellings, demonyms, capital, CIA-style
 * centroid), plus a small general table of common English exonyms the data lacks.
 */
import { readFileSync } from "node:fs";
import { normalizeName } from "../normalize";
import type { BuildPlace } from "./model";
import { isLatinName, stableNegativeId } from "./text";

export const WORLD_COUNTRIES_PATH = "node_modules/world-countries/countries.json";

interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  independent: boolean | null;
  altSpellings: string[];
  capital: string[];
  latlng: [number, number];
  area: number;
  region: string;
  subregion: string;
  demonyms?: { eng?: { f: string; m: string } };
}

/**
 * Common English names for countries that world-countries does not carry as names or alt spellings
 * (general data, as a newspaper would write them; keys go through normalizeName).
 */
const ENGLISH_EXONYMS: Record<string, string[]> = {
  US: [
    "America",
    "United States",
    "the United States",
    "United States of America",
    "U.S.",
    "U.S.A.",
    "USA",
    "the US",
  ],
  GB: ["Britain", "Great Britain", "UK", "U.K.", "United Kingdom", "the United Kingdom", "the UK"],
  NL: ["Holland", "the Netherlands"],
  MM: ["Burma"],
  CI: ["Ivory Coast"],
  CZ: ["Czech Republic", "Czechia"],
  SZ: ["Swaziland", "Eswatini"],
  MK: ["Macedonia", "North Macedonia"],
  TL: ["East Timor"],
  VA: ["Vatican", "Vatican City", "the Vatican", "Holy See"],
  RU: ["Russian Federation"],
  CD: [
    "DR Congo",
    "DRC",
    "Democratic Republic of Congo",
    "Democratic Republic of the Congo",
    "Congo-Kinshasa",
    "Zaire",
  ],
  // Former names still used in news about history, diseases and treaties.
  LK: ["Ceylon"],
  TH: ["Siam"],
  ZW: ["Rhodesia"],
  BJ: ["Dahomey"],
  BF: ["Upper Volta"],
  KH: ["Kampuchea"],
  CG: ["Congo", "Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"],
  CV: ["Cape Verde", "Cabo Verde"],
  TR: ["Turkey", "Türkiye", "Turkiye"],
  KR: ["South Korea", "Korea", "Republic of Korea"],
  KP: ["North Korea", "DPRK", "D.P.R.K."],
  AE: ["UAE", "U.A.E.", "United Arab Emirates", "the Emirates", "Emirates"],
  BA: ["Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"],
  LA: ["Laos"],
  VN: ["Vietnam", "Viet Nam"],
  PS: ["Palestine", "Palestinian Territories", "Palestinian territories", "occupied Palestinian territories"],
  GM: ["Gambia", "the Gambia"],
  BS: ["Bahamas", "the Bahamas"],
  PH: ["Philippines", "the Philippines"],
  FM: ["Micronesia"],
  BN: ["Brunei"],
  CN: ["PRC", "People's Republic of China", "mainland China"],
  TW: ["Taiwan", "Republic of China"],
  SA: ["KSA", "Saudi Arabia"],
  SY: ["Syria"],
  IR: ["Iran", "Persia"],
  MD: ["Moldova"],
  TZ: ["Tanzania"],
  BO: ["Bolivia"],
  VE: ["Venezuela"],
  LY: ["Libya"],
  CF: ["Central African Republic", "CAR"],
  DO: ["Dominican Republic"],
  TT: ["Trinidad", "Trinidad and Tobago"],
  AG: ["Antigua", "Antigua and Barbuda"],
  KN: ["St Kitts", "St. Kitts", "Saint Kitts"],
  LC: ["St Lucia", "St. Lucia"],
  VC: ["St Vincent", "St. Vincent"],
  SS: ["South Sudan"],
  GQ: ["Equatorial Guinea"],
  GW: ["Guinea-Bissau"],
  ST: ["Sao Tome", "São Tomé"],
  KG: ["Kyrgyzstan", "Kirgizia"],
  BY: ["Belarus", "Byelorussia"],
};

/** Demonyms and adjectives in common English use that world-countries lacks (general data). */
const EXTRA_DEMONYMS: Record<string, string[]> = {
  SA: ["Saudi", "Saudis"],
  AE: ["Emirati", "Emiratis"],
  GB: ["Briton", "Britons", "English", "Scottish", "Scots", "Welsh"],
  TR: ["Turk", "Turks"],
  DK: ["Dane", "Danes"],
  SE: ["Swede", "Swedes"],
  FI: ["Finn", "Finns"],
  ES: ["Spaniard", "Spaniards"],
  NL: ["Dutchman", "Dutchmen"],
  IL: ["Israeli", "Israelis"],
  AF: ["Afghan", "Afghans"],
  US: ["American", "Americans"],
};

/**
 * Countries whose GeoNames representative point is known to differ by more than ~161 km from the
 * world-countries (CIA-style) centroid. Only points taken from GeoNames itself belong here.
 */
const GEONAMES_COUNTRY_POINTS: Record<string, [number, number]> = {
  US: [39.76, -98.5],
};

export interface CountryData {
  places: BuildPlace[];
  demonyms: Map<string, string>;
  capitalNames: Map<string, string[]>;
  /** world-countries region ("Europe", "Asia", "Americas", ...) and subregion by cca2. */
  regionOf: Map<string, { region: string; subregion: string }>;
}

function plurals(demonym: string): string[] {
  const out = [demonym];
  if (/(ese|ss|sh|ch|i)$/i.test(demonym) && !/i$/i.test(demonym)) return out;
  if (/s$/i.test(demonym)) return out;
  out.push(demonym + "s");
  return out;
}

export function readCountries(path = WORLD_COUNTRIES_PATH): CountryData {
  const list = JSON.parse(readFileSync(path, "utf8")) as WorldCountry[];
  const places: BuildPlace[] = [];
  const demonymOwner = new Map<string, WorldCountry>();
  const capitalNames = new Map<string, string[]>();
  const regionOf = new Map<string, { region: string; subregion: string }>();
  const rank = (c: WorldCountry) => (c.independent ? 1e9 : 0) + c.area;
  for (const c of list) {
    const keys = new Set<string>();
    const add = (s: string) => {
      const k = normalizeName(s);
      if (k.length >= 2) keys.add(k);
    };
    add(c.name.common);
    add(c.name.official);
    for (const s of c.altSpellings) {
      // Skip the bare ISO code ("SY", "AT", "IN") and non-Latin spellings.
      if (s === c.cca2 || !isLatinName(s) || s.length < 3) continue;
      add(s);
    }
    for (const s of ENGLISH_EXONYMS[c.cca2] ?? []) add(s);
    const point = GEONAMES_COUNTRY_POINTS[c.cca2] ?? c.latlng;
    places.push({
      id: stableNegativeId(`PCLI:${c.cca2}`),
      name: c.name.common,
      kind: "country",
      featureCode: "PCLI",
      countryCode: c.cca2,
      admin1: "",
      lat: point[0],
      lon: point[1],
      population: 0,
      keys,
    });
    capitalNames.set(c.cca2, c.capital);
    regionOf.set(c.cca2, { region: c.region, subregion: c.subregion });
    const dem = c.demonyms?.eng;
    const words = new Set<string>();
    if (dem) for (const d of [dem.m, dem.f]) if (d) for (const p of plurals(d)) words.add(p);
    for (const w of words) {
      const k = normalizeName(w);
      const prev = demonymOwner.get(k);
      if (!prev || rank(c) > rank(prev)) demonymOwner.set(k, c);
    }
  }
  const demonyms = new Map<string, string>();
  for (const [k, c] of demonymOwner) demonyms.set(k, c.cca2);
  // The explicit table wins over data conflicts.
  for (const [cc, words] of Object.entries(EXTRA_DEMONYMS))
    for (const w of words) demonyms.set(normalizeName(w), cc);
  return { places, demonyms, capitalNames, regionOf };
}
