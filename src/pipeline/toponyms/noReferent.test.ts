import { describe, expect, it } from "vitest";
import type { Place } from "../../gazetteer/types";
import { initialState, type Mention } from "../state";
import { dropWeakReferents, NO_REFERENT_SCORE, noReferentReason } from "./noReferent";

const place = (featureCode: string, population: number, kind: Place["kind"] = "city"): Place => ({
  id: 1,
  name: "Someplace",
  kind,
  featureCode,
  countryCode: "US",
  admin1: "TX",
  lat: 30,
  lon: -97,
  population,
});

const mention = (start: number, p: Place, score: number, extra: Partial<Mention> = {}): Mention => ({
  start,
  end: start + 9,
  text: "Someplace",
  key: "someplace",
  tokenStart: start,
  tokenEnd: start + 1,
  sentence: 0,
  candidates: [p],
  chosen: { place: p, score },
  ...extra,
});

describe("the no-referent outcome", () => {
  const weak = NO_REFERENT_SCORE - 0.1;
  const sure = NO_REFERENT_SCORE + 0.1;

  it("leaves a small town the model doubts unplaced, with the reason", () => {
    expect(noReferentReason(mention(0, place("PPL", 800), weak))).toMatch(/no referent/);
    expect(noReferentReason(mention(0, place("PPLX", 800), weak))).toMatch(/no referent/);
  });

  it("keeps a small town the model is sure of", () => {
    expect(noReferentReason(mention(0, place("PPL", 800), sure))).toBeUndefined();
  });

  it("keeps capitals, seats, populous cities, regions and countries at any score", () => {
    for (const code of ["PPLC", "PPLA", "PPLA2"])
      expect(noReferentReason(mention(0, place(code, 800), weak))).toBeUndefined();
    expect(noReferentReason(mention(0, place("PPL", 8_000_000), weak))).toBeUndefined();
    expect(noReferentReason(mention(0, place("ADM1", 0, "admin1"), weak))).toBeUndefined();
    expect(noReferentReason(mention(0, place("PCLI", 0, "country"), weak))).toBeUndefined();
  });

  it("keeps a referent fixed by the text or the dateline", () => {
    const p = place("PPL", 800);
    expect(noReferentReason(mention(0, p, weak, { forced: p }))).toBeUndefined();
    expect(noReferentReason(mention(0, p, weak, { dateline: true }))).toBeUndefined();
  });

  it("moves the weak mentions to the dropped layer and keeps parents pointing at the same mentions", () => {
    const state = initialState();
    const town = mention(0, place("PPL", 800), weak);
    const city = mention(20, place("PPLA2", 50_000), weak, { parent: 2 });
    const state1 = mention(40, place("ADM1", 0, "admin1"), 1);
    const orphan = mention(60, place("PPLA2", 50_000), sure, { parent: 0 });
    state.mentions = [town, city, state1, orphan];
    dropWeakReferents(state);
    expect(state.mentions).toEqual([city, state1, orphan]);
    expect(city.parent).toBe(1);
    expect(orphan.parent).toBeUndefined();
    expect(state.dropped.map((d) => [d.start, d.filter])).toEqual([[0, "no-referent"]]);
  });
});
