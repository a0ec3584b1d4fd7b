/**
 * The gazetteer's built indexes in flat arrays, for a process that loads it often (each worker of
 * the extract command): loading data/gazetteer.json builds two Maps of 400,000 and 180,000 keys,
 * about a second of CPU per worker, while a snapshot is a few typed arrays and strings that load
 * in tens of milliseconds. Keys sit in an open-addressing hash table over one concatenated string.
 *
 * `buildSnapshot` flattens the indexes load.ts builds (the same code, indexes.ts), and
 * `gazetteerFromSnapshot` answers through the same code as `loadGazetteer` (gazetteerOver.ts), so
 * every query gets the same answer (snapshot.test.ts compares the two on every key of the real
 * gazetteer). Pure TypeScript.
 */
import { KIND_CODES } from "./format";
import { gazetteerOver } from "./gazetteerOver";
import {
  buildKeyIndex,
  buildLooseIndex,
  buildPlaceTables,
  indexesOf,
  type KeyIndex,
  maxTokensOf,
} from "./indexes";
import { placeKinds, validateGazetteerFile } from "./load";
import { looseKey } from "./normalize";
import type { Gazetteer } from "./types";

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

function tableOf(map: KeyIndex): KeyTable {
  const keys = [...map.keys()];
  const { text, start } = concat(keys);
  const valStart = new Uint32Array(keys.length + 1);
  const vals: number[] = [];
  keys.forEach((k, i) => {
    valStart[i] = vals.length;
    vals.push(...indexesOf(map.get(k)!));
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
  const file = validateGazetteerFile(data);
  placeKinds(file); // validates the kind codes
  const cols = file.places;
  const n = cols.id.length;
  const index = buildKeyIndex(file);
  const tables = buildPlaceTables(file);
  const names = concat(cols.name);
  const admin1 = concat(cols.admin1);
  return {
    version: SNAPSHOT_VERSION,
    size: n,
    maxTokens: maxTokensOf(index),
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
    loose: tableOf(buildLooseIndex(index)),
    countries: [...tables.countries],
    admin1s: [...tables.admin1s],
    largestCities: [...tables.largestCities],
    capitals: [...tables.capitals],
    demonyms: [...tables.demonyms],
  };
}

export function gazetteerFromSnapshot(s: GazetteerSnapshot): Gazetteer {
  if (s.version !== SNAPSHOT_VERSION) throw new Error(`gazetteer snapshot version ${s.version}`);
  const listOf = (t: KeyTable, key: string) => {
    const k = find(t, key);
    return k === -1 ? undefined : t.vals.subarray(t.valStart[k], t.valStart[k + 1]);
  };
  return gazetteerOver({
    size: s.size,
    maxTokens: s.maxTokens,
    makePlace: (i) => ({
      id: s.id[i]!,
      name: s.names.slice(s.nameStart[i], s.nameStart[i + 1]),
      kind: KIND_CODES[s.kind[i]!] ?? "city",
      featureCode: s.featureCodes[s.fc[i]!] ?? "",
      countryCode: s.countryCodes[s.cc[i]!] ?? "",
      admin1: s.admin1.slice(s.admin1Start[i], s.admin1Start[i + 1]),
      lat: s.lat[i]!,
      lon: s.lon[i]!,
      population: s.population[i]!,
    }),
    exact: (key) => listOf(s.exact, key),
    loose: (key) => listOf(s.loose, key),
    looseKey,
    countries: new Map(s.countries),
    admin1s: new Map(s.admin1s),
    largestCities: new Map(s.largestCities),
    capitals: new Map(s.capitals),
    demonyms: new Map(s.demonyms),
  });
}
