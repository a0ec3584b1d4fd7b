/**
 * The gazetteer's built indexes in flat arrays, for a process that loads it often (each worker of
 * the extract command): loading data/gazetteer.json builds two Maps of 400,000 and 180,000 keys,
 * about a second of CPU per worker, while a snapshot is a few typed arrays and strings that load
 * in tens of milliseconds. Keys sit in an open-addressing hash table over one concatenated string.
 *
 * `buildSnapshot` makes the tables from the file as format.ts describes its keys, with the same
 * rules as load.ts (lists in population order, the spelling-tolerant keys of looseKey), and
 * `gazetteerFromSnapshot` answers every query exactly as `loadGazetteer` does
 * (snapshot.test.ts compares the two on every key of the real gazetteer). Pure TypeScript.
 */
import { type GazetteerFile, KIND_CODES } from "./format";
import { loadGazetteer } from "./load";
import { looseKey, normalizeName } from "./normalize";
import type { Gazetteer, Place } from "./types";

/** Bump when the layout changes: an older snapshot is then rebuilt. */
export const SNAPSHOT_VERSION = 1;

/** Keys -> lists of place indexes. */
export interface KeyTable {
  /** Every key, one after the other. */
  keys: string;
  /** Key k is keys.slice(keyStart[k], keyStart[k + 1]). */
  keyStart: Uint32Array;
  /** Key k's places are vals[valStart[k] .. valStart[k + 1]). */
  valStart: Uint32Array;
  vals: Int32Array;
  /** Open addressing, a power of two long: -1 is empty, otherwise a key number. */
  slots: Int32Array;
}

export interface GazetteerSnapshot {
  version: number;
  size: number;
  maxTokens: number;
  id: Float64Array;
  names: string;
  nameStart: Uint32Array;
  kind: Uint8Array;
  featureCodes: string[];
  fc: Uint16Array;
  countryCodes: string[];
  cc: Uint16Array;
  admin1: string;
  admin1Start: Uint32Array;
  lat: Float64Array;
  lon: Float64Array;
  population: Float64Array;
  exact: KeyTable;
  loose: KeyTable;
  countries: [string, number][];
  admin1s: [string, number][];
  largestCities: [string, number][];
  capitals: [string, number][];
  demonyms: [string, string][];
}

/** FNV-1a over the UTF-16 code units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function concat(strings: readonly string[]): { text: string; start: Uint32Array } {
  const start = new Uint32Array(strings.length + 1);
  let at = 0;
  strings.forEach((s, i) => {
    start[i] = at;
    at += s.length;
  });
  start[strings.length] = at;
  return { text: strings.join(""), start };
}

function tableOf(map: ReadonlyMap<string, readonly number[]>): KeyTable {
  const keys = [...map.keys()];
  const { text, start } = concat(keys);
  const valStart = new Uint32Array(keys.length + 1);
  const vals: number[] = [];
  keys.forEach((k, i) => {
    valStart[i] = vals.length;
    vals.push(...map.get(k)!);
  });
  valStart[keys.length] = vals.length;
  let size = 1;
  while (size < keys.length * 2) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  keys.forEach((k, i) => {
    let s = hashOf(k) & (size - 1);
    while (slots[s] !== -1) s = (s + 1) & (size - 1);
    slots[s] = i;
  });
  return { keys: text, keyStart: start, valStart, vals: Int32Array.from(vals), slots };
}

/** The key number of `key`, or -1. */
function find(t: KeyTable, key: string): number {
  const mask = t.slots.length - 1;
  for (let s = hashOf(key) & mask; ; s = (s + 1) & mask) {
    const k = t.slots[s]!;
    if (k === -1) return -1;
    const a = t.keyStart[k]!;
    if (t.keyStart[k + 1]! - a === key.length && t.keys.startsWith(key, a)) return k;
  }
}

/** Builds the snapshot of the parsed data/gazetteer.json; throws as loadGazetteer does on bad data. */
export function buildSnapshot(data: unknown): GazetteerSnapshot {
  loadGazetteer(data); // validates
  const file = data as GazetteerFile;
  const cols = file.places;
  const n = cols.id.length;

  // key -> place indexes, each list in population (= index) order without repeats.
  const index = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const v = index.get(key);
    if (v === undefined) index.set(key, [i]);
    else if (v[v.length - 1] !== i) v.push(i);
  };
  const noNameKey = new Set(cols.noNameKey);
  for (let i = 0; i < n; i++) {
    if (!noNameKey.has(i)) add(normalizeName(cols.name[i] ?? ""), i);
    const extra = cols.keys[i];
    if (extra) for (const key of extra.split("|")) add(key, i);
  }
  let maxTokens = 1;
  for (const key of index.keys()) maxTokens = Math.max(maxTokens, key.split(" ").length);
  // Only the keys that looseKey changes: a key it leaves alone is found in the exact table.
  const loose = new Map<string, number[]>();
  for (const [k, v] of index) {
    const lk = looseKey(k);
    if (lk !== k) loose.set(lk, [...(loose.get(lk) ?? []), ...v]);
  }

  const countries = new Map<string, number>();
  const admin1s = new Map<string, number>();
  const largestCities = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const kind = KIND_CODES[cols.kind[i]!];
    const cc = file.countryCodes[cols.cc[i] ?? -1] ?? "";
    if (kind === "city") {
      if (!largestCities.has(cc)) largestCities.set(cc, i);
    } else if (kind === "country") {
      if (!countries.has(cc)) countries.set(cc, i);
    } else if (kind === "admin1" && cols.admin1[i]) {
      const k = `${cc}:${cols.admin1[i]}`;
      if (!admin1s.has(k)) admin1s.set(k, i);
    }
  }
  const names = concat(cols.name);
  const admin1 = concat(cols.admin1);
  return {
    version: SNAPSHOT_VERSION,
    size: n,
    maxTokens,
    id: Float64Array.from(cols.id),
    names: names.text,
    nameStart: names.start,
    kind: Uint8Array.from(cols.kind),
    featureCodes: file.featureCodes,
    fc: Uint16Array.from(cols.fc),
    countryCodes: file.countryCodes,
    cc: Uint16Array.from(cols.cc),
    admin1: admin1.text,
    admin1Start: admin1.start,
    lat: Float64Array.from(cols.lat),
    lon: Float64Array.from(cols.lon),
    population: Float64Array.from(cols.population),
    exact: tableOf(index),
    loose: tableOf(loose),
    countries: [...countries],
    admin1s: [...admin1s],
    largestCities: [...largestCities],
    capitals: Object.entries(file.capitals),
    demonyms: Object.entries(file.demonyms),
  };
}

const EMPTY: readonly Place[] = Object.freeze([]);

export function gazetteerFromSnapshot(s: GazetteerSnapshot): Gazetteer {
  if (s.version !== SNAPSHOT_VERSION) throw new Error(`gazetteer snapshot version ${s.version}`);
  const n = s.size;
  // Place objects are made on first use and kept, as load.ts does: one object per place.
  const places: (Place | undefined)[] = new Array<Place | undefined>(n);
  const placeAt = (i: number): Place => {
    let p = places[i];
    if (p === undefined) {
      p = {
        id: s.id[i]!,
        name: s.names.slice(s.nameStart[i], s.nameStart[i + 1]),
        kind: KIND_CODES[s.kind[i]!] ?? "city",
        featureCode: s.featureCodes[s.fc[i]!] ?? "",
        countryCode: s.countryCodes[s.cc[i]!] ?? "",
        admin1: s.admin1.slice(s.admin1Start[i], s.admin1Start[i + 1]),
        lat: s.lat[i]!,
        lon: s.lon[i]!,
        population: s.population[i]!,
      };
      places[i] = p;
    }
    return p;
  };
  const indexesOf = (t: KeyTable, k: number) => t.vals.subarray(t.valStart[k], t.valStart[k + 1]);

  const results = new Map<string, readonly Place[]>();
  const lookup = (key: string): readonly Place[] => {
    let r = results.get(key);
    if (r === undefined) {
      const k = find(s.exact, key);
      if (k === -1) return EMPTY;
      r = Object.freeze(Array.from(indexesOf(s.exact, k), placeAt));
      results.set(key, r);
    }
    return r;
  };
  const lookupLoose = (key: string): readonly Place[] => {
    const lk = looseKey(key);
    const ids = new Set<number>();
    for (const t of [s.exact, s.loose]) {
      const k = find(t, lk);
      if (k !== -1) for (const i of indexesOf(t, k)) ids.add(i);
    }
    return ids.size === 0 ? EMPTY : [...ids].sort((a, b) => a - b).map(placeAt);
  };

  const countries = new Map(s.countries);
  const admin1s = new Map(s.admin1s);
  const largestCities = new Map(s.largestCities);
  const capitals = new Map(s.capitals);
  const demonyms = new Map(s.demonyms);
  const at = (i: number | undefined) => (i === undefined || i < 0 || i >= n ? undefined : placeAt(i));
  return {
    lookup,
    lookupLoose,
    maxTokens: s.maxTokens,
    country: (cc) => at(countries.get(cc)),
    capitalOf: (cc) => at(capitals.get(cc)),
    largestCity: (cc) => at(largestCities.get(cc)),
    demonym: (key) => demonyms.get(key),
    admin1: (cc, code) => at(admin1s.get(`${cc}:${code}`)),
    size: n,
  };
}
