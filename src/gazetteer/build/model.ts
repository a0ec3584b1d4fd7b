import type { PlaceKind } from "../types";

/** A place while the index is being built: the Place fields plus the keys it is indexed under. */
export interface BuildPlace {
  id: number;
  name: string;
  kind: PlaceKind;
  featureCode: string;
  countryCode: string;
  admin1: string;
  lat: number;
  lon: number;
  population: number;
  /** Normalised keys (normalizeName output), including the name's own key when it is usable. */
  keys: Set<string>;
}

/** Great-circle distance in km. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}
