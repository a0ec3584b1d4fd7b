import { describe, expect, it } from "vitest";
import type { Position } from "geojson";
import { WATER_DETAIL_MINZOOM, waterChunks } from "./water";

/** A square polygon of `deg` degrees at (lon, lat), as rings. */
function square(lon: number, lat: number, deg: number): Position[][] {
  return [
    [
      [lon, lat],
      [lon + deg, lat],
      [lon + deg, lat + deg],
      [lon, lat + deg],
      [lon, lat],
    ],
  ];
}

describe("waterChunks", () => {
  it("draws great lakes at every zoom, smaller water from the detail zoom in its cell, and drops specks", () => {
    const greatLake = square(30, 0, 2); // ~49,000 km²
    const pond = square(35.1, 48.1, 0.05); // ~20 km²
    const speck = square(35.3, 48.3, 0.005); // ~0.2 km²
    const river = square(-5.5, 41.5, 0.1);
    const chunks = waterChunks([greatLake, pond, speck], [river]);
    expect(chunks.map((c) => [c.id, c.minzoom, c.polygons.length])).toEqual([
      ["water-world", 0, 1],
      ["water-17-13", WATER_DETAIL_MINZOOM, 1],
      ["water-21-13", WATER_DETAIL_MINZOOM, 1],
    ]);
    const pondChunk = chunks.find((c) => c.id === "water-21-13");
    expect(pondChunk?.bbox).toEqual([35.1, 48.1, 35.15, 48.15]);
  });
});
