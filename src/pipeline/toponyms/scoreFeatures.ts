/**
 * The named parts of a candidate's resolution score (resolve.ts). The candidate's logit is the sum
 * of these parts; its `score` is the softmax of the logits over its name's candidates, so the
 * difference of two candidates' totals is the log of the ratio of their scores.
 */

/** Feature names, in the order a trace prints them. */
export const SCORE_FEATURES = [
  /** Kind and population (priors.ts). */
  "prior",
  /** Inside the container named as "X, Parent". */
  "parent",
  /** Of the kind of the list the name stands in ("Michigan, Oregon and Ohio" are states). */
  "listKind",
  /** Within reach of other names' possible places (proximity.ts). */
  "near",
  /** Called by its own name, not a variant or historical one. */
  "ownName",
  /** Share of the article's other names resolved to its country. */
  "countryContext",
  /** Share of the article's other names resolved to its first-level region. */
  "admin1Context",
  /** In the dateline's country. */
  "homeCountry",
  /** In the dateline's first-level region. */
  "homeAdmin1",
  /** Share of the article's explicit country references (names, demonyms, dateline) in its country. */
  "namedCountry",
] as const;

export type ScoreFeatureName = (typeof SCORE_FEATURES)[number];
export type ScoreFeatures = Record<ScoreFeatureName, number>;

import type { ScoredPlace } from "../state";

/** Why a candidate scored what it did: recorded for the chosen place and the runner-up only. */
export interface ScoreWhy {
  features: ScoreFeatures;
  /** The logit: the sum of the features. */
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

export function emptyFeatures(): ScoreFeatures {
  return {
    prior: 0,
    parent: 0,
    listKind: 0,
    near: 0,
    ownName: 0,
    countryContext: 0,
    admin1Context: 0,
    homeCountry: 0,
    homeAdmin1: 0,
    namedCountry: 0,
  };
}

export function sumFeatures(f: ScoreFeatures): number {
  let s = 0;
  for (const k of SCORE_FEATURES) s += f[k];
  return s;
}
