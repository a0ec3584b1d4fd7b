import { describe, expect, it } from "vitest";
import { PREFETCH_ZOOM } from "./chunks";
import { FIRST_VISIT_MIN_POPULATION, tierOf, townMinZoom, TOWN_TIERS } from "./townTiers";

describe("town tiers", () => {
  it("labels bigger places from lower zooms: >=100k by 5, >=20k by 7, everything by 9", () => {
    expect(townMinZoom(150_000)).toBeLessThanOrEqual(5);
    expect(townMinZoom(25_000)).toBeLessThanOrEqual(7);
    expect(townMinZoom(25_000)).toBeGreaterThan(5);
    expect(townMinZoom(600)).toBeLessThanOrEqual(9);
    expect(townMinZoom(600)).toBeGreaterThan(7);
  });
  it("never shows a smaller place earlier than a bigger one", () => {
    let previous = -Infinity;
    for (let p = 999_999; p >= 1; p = Math.floor(p * 0.8)) {
      const z = townMinZoom(p);
      expect(z).toBeGreaterThanOrEqual(previous);
      previous = z;
    }
  });
  it("puts every place in the tier of its population, capitals and million-cities in none", () => {
    expect(tierOf(FIRST_VISIT_MIN_POPULATION, false)).toBeNull();
    expect(tierOf(5_000, true)).toBeNull();
    expect(tierOf(250_000, false)?.id).toBe("towns-100k");
    expect(tierOf(30_000, false)?.id).toBe("towns-20k");
    expect(tierOf(0, false)?.id).toBe("villages");
    // A tier's chunks are fetched (PREFETCH_ZOOM before their minzoom) no later than its places are drawn.
    for (const p of [999_999, 100_000, 99_999, 50_000, 20_000, 19_999, 5_000, 1]) {
      expect((tierOf(p, false)?.minzoom ?? Infinity) - PREFETCH_ZOOM).toBeLessThanOrEqual(townMinZoom(p));
    }
  });
  it("lists the tiers largest first, smaller cells for smaller places", () => {
    const mins = TOWN_TIERS.map((t) => t.minPopulation);
    expect([...mins].sort((a, b) => b - a)).toEqual(mins);
    const cells = TOWN_TIERS.map((t) => t.cellDegrees);
    expect([...cells].sort((a, b) => b - a)).toEqual(cells);
  });
});
