import { describe, expect, it } from "vitest";
import { readAdmin1 } from "./admin";
import { CITIES500_PATH, readCities500 } from "./cities";
import { naturalEarthRegionPoints } from "./naturalEarthRegions";
import { distanceKm } from "../distance";

/** A region's point within the country, near where its shape is (county centres, by their shapes). */
const inEngland = { lat: 52.5, lon: -1.5 };

describe("first-level regions whose source point is a data error", () => {
  const cities = readCities500(CITIES500_PATH);
  const byCountry = new Map<string, typeof cities>();
  for (const c of cities) {
    const list = byCountry.get(c.countryCode);
    if (list) list.push(c);
    else byCountry.set(c.countryCode, [c]);
  }

  it("are placed inside their own shape (Natural Earth), not dropped", () => {
    const admin = readAdmin1(byCountry, undefined, undefined, naturalEarthRegionPoints());
    const gb = admin.filter((p) => p.countryCode === "GB");
    for (const name of ["Norfolk", "Kent", "Surrey"]) {
      const region = gb.find((p) => p.name === name);
      expect(region, name).toBeDefined();
      // Inside Britain: within 300 km of the Midlands, never in America.
      expect(distanceKm(region!, inEngland), name).toBeLessThan(300);
    }
  }, 60_000);

  it("reads each region's point from its shape, names that two regions share left out", () => {
    const points = naturalEarthRegionPoints()("UA");
    const kyiv = [...points.entries()].find(([k]) => k.includes("kiev") || k.includes("kyiv"));
    expect(kyiv).toBeDefined();
    const [lat, lon] = kyiv![1];
    expect(lat).toBeGreaterThan(49);
    expect(lat).toBeLessThan(52);
    expect(lon).toBeGreaterThan(29);
    expect(lon).toBeLessThan(33);
    expect(naturalEarthRegionPoints()("XX").size).toBe(0);
  });
});
