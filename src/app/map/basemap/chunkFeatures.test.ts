import { describe, expect, it } from "vitest";
import { chunkFeatures } from "./chunkFeatures";
import { townMinZoom } from "./townTiers";

describe("chunkFeatures", () => {
  it("turns town rows into points drawn from their population's zoom, skipping bad rows", () => {
    const { towns } = chunkFeatures("towns", {
      towns: [["Town", 35.1, 48.2, 45_000], ["No coords", null, 1, 5], "junk", ["Village", 35.2, 48.3, 800]],
    });
    expect(towns).toEqual([
      {
        type: "Feature",
        geometry: { type: "Point", coordinates: [35.1, 48.2] },
        properties: { name: "Town", population: 45_000, minzoom: townMinZoom(45_000) },
      },
      {
        type: "Feature",
        geometry: { type: "Point", coordinates: [35.2, 48.3] },
        properties: { name: "Village", population: 800, minzoom: townMinZoom(800) },
      },
    ]);
  });
  it("gives an admin-1 chunk one boundary feature and a label per region", () => {
    const out = chunkFeatures("admin1", {
      lines: [
        [
          [0, 0],
          [0, 1],
        ],
        [[0, "x"]],
      ],
      labels: [
        ["North", 0.5, 0.5, 4.2],
        ["Broken", 1],
      ],
    });
    expect(out["admin1-lines"]?.[0]?.geometry.coordinates).toEqual([
      [
        [0, 0],
        [0, 1],
      ],
    ]);
    expect(out["admin1-labels"]?.map((f) => f.properties)).toEqual([{ name: "North", rank: 4.2 }]);
  });
  it("keeps only closed-looking water polygons", () => {
    const square = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 0],
    ];
    const out = chunkFeatures("water", { polygons: [[square], [[[0, 0]]], "x"] });
    expect(out.water?.[0]?.geometry.coordinates).toEqual([[square]]);
    expect(chunkFeatures("water", null).water?.[0]?.geometry.coordinates).toEqual([]);
  });
});
