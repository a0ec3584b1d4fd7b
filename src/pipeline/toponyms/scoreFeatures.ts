/**
 * The named features of a resolution candidate (resolve.ts). Each candidate of a name carries raw,
 * unweighted values; its logit is their dot product with the weights table
 * (resolutionWeights.json, fitted by `npm run fit:resolution`, see docs/resolution-model.md); its
 * `score` is the softmax of the logits over its name's candidates, so the difference of two
 * candidates' logits is the log of the ratio of their scores.
 */
import type { ScoredPlace } from "../state";

/** Feature names, in the order a trace prints them. Values are 0/1 flags unless said otherwise. */
export const SCORE_FEATURES = [
  // What the place is (a city is the baseline kind).
  "kindContinent",
  "kindRegion",
  "kindCountry",
  "kindAdmin1",
  "kindAdmin2",
  /** log10(population + 10) of a city or town. */
  "logPopulation",
  /** log10(population + 1) of a first- or second-level region. */
  "logPopulationAdmin",
  /** GeoNames feature classes of a city: capital, seat of government, seat of a first- to fourth-level region, section of a city. */
  "capital",
  "seatOfGovernment",
  "seatAdmin1",
  "seatAdmin2",
  "seatAdmin3",
  "seatAdmin4",
  "citySection",
  // How the name matched.
  /** Called by its own name, not a variant or historical one (an alternate name is the baseline). */
  "ownName",
  /** Found only by the spelling-tolerant key ("Deir Ezzor" for "Deir ez-Zor"). */
  "looseMatch",
  // Local cues.
  /** Inside the container named as "X, Parent" (gazetteer/containment.ts). */
  "parent",
  /**
   * In the parent's slot, a container of some candidate of the name before it ("Buffalo, New York":
   * the state holds a Buffalo, New York City none), gazetteer/containment.ts.
   */
  "holdsChild",
  /** Of the kind of the list the name stands in ("Michigan, Oregon and Ohio" are states). */
  "listKind",
  /** Within reach of other names' possible places: min(1, names / 2) (proximity.ts). */
  "near",
  /** A town bearing a country's name ("Mexico, Missouri"). */
  "countryNameTown",
  // The rest of the article (computed from the other names' current choices, each pass).
  /** Share of the article's other names resolved to its country. */
  "countryContext",
  /** Share of the article's other names resolved to its first-level region. */
  "admin1Context",
  /** Within reach of other names' chosen places: min(1, names / 2). */
  "nearChosen",
  /** In the dateline's country. */
  "homeCountry",
  /** In the dateline's first-level region. */
  "homeAdmin1",
  /** Share of the article's explicit country references (names, demonyms, dateline) in its country. */
  "namedCountry",
  /** Its country is named explicitly (a country name, a demonym, the dateline's home) by another name. */
  "countryNamed",
  /** Its first-level region is named by another name of the article ("Texas" beside "Paris"). */
  "admin1Named",
  /**
   * A town called so only by a variant or spelling-tolerant name (the name is no country's or
   * region's), outside the article's countries (no
   * other name resolved or referring to its country), while another candidate of the name lies in
   * them: "al-Susah" beside Idlib and Aleppo is not Sousse, Tunisia (hand-set, see resolutionWeights.ts).
   */
  "variantAbroad",
] as const;

export type ScoreFeatureName = (typeof SCORE_FEATURES)[number];
export type ScoreFeatures = Record<ScoreFeatureName, number>;

/** Why a candidate scored what it did: recorded for the chosen place and the runner-up only. */
export interface ScoreWhy {
  /** Each feature's part of the logit: weight × value. They add up to `total`. */
  features: ScoreFeatures;
  /** The raw, unweighted values. */
  values: ScoreFeatures;
  /** The logit: the sum of the features' parts. */
  total: number;
  /**
   * A major city of the name lies in another country (or a country bears the name), so the
   * article's country-level evidence did not count for this candidate unless its own region was
   * named, voted for or near other names.
   */
  outshone: boolean;
  /** Only its own first-level region's co-location counted (see `outshone`). */
  regionOnly: boolean;
  /** On the chosen place: the next best candidate of its name, with its own `why`. */
  runnerUp?: ScoredPlace;
}

const ZERO = Object.fromEntries(SCORE_FEATURES.map((k) => [k, 0])) as ScoreFeatures;

/** All features at 0 (a copy: V8 clones an object's shape far faster than it builds one key by key). */
export function emptyFeatures(): ScoreFeatures {
  return { ...ZERO };
}

export function sumFeatures(f: ScoreFeatures): number {
  let s = 0;
  for (const k of SCORE_FEATURES) s += f[k];
  return s;
}

/** The logit of raw values under a weights table. */
export function dot(values: ScoreFeatures, weights: ScoreFeatures): number {
  let s = 0;
  for (const k of SCORE_FEATURES) s += values[k] * weights[k];
  return s;
}
