/**
 * The on-disk shape of data/gazetteer.json (columnar, names stored once). Written by
 * src/gazetteer/build/compile.ts, read by src/gazetteer/load.ts. Pure types: no runtime code.
 *
 * Every array under `places` has one entry per place (same index). A place is indexed under
 * normalizeName(name) (unless its index is listed in `places.noNameKey`) and under each key in
 * `places.keys[i]` (extra normalised keys joined by "|", "" when none).
 */
export const GAZETTEER_FORMAT = "conflict-map-gazetteer";
export const GAZETTEER_VERSION = 1;

/** Kind codes used in `places.kind`, in this order. */
export const KIND_CODES = ["continent", "region", "country", "admin1", "admin2", "city"] as const;

export interface GazetteerFile {
  format: typeof GAZETTEER_FORMAT;
  version: number;
  /** Human-readable list of the data sources, for reports. */
  sources: string[];
  /** Lookup tables that `places.fc` and `places.cc` index into. */
  featureCodes: string[];
  countryCodes: string[];
  places: {
    id: number[];
    name: string[];
    /** Index into KIND_CODES. */
    kind: number[];
    /** Index into featureCodes. */
    fc: number[];
    /** Index into countryCodes ("" is one of them). */
    cc: number[];
    admin1: string[];
    lat: number[];
    lon: number[];
    population: number[];
    /** Extra normalised keys joined by "|". */
    keys: string[];
    /** Indexes of places whose normalised name is NOT a key (e.g. a stop word). */
    noNameKey: number[];
  };
  /** ISO alpha-2 -> index of the capital city in places. */
  capitals: Record<string, number>;
  /** normalizeName(demonym) -> ISO alpha-2. */
  demonyms: Record<string, string>;
}
