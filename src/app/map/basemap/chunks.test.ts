import { describe, expect, it } from "vitest";
import { asChunkIndex, chunksToLoad, gridChunks, type ChunkIndex } from "./chunks";

const index: ChunkIndex = {
  base: "/basemap/v1/",
  chunks: [
    { file: "world.json", layer: "water", minzoom: 0, bbox: [-180, -90, 180, 90] },
    { file: "admin1-UKR.json", layer: "admin1", minzoom: 4, bbox: [22, 44, 40, 52.4] },
    {
      file: "admin1-FRA.json",
      layer: "admin1",
      minzoom: 4,
      bbox: [-61, -21, 55, 51],
      parts: [
        [-5, 41, 10, 51],
        [55, -21, 56, -20],
      ],
    },
    { file: "fiji.json", layer: "towns", minzoom: 8, bbox: [176, -20, 180, -15] },
  ],
};
const files = (view: [number, number, number, number], zoom: number, loaded: string[] = []) =>
  chunksToLoad(index, view, zoom, new Set(loaded)).map((c) => c.file);

describe("chunksToLoad", () => {
  it("asks for the chunks whose box meets the view once the zoom is near their minzoom", () => {
    expect(files([30, 45, 36, 50], 3)).toEqual(["world.json"]);
    expect(files([30, 45, 36, 50], 3.6)).toEqual(["world.json", "admin1-UKR.json"]);
    expect(files([30, 45, 36, 50], 7, ["world.json"])).toEqual(["admin1-UKR.json"]);
    expect(files([30, 45, 36, 50], 7, ["world.json", "admin1-UKR.json"])).toEqual([]);
  });
  it("uses a chunk's parts, not its whole box, when it has them", () => {
    // Inside France's box (the Sahara) but in none of its parts.
    expect(files([10, 20, 14, 24], 6, ["world.json"])).toEqual([]);
    expect(files([2, 46, 4, 48], 6, ["world.json"])).toEqual(["admin1-FRA.json"]);
  });
  it("finds a chunk from a world copy of the view (past the antimeridian)", () => {
    expect(files([-184, -19, -181, -16], 9, ["world.json"])).toEqual(["fiji.json"]);
    expect(files([-170, -19, -165, -16], 9, ["world.json"])).toEqual([]);
  });
});

describe("asChunkIndex", () => {
  it("expands grids into chunks with their cells' boxes", () => {
    expect(
      gridChunks({
        prefix: "v",
        layer: "towns",
        minzoom: 8,
        cellDegrees: 2,
        cells: [
          [0, 0],
          [180, 89],
        ],
      }),
    ).toEqual([
      { file: "v-0-0.json", layer: "towns", minzoom: 8, bbox: [-180, -90, -178, -88] },
      { file: "v-180-89.json", layer: "towns", minzoom: 8, bbox: [180, 88, 180, 90] },
    ]);
  });
  it("drops entries of the wrong shape, and file names that could leave the directory", () => {
    const parsed = asChunkIndex({
      base: "/basemap/abc/",
      chunks: [
        { file: "ok.json", layer: "water", minzoom: 0, bbox: [0, 0, 1, 1] },
        { file: "../x.json", layer: "water", minzoom: 0, bbox: [0, 0, 1, 1] },
        { file: "bad-layer.json", layer: "roads", minzoom: 0, bbox: [0, 0, 1, 1] },
        { file: "bad-box.json", layer: "water", minzoom: 0, bbox: [0, 0, 1] },
      ],
      grids: [{ prefix: "t", layer: "towns", minzoom: 7, cellDegrees: 10, cells: [[1, 2]] }, { prefix: "t" }],
    });
    expect(parsed.base).toBe("/basemap/abc/");
    expect(parsed.chunks.map((c) => c.file)).toEqual(["ok.json", "t-1-2.json"]);
    expect(asChunkIndex("nonsense")).toEqual({ base: "/basemap/", chunks: [] });
    expect(asChunkIndex({ base: "https://elsewhere.example/", chunks: [] }).base).toBe("/basemap/");
  });
});
