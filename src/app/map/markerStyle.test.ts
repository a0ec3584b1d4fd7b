import { describe, expect, it } from "vitest";
import { casualtyRadius, mercatorY } from "../model/columns";
import { PRECISION_INDEX } from "../model/columnCodes";
import {
  KIND_CITY,
  KIND_COUNTRY,
  KIND_EXACT,
  KIND_NEAR,
  KIND_REGION,
  REGION_RADIUS_M,
  drawKind,
  groundPixels,
  hitRadius,
  regionAreaRadius,
  ringRadius,
} from "./markerStyle";

describe("marker styles by place precision", () => {
  it("gives each precision its own kind", () => {
    const kinds = ["exact", "city", "near", "region", "country"].map((p) =>
      drawKind(PRECISION_INDEX[p] as number),
    );
    expect(kinds).toEqual([KIND_EXACT, KIND_CITY, KIND_NEAR, KIND_REGION, KIND_COUNTRY]);
  });

  it("measures ground distances in pixels like web mercator (512-pixel world at zoom 0)", () => {
    // A quarter of the equator is a quarter of the world's width.
    expect(groundPixels(40_075_016.686 / 4, mercatorY(0), 3)).toBeCloseTo((512 * 8) / 4, 6);
    // At 60 degrees north a metre is twice as many pixels.
    expect(groundPixels(1000, mercatorY(60), 5) / groundPixels(1000, mercatorY(0), 5)).toBeCloseTo(2, 3);
  });

  it("draws a region as an area that grows with the zoom but never under its ring", () => {
    const y = mercatorY(35);
    expect(regionAreaRadius(0, y, 1)).toBe(ringRadius(0));
    const z8 = regionAreaRadius(0, y, 8);
    expect(z8).toBeCloseTo(groundPixels(REGION_RADIUS_M, y, 8), 6);
    expect(regionAreaRadius(0, y, 9)).toBeCloseTo(2 * z8, 6);
  });

  it("hits a region on its ring, not on its whole area", () => {
    expect(hitRadius(KIND_REGION, 0, 10)).toBe(hitRadius(KIND_NEAR, 0, 10));
    expect(hitRadius(KIND_CITY, 100, 3)).toBe(casualtyRadius(100) + 1.5);
  });
});
