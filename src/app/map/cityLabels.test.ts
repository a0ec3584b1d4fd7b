import { describe, expect, it } from "vitest";
import { asCityLabels, cityFeatures, cityMinZoom } from "./cityLabels";

describe("cityMinZoom", () => {
  it("shows bigger cities at lower zooms, capitals earlier than other cities of their size", () => {
    expect(cityMinZoom(20_000_000, false)).toBeLessThan(cityMinZoom(3_000_000, false));
    expect(cityMinZoom(3_000_000, true)).toBeLessThan(cityMinZoom(3_000_000, false));
    expect(cityMinZoom(30_000, true)).toBeGreaterThan(cityMinZoom(2_000_000, true));
  });
  it("never decreases as the population grows", () => {
    for (const capital of [false, true]) {
      let prev = Infinity;
      for (let p = 1_000; p < 40_000_000; p *= 1.5) {
        const z = cityMinZoom(p, capital);
        expect(z).toBeLessThanOrEqual(prev);
        prev = z;
      }
    }
  });
});

describe("asCityLabels", () => {
  it("keeps well-formed entries and skips the rest", () => {
    const good = { name: "A", lat: 1, lon: 2, population: 3, capital: false };
    expect(asCityLabels([good, { name: "B", lat: "1" }, null, 7])).toEqual([good]);
    expect(asCityLabels({ not: "a list" })).toEqual([]);
  });
});

describe("cityFeatures", () => {
  it("gives each label a point and its minimum zoom", () => {
    const fc = cityFeatures([{ name: "A", lat: 1, lon: 2, population: 20_000_000, capital: false }]);
    expect(fc.features[0]?.geometry.coordinates).toEqual([2, 1]);
    expect(fc.features[0]?.properties.minzoom).toBe(cityMinZoom(20_000_000, false));
  });
});
