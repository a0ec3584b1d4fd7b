/**
 * The gazetteer's indexes, built from data/gazetteer.json as format.ts describes its keys: one
 * code for the loader of the file (load.ts) and the snapshot builder (snapshot.ts), so that both
 * answer alike. Every table is a Map: a name is data, and "constructor" or "__proto__" must find
 * nothing unless the gazetteer holds it. Pure TypeScript.
 */
import { type GazetteerFile, KIND_CODES } from "./format";
import { looseKey, normalizeName } from "./normalize";

/** key -> the index of its one place, or the indexes of its places in population order. */
export type KeyIndex = Map<string, number | number[]>;

/** The place indexes of an index entry, as a list. */
export const indexesOf = (v: number | readonly number[]): readonly number[] =>
  typeof v === "number" ? [v] : v;

/** normalizeName, with a fast path for plain ASCII names (most of them) that gives the same result. */
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
function nameKey(name: string): string {
  return PLAIN.test(name) ? name.toLowerCase() : normalizeName(name);
}

/**
 * Every name and extra key -> its places. Places are stored in population order and visited in
 * order, so each list comes out sorted by population, and a repeated key of the same place can
 * only be the last entry.
 */
export function buildKeyIndex(file: GazetteerFile): KeyIndex {
  const cols = file.places;
  const n = cols.id.length;
  const index: KeyIndex = new Map();
  const add = (key: string, i: number) => {
    const v = index.get(key);
    if (v === undefined) index.set(key, i);
    else if (typeof v === "number") {
      if (v !== i) index.set(key, [v, i]);
    } else if (v[v.length - 1] !== i) v.push(i);
  };
  const noNameKey = new Set(cols.noNameKey);
  for (let i = 0; i < n; i++) {
    if (!noNameKey.has(i)) add(nameKey(cols.name[i] ?? ""), i);
    const extra = cols.keys[i];
    if (extra) for (const key of extra.split("|")) add(key, i);
  }
  return index;
}

/** The most tokens any key has. */
export function maxTokensOf(index: KeyIndex): number {
  let maxTokens = 1;
  for (const key of index.keys()) {
    let t = 1;
    for (let j = key.indexOf(" "); j >= 0; j = key.indexOf(" ", j + 1)) t++;
    if (t > maxTokens) maxTokens = t;
  }
  return maxTokens;
}

/**
 * The spelling-tolerant index (looseKey): only the keys that looseKey changes, since a key it
 * leaves alone is found in the exact index under the loose query.
 */
export function buildLooseIndex(index: KeyIndex): KeyIndex {
  const loose: KeyIndex = new Map();
  for (const [k, v] of index) {
    const lk = looseKey(k);
    if (lk === k) continue;
    const old = loose.get(lk);
    loose.set(lk, old === undefined ? v : [...indexesOf(old), ...indexesOf(v)]);
  }
  return loose;
}

/** The per-country and per-region tables: values are place indexes. */
export interface PlaceTables {
  countries: Map<string, number>;
  /** "CC:admin1code" -> the admin1 region. */
  admin1s: Map<string, number>;
  largestCities: Map<string, number>;
  capitals: Map<string, number>;
  demonyms: Map<string, string>;
}

export function buildPlaceTables(file: GazetteerFile): PlaceTables {
  const cols = file.places;
  const n = cols.id.length;
  const countries = new Map<string, number>();
  const admin1s = new Map<string, number>();
  // Places are in population order, so the first city seen for a country is its largest.
  const largestCities = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const kind = KIND_CODES[cols.kind[i] ?? -1];
    if (kind !== "city" && kind !== "country" && kind !== "admin1") continue;
    const cc = file.countryCodes[cols.cc[i] ?? -1] ?? "";
    if (kind === "city") {
      if (!largestCities.has(cc)) largestCities.set(cc, i);
    } else if (kind === "country") {
      if (!countries.has(cc)) countries.set(cc, i);
    } else if (cols.admin1[i]) {
      const k = `${cc}:${cols.admin1[i]}`;
      if (!admin1s.has(k)) admin1s.set(k, i);
    }
  }
  return {
    countries,
    admin1s,
    largestCities,
    capitals: new Map(Object.entries(file.capitals)),
    demonyms: new Map(Object.entries(file.demonyms)),
  };
}
