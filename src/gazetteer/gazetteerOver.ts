/**
 * The Gazetteer interface over built indexes, however they are stored (Maps from the file in
 * load.ts, flat tables in snapshot.ts): one code for the answers, so both loaders give the same.
 * Place objects are made on first use and kept (most of the 200k are never asked for), one object
 * per place. Pure TypeScript.
 */
import type { PlaceTables } from "./indexes";
import type { Gazetteer, Place } from "./types";

export interface GazetteerParts extends PlaceTables {
  size: number;
  maxTokens: number;
  /** The place at an index, made afresh: the caller keeps it. */
  makePlace(i: number): Place;
  /** The place indexes of an exact key, in population order; undefined when unknown. */
  exact(key: string): ArrayLike<number> | undefined;
  /** The place indexes of a loose key in the spelling-tolerant index; built on first call if need be. */
  loose(looseKey: string): ArrayLike<number> | undefined;
  looseKey(key: string): string;
}

const EMPTY: readonly Place[] = Object.freeze([]);

export function gazetteerOver(parts: GazetteerParts): Gazetteer {
  const n = parts.size;
  const places: (Place | undefined)[] = new Array<Place | undefined>(n);
  const placeAt = (i: number): Place => (places[i] ??= parts.makePlace(i));

  const results = new Map<string, readonly Place[]>();
  const lookup = (key: string): readonly Place[] => {
    let r = results.get(key);
    if (r === undefined) {
      const ids = parts.exact(key);
      if (ids === undefined) return EMPTY;
      r = Object.freeze(Array.from(ids, placeAt));
      results.set(key, r);
    }
    return r;
  };
  const lookupLoose = (key: string): readonly Place[] => {
    const lk = parts.looseKey(key);
    const exact = parts.exact(lk);
    const loose = parts.loose(lk);
    // Most loose queries find nothing: no set, no list.
    if (exact === undefined && loose === undefined) return EMPTY;
    const ids = new Set<number>();
    for (const list of [exact, loose]) {
      if (list === undefined) continue;
      for (let j = 0; j < list.length; j++) ids.add(list[j]!);
    }
    return ids.size === 0 ? EMPTY : [...ids].sort((a, b) => a - b).map(placeAt);
  };

  const at = (i: number | undefined) => (i === undefined || i < 0 || i >= n ? undefined : placeAt(i));
  const { countries, admin1s, largestCities, capitals, demonyms } = parts;
  return {
    lookup,
    lookupLoose,
    maxTokens: parts.maxTokens,
    country: (cc) => at(countries.get(cc)),
    capitalOf: (cc) => at(capitals.get(cc)),
    largestCity: (cc) => at(largestCities.get(cc)),
    demonym: (key) => demonyms.get(key),
    admin1: (cc, code) => at(admin1s.get(`${cc}:${code}`)),
    size: n,
  };
}
