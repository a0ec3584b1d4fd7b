/**
 * The place-kind tests that recognition, resolution and incident assembly read, in one module:
 * a country or first-level region, a "major" place (one whose capitalised name is a toponym even
 * when it is also an everyday word), and a place's own name as opposed to one of its alternate
 * names. Containment ("X, Parent") and its km thresholds: containment.ts, re-exported here.
 */
import { normalizeName } from "./normalize";
import type { Place } from "./types";

export { holdsInChain, isAdminContainer } from "./containment";

/** A country or a first-level region ("Texas", "Aleppo Governorate"). */
export const isStateOrCountry = (p: Place): boolean => p.kind === "country" || p.kind === "admin1";

/** Kinds that make a name major whatever their population. */
export const MAJOR_KINDS: ReadonlySet<Place["kind"]> = new Set(["continent", "region", "country", "admin1"]);
/** A city at least this populous is major. */
export const MAJOR_POPULATION = 100_000;

export const isMajorPlace = (p: Place): boolean =>
  MAJOR_KINDS.has(p.kind) || p.population >= MAJOR_POPULATION;

/** Some candidate of the name is major. */
export const isMajor = (candidates: readonly Place[]): boolean => candidates.some(isMajorPlace);

const ownKeys = new WeakMap<Place, string>();
/** normalizeName(p.name), once per place. */
export function ownKey(p: Place): string {
  let k = ownKeys.get(p);
  if (k === undefined) {
    k = normalizeName(p.name);
    ownKeys.set(p, k);
  }
  return k;
}

/** `key` (a normalizeName key) is the place's own name, not only one of its alternate names. */
export function isOwnName(p: Place, key: string): boolean {
  const k = ownKey(p);
  // "New York" is New York City's own name too: the name plus a generic " City" ("Mexico City"),
  // for a populous city only ("Scott" is not Scott City's own name).
  return k === key || (k === key + " city" && p.population >= MAJOR_POPULATION);
}
