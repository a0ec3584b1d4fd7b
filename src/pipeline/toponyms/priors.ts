/**
 * Prior plausibility of a referent before any context: kind of feature and population.
 * Log-scale so that a town of 5,000 does not beat a city of 5 million, but context can still
 * move a mid-sized town ahead of a far-away big city. Not the model's score (resolve.ts scores with the
 * fitted weights of the same features): a fixed ranking that the list-kind vote (listKinds.ts) and
 * the spatial-support filter (resolve.ts, SUPPORT_PRIOR_GAP) use before any weights apply.
 */
import type { Place } from "../../gazetteer/types";

const FEATURE_BONUS: Record<string, number> = {
  PPLC: 1.5,
  PPLG: 1.2,
  PPLA: 1,
  PPLA2: 0.5,
  PPLA3: 0.2,
  PPLA4: 0.1,
};

export function prior(p: Place): number {
  switch (p.kind) {
    case "continent":
      return 9;
    case "country":
      return 9;
    case "region":
      return 7;
    case "admin1":
      return 5.5 + Math.log10(p.population + 1) / 10;
    case "admin2":
      return 4.5 + Math.log10(p.population + 1) / 10;
    case "city":
      return Math.log10(p.population + 10) + (FEATURE_BONUS[p.featureCode] ?? 0);
  }
}
