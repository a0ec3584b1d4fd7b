/**
 * The weights of the resolution model: one number per named feature (scoreFeatures.ts), read from
 * resolutionWeights.json, which `npm run fit:resolution` (scripts/fit-resolution.ts) rewrites with
 * the figures the fit reached (docs/resolution-model.md).
 */
import fitted from "./resolutionWeights.json";
import { SCORE_FEATURES, type ScoreFeatures } from "./scoreFeatures";

/** The weights file's shape: the weights by feature name, and how they were obtained. */
export interface WeightsFile {
  weights: Record<string, number>;
  fitted?: Record<string, unknown>;
}

/** Reads a weights table: every feature must have a finite weight, and no unknown name may appear. */
export function readWeights(file: WeightsFile): ScoreFeatures {
  const out = {} as ScoreFeatures;
  const known = new Set<string>(SCORE_FEATURES);
  for (const k of Object.keys(file.weights))
    if (!known.has(k)) throw new Error(`resolution weights: unknown feature "${k}"`);
  for (const k of SCORE_FEATURES) {
    const w = file.weights[k];
    if (typeof w !== "number" || !Number.isFinite(w))
      throw new Error(`resolution weights: no finite weight for "${k}"`);
    out[k] = w;
  }
  return out;
}

/**
 * The hand-set weights the model replaced (the sums resolve.ts used to add, tuned on US local
 * news): the fit's starting point, and the "before" of docs/resolution-model.md.
 */
export const HAND_WEIGHTS: ScoreFeatures = {
  kindContinent: 9,
  kindRegion: 7,
  kindCountry: 9,
  kindAdmin1: 5.5,
  kindAdmin2: 4.5,
  logPopulation: 1,
  logPopulationAdmin: 0.1,
  capital: 1.5,
  seatOfGovernment: 1.2,
  seatAdmin1: 1,
  seatAdmin2: 0.5,
  seatAdmin3: 0.2,
  seatAdmin4: 0.1,
  citySection: 0,
  ownName: 1.5,
  looseMatch: 0,
  parent: 6,
  holdsChild: 2,
  listKind: 3,
  near: 2,
  countryNameTown: 0,
  countryContext: 5,
  admin1Context: 5,
  nearChosen: 0,
  homeCountry: 3,
  homeAdmin1: 2,
  namedCountry: 5,
  countryNamed: 0,
  admin1Named: 0,
  // A rule more than a preference: a variant spelling abroad never beats a candidate of the
  // article's countries (issue 11); the development sets hold too few such names to fit it.
  variantAbroad: -8,
};

let loaded: ScoreFeatures | undefined;
/**
 * The weights the pipeline resolves with, read on first use (so that the fit can start when the
 * file lacks a feature just added).
 */
export function resolutionWeights(): ScoreFeatures {
  return (loaded ??= readWeights(fitted as WeightsFile));
}
