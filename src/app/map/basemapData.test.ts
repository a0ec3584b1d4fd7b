import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { booleanPointInPolygon } from "@turf/turf";
import { describe, expect, it } from "vitest";
import {
  basemapFromTopology,
  countryLayersFromTopology,
  splitAtAntimeridian,
  unwrapRing,
} from "./basemapData";

describe("antimeridian handling", () => {
  it("unwraps a ring that jumps across 180°", () => {
    expect(
      unwrapRing([
        [170, 60],
        [180, 62],
        [-179, 63],
        [-170, 60],
        [170, 60],
      ]),
    ).toEqual([
      [170, 60],
      [180, 62],
      [181, 63],
      [190, 60],
      [170, 60],
    ]);
  });
  it("splits a line that jumps across 180°", () => {
    expect(
      splitAtAntimeridian([
        [
          [170, 60],
          [180, 61],
          [-180, 61],
          [-170, 60],
        ],
      ]),
    ).toEqual([
      [
        [170, 60],
        [180, 61],
      ],
      [
        [-180, 61],
        [-170, 60],
      ],
    ]);
  });
});

describe("basemapFromTopology", () => {
  it("gives every country an ISO code, a label point and no line across the world", () => {
    const path = createRequire(import.meta.url).resolve("world-atlas/countries-110m.json");
    const labels = [{ name: "Sanaa", lat: 15.35, lon: 44.21, population: 1_937_451, capital: true }];
    const data = basemapFromTopology(JSON.parse(readFileSync(path, "utf8")), labels);
    const byName = new Map(data.countries.features.map((f) => [f.properties.name, f.properties.iso2]));
    expect(byName.get("Syria")).toBe("SY");
    expect(byName.get("Yemen")).toBe("YE");
    expect(byName.get("Switzerland")).toBe("CH");
    expect(data.countryLabels.features.length).toBeGreaterThan(150);
    expect(data.cities.features).toEqual([
      {
        type: "Feature",
        geometry: { type: "Point", coordinates: [44.21, 15.35] },
        properties: { name: "Sanaa", capital: true, population: 1_937_451, minzoom: 3 },
      },
    ]);
    for (const line of data.coastlines.geometry.coordinates) {
      for (let i = 1; i < line.length; i++) {
        expect(Math.abs((line[i]?.[0] ?? 0) - (line[i - 1]?.[0] ?? 0))).toBeLessThanOrEqual(180);
      }
    }
  });
});

describe("country labels", () => {
  for (const scale of ["110m", "50m"]) {
    it(`label each ${scale} country once, at a point inside it`, () => {
      const path = createRequire(import.meta.url).resolve(`world-atlas/countries-${scale}.json`);
      const layers = countryLayersFromTopology(JSON.parse(readFileSync(path, "utf8")));
      const names = layers.countryLabels.features.map((f) => f.properties.name);
      expect(new Set(names).size).toBe(names.length);
      const shapes = new Map<string, (typeof layers.countries.features)[number][]>();
      for (const f of layers.countries.features)
        shapes.set(f.properties.name, [...(shapes.get(f.properties.name) ?? []), f]);
      const outside = layers.countryLabels.features
        .filter(
          (label) => !(shapes.get(label.properties.name) ?? []).some((f) => booleanPointInPolygon(label, f)),
        )
        .map((label) => label.properties.name);
      expect(outside).toEqual([]);
      expect(names).toEqual(expect.arrayContaining(["Chile", "Croatia", "Indonesia", "Norway", "Fiji"]));
    });
  }
});
