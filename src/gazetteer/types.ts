/**
 * The place index every pipeline stage reads. Built at build time in Node (src/gazetteer/build/),
 * loaded anywhere (Node or a Web Worker) from data/gazetteer.json.
 */

export type PlaceKind = "continent" | "region" | "country" | "admin1" | "admin2" | "city";

export interface Place {
  /** GeoNames id where the entry comes from GeoNames; a stable negative id otherwise. */
  id: number;
  /** Preferred English name. */
  name: string;
  kind: PlaceKind;
  /** GeoNames feature code: CONT, RGN, PCLI, ADM1, ADM2, PPLC, PPLA, PPLA2, PPL, ... */
  featureCode: string;
  /** ISO 3166-1 alpha-2; "" for continents and regions spanning countries. */
  countryCode: string;
  /** GeoNames admin1 code within the country ("09"), "" when unknown. */
  admin1: string;
  lat: number;
  lon: number;
  population: number;
}

export interface Gazetteer {
  /** Every place a name may refer to; `key` is normalizeName(surface text). Empty when unknown. */
  lookup(key: string): readonly Place[];
  /**
   * Candidates under a spelling-tolerant key (see looseKey): "Deir Ezzor" for "Deir ez-Zor",
   * "Al-Quneitra" for "Quneitra". For names the exact lookup does not know.
   */
  lookupLoose(key: string): readonly Place[];
  /** The most tokens any indexed name has, so recognisers know how far to look ahead. */
  readonly maxTokens: number;
  /** The country entry for an ISO alpha-2 code. */
  country(countryCode: string): Place | undefined;
  /** The capital city of a country. */
  capitalOf(countryCode: string): Place | undefined;
  /** The most populous city of a country ("Turkey's largest city"). */
  largestCity(countryCode: string): Place | undefined;
  /** The country a demonym/adjective belongs to ("Kenyan" -> "KE"); key is normalizeName(word). */
  demonym(key: string): string | undefined;
  /** The admin1 region entry (kind "admin1") for a country + GeoNames admin1 code. */
  admin1(countryCode: string, admin1Code: string): Place | undefined;
  /** Number of places indexed, for reports. */
  readonly size: number;
}
