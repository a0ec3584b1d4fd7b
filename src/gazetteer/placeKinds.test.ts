import { describe, expect, it } from "vitest";
import type { Place } from "./types";
import { isOwnName } from "./placeKinds";

const city = (name: string, population: number): Place => ({
  id: 1,
  name,
  kind: "city",
  featureCode: "PPL",
  countryCode: "US",
  admin1: "KS",
  lat: 38.5,
  lon: -100.9,
  population,
});

describe("a place's own name", () => {
  it("is its name, and a populous city's name without a generic 'City'", () => {
    expect(isOwnName(city("Scott City", 3_800), "scott city")).toBe(true);
    expect(isOwnName(city("New York City", 8_000_000), "new york")).toBe(true);
  });

  it("is not a small town's name without its 'City' ('Scott' is no name of Scott City)", () => {
    expect(isOwnName(city("Scott City", 3_800), "scott")).toBe(false);
  });
});
