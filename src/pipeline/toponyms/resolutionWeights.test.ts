/** The weights table loads, and the fitted model weighs the article's own evidence above size. */
import { describe, expect, it } from "vitest";
import type { Gazetteer, Place } from "../../gazetteer/types";
import { initialState, type Mention } from "../state";
import { resolveWithWeights } from "./resolve";
import { HAND_WEIGHTS, readWeights, resolutionWeights } from "./resolutionWeights";
import { SCORE_FEATURES } from "./scoreFeatures";

describe("resolution weights", () => {
  it("load from the weights file: one finite weight per named feature", () => {
    const w = resolutionWeights();
    expect(Object.keys(w).sort()).toEqual([...SCORE_FEATURES].sort());
    for (const k of SCORE_FEATURES) expect(Number.isFinite(w[k])).toBe(true);
  });

  it("reject a table with a missing or an unknown feature", () => {
    const { parent: _dropped, ...missing } = HAND_WEIGHTS;
    expect(() => readWeights({ weights: missing })).toThrow(/parent/);
    expect(() => readWeights({ weights: { ...HAND_WEIGHTS, elevation: 1 } })).toThrow(/elevation/);
  });
});

// A tiny synthetic world: a town name shared by a small town of country AA and a five times
// larger town of country BB; the article may name country AA.
const place = (p: Partial<Place> & Pick<Place, "id" | "name" | "kind" | "countryCode">): Place => ({
  featureCode: p.kind === "country" ? "PCLI" : "PPL",
  admin1: p.kind === "country" ? "" : "01",
  lat: 0,
  lon: 0,
  population: 0,
  ...p,
});
const SMALL = place({
  id: 1,
  name: "Oldbridge",
  kind: "city",
  countryCode: "AA",
  population: 40_000,
  lat: 10,
  lon: 10,
});
const LARGE = place({
  id: 2,
  name: "Oldbridge",
  kind: "city",
  countryCode: "BB",
  population: 200_000,
  lat: 40,
  lon: 60,
});
const COUNTRY = place({ id: 3, name: "Aland", kind: "country", countryCode: "AA", lat: 11, lon: 11 });
const index = new Map<string, Place[]>([
  ["oldbridge", [SMALL, LARGE]],
  ["aland", [COUNTRY]],
]);
const gazetteer = {
  lookup: (k: string) => index.get(k) ?? [],
  lookupLoose: () => [],
} as unknown as Gazetteer;

function resolveTown(text: string): Place | undefined {
  const state = initialState();
  state.mentions = [...text.matchAll(/Oldbridge|Aland/g)].map((m, i): Mention => {
    const key = m[0].toLowerCase();
    return {
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      key,
      tokenStart: i,
      tokenEnd: i + 1,
      sentence: 0,
      candidates: index.get(key)!,
    };
  });
  resolveWithWeights({ text, published: "2020-01-01", gazetteer }, state, resolutionWeights());
  return state.mentions.find((m) => m.key === "oldbridge")?.chosen?.place;
}

describe("the fitted model", () => {
  it("prefers the candidate in the country the article names over a more populous one abroad", () => {
    expect(resolveTown("Officials in Aland said the floods reached Oldbridge on Monday.")).toBe(SMALL);
  });

  it("takes the more populous candidate when the article gives no evidence", () => {
    expect(resolveTown("Officials said the floods reached Oldbridge on Monday.")).toBe(LARGE);
  });
});
