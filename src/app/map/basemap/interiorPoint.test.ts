import { booleanPointInPolygon, centroid, point } from "@turf/turf";
import type { MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { interiorPoint, largestPolygon } from "./interiorPoint";

/** A "U": its centroid lies in the gap between the arms, outside the shape. */
const U: Polygon = {
  type: "Polygon",
  coordinates: [
    [
      [0, 0],
      [10, 0],
      [10, 10],
      [8, 10],
      [8, 2],
      [2, 2],
      [2, 10],
      [0, 10],
      [0, 0],
    ],
  ],
};

describe("interiorPoint", () => {
  it("lies inside a shape whose centroid does not", () => {
    expect(booleanPointInPolygon(centroid(U), U)).toBe(false);
    expect(booleanPointInPolygon(point(interiorPoint(U)), U)).toBe(true);
  });
  it("labels a multi-polygon in its largest part", () => {
    const islands: MultiPolygon = {
      type: "MultiPolygon",
      coordinates: [
        [
          [
            [50, 0],
            [51, 0],
            [51, 1],
            [50, 0],
          ],
        ],
        U.coordinates,
      ],
    };
    expect(largestPolygon(islands)).toEqual(U.coordinates);
    expect(booleanPointInPolygon(point(interiorPoint(islands)), U)).toBe(true);
  });
});
