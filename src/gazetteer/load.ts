/**
 * Turns the parsed JSON of data/gazetteer.json into a Gazetteer with O(1) lookups.
 * Pure TypeScript: runs in Node and in a Web Worker.
 */
import { type GazetteerFile, GAZETTEER_FORMAT, GAZETTEER_VERSION, KIND_CODES } from "./format";
import { looseKey, normalizeName } from "./normalize";
import type { Gazetteer, Place } from "./types";

const EMPTY: readonly Place[] = Object.freeze([]);

function fail(msg: string): never {
  throw new Error(`Invalid gazetteer data: ${msg} (rebuild it with \`npm run data\`)`);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function arrayOf<T>(
  obj: Record<string, unknown>,
  key: string,
  length: number | null,
  check: (v: unknown) => boolean,
): T[] {
  const v = obj[key];
  if (!Array.isArray(v)) fail(`"${key}" is not an array`);
  if (length !== null && v.length !== length) fail(`"${key}" has ${v.length} entries, expected ${length}`);
  // Spot-check the element type (first, middle, last) rather than every element, to keep loading fast.
  for (const i of [0, v.length >> 1, v.length - 1]) {
    if (i >= 0 && i < v.length && !check(v[i])) fail(`"${key}[${i}]" has the wrong type`);
  }
  return v as T[];
}

const isNum = (v: unknown) => typeof v === "number" && Number.isFinite(v);
const isStr = (v: unknown) => typeof v === "string";

function validate(data: unknown): GazetteerFile {
  if (!isObject(data)) fail("not an object");
  if (data.format !== GAZETTEER_FORMAT)
    fail(`format is ${JSON.stringify(data.format)}, expected "${GAZETTEER_FORMAT}"`);
  if (data.version !== GAZETTEER_VERSION)
    fail(`version ${String(data.version)}, expected ${GAZETTEER_VERSION}`);
  arrayOf(data, "featureCodes", null, isStr);
  arrayOf(data, "countryCodes", null, isStr);
  if (!isObject(data.places)) fail('"places" is not an object');
  if (!isObject(data.capitals)) fail('"capitals" is not an object');
  if (!isObject(data.demonyms)) fail('"demonyms" is not an object');
  const p = data.places;
  const n = arrayOf(p, "id", null, isNum).length;
  arrayOf(p, "name", n, isStr);
  arrayOf(p, "kind", n, isNum);
  arrayOf(p, "fc", n, isNum);
  arrayOf(p, "cc", n, isNum);
  arrayOf(p, "admin1", n, isStr);
  arrayOf(p, "lat", n, isNum);
  arrayOf(p, "lon", n, isNum);
  arrayOf(p, "population", n, isNum);
  arrayOf(p, "keys", n, isStr);
  arrayOf(p, "noNameKey", null, isNum);
  return data as unknown as GazetteerFile;
}

/** normalizeName, with a fast path for plain ASCII names (most of them) that gives the same result. */
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
function nameKey(name: string): string {
  return PLAIN.test(name) ? name.toLowerCase() : normalizeName(name);
}

export function loadGazetteer(data: unknown): Gazetteer {
  const file = validate(data);
  const cols = file.places;
  const n = cols.id.length;
  const kinds = cols.kind.map((k) => KIND_CODES[k] ?? fail(`bad kind code ${k}`));
  const featureCodes = file.featureCodes;
  const countryCodes = file.countryCodes;

  // Place objects are made on first use: most of the 200k are never asked for.
  const places: (Place | undefined)[] = new Array<Place | undefined>(n);
  const placeAt = (i: number): Place => {
    let p = places[i];
    if (p === undefined) {
      p = {
        id: cols.id[i] ?? 0,
        name: cols.name[i] ?? "",
        kind: kinds[i] ?? "city",
        featureCode: featureCodes[cols.fc[i] ?? -1] ?? "",
        countryCode: countryCodes[cols.cc[i] ?? -1] ?? "",
        admin1: cols.admin1[i] ?? "",
        lat: cols.lat[i] ?? 0,
        lon: cols.lon[i] ?? 0,
        population: cols.population[i] ?? 0,
      };
      places[i] = p;
    }
    return p;
  };

  // key -> place index (one place) or indexes (several). Places are stored in population order and
  // visited in order, so each list comes out sorted by population, and a repeated key of the same
  // place can only be the last entry.
  const index = new Map<string, number | number[]>();
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
  let maxTokens = 1;
  for (const key of index.keys()) {
    let t = 1;
    for (let j = key.indexOf(" "); j >= 0; j = key.indexOf(" ", j + 1)) t++;
    if (t > maxTokens) maxTokens = t;
  }

  const results = new Map<string, readonly Place[]>();
  const lookup = (key: string): readonly Place[] => {
    let r = results.get(key);
    if (r === undefined) {
      const v = index.get(key);
      if (v === undefined) return EMPTY;
      r = Object.freeze(typeof v === "number" ? [placeAt(v)] : v.map(placeAt));
      results.set(key, r);
    }
    return r;
  };

  // The loose index is built on first use (most articles never need it) and holds only the keys
  // that looseKey changes: a key it leaves alone is found in the exact index under the loose query.
  let loose: Map<string, number | number[]> | undefined;
  const lookupLoose = (key: string): readonly Place[] => {
    if (!loose) {
      const built = new Map<string, number | number[]>();
      for (const [k, v] of index) {
        const lk = looseKey(k);
        if (lk === k) continue;
        const old = built.get(lk);
        built.set(
          lk,
          old === undefined
            ? v
            : [...(typeof old === "number" ? [old] : old), ...(typeof v === "number" ? [v] : v)],
        );
      }
      loose = built;
    }
    const lk = looseKey(key);
    const ids = new Set<number>();
    for (const v of [index.get(lk), loose.get(lk)]) {
      if (v === undefined) continue;
      for (const i of typeof v === "number" ? [v] : v) ids.add(i);
    }
    return ids.size === 0 ? EMPTY : [...ids].sort((a, b) => a - b).map(placeAt);
  };

  const countries = new Map<string, number>();
  const admin1s = new Map<string, number>();
  // Places are in population order, so the first city seen for a country is its largest.
  const largestCities = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const kind = kinds[i];
    if (kind === "city") {
      const cc = countryCodes[cols.cc[i] ?? -1] ?? "";
      if (!largestCities.has(cc)) largestCities.set(cc, i);
    } else if (kind === "country") {
      const cc = countryCodes[cols.cc[i] ?? -1] ?? "";
      if (!countries.has(cc)) countries.set(cc, i);
    } else if (kind === "admin1" && cols.admin1[i]) {
      const k = `${countryCodes[cols.cc[i] ?? -1] ?? ""}:${cols.admin1[i] ?? ""}`;
      if (!admin1s.has(k)) admin1s.set(k, i);
    }
  }
  const at = (i: number | undefined) => (i === undefined || i < 0 || i >= n ? undefined : placeAt(i));
  const demonyms = new Map<string, string>(Object.entries(file.demonyms));

  return {
    lookup,
    lookupLoose,
    maxTokens,
    country: (cc) => at(countries.get(cc)),
    capitalOf: (cc) => at(file.capitals[cc]),
    largestCity: (cc) => at(largestCities.get(cc)),
    demonym: (key) => demonyms.get(key),
    admin1: (cc, code) => at(admin1s.get(`${cc}:${code}`)),
    size: n,
  };
}
