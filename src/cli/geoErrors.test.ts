import { describe, expect, it } from "vitest";
import type { ArticleResult, ToponymOut } from "../pipeline/contract";
import { geoErrors } from "./geoErrors";

const toponym = (start: number, end: number, text: string, lat: number, lon: number): ToponymOut => ({
  start,
  end,
  text,
  name: text,
  geonameId: null,
  countryCode: "XX",
  featureCode: "PPL",
  lat,
  lon,
  score: 1,
  metonymic: false,
  alternatives: [],
});

describe("the geoparse error listing", () => {
  it("groups false positives and far placements by phrase, with the scorer's overlap rule", () => {
    const text = "Smith went to Alpha and Beta. Smith left.";
    const gold = [
      {
        id: "a",
        text,
        toponyms: [
          { start: 14, end: 19, phrase: "Alpha", lat: 10, lon: 10 },
          { start: 24, end: 28, phrase: "Beta", lat: 20, lon: 20 },
        ],
      },
    ];
    const system = [
      {
        id: "a",
        toponyms: [
          toponym(0, 5, "Smith", 0, 0),
          toponym(14, 19, "Alpha", 10.5, 10),
          toponym(24, 28, "Beta", 30, 20),
          toponym(30, 35, "Smith", 0, 0),
        ],
      } as unknown as ArticleResult,
    ];
    const e = geoErrors(gold, system);
    expect(e.falsePositives.map((g) => [g.phrase, g.count])).toEqual([["Smith", 2]]);
    expect(e.misses.map((g) => [g.phrase, g.count])).toEqual([["Beta", 1]]);
    expect(e.misses[0]!.example).toContain("1112 km");
  });
});
