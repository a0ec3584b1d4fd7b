import { describe, expect, it } from "vitest";
import { realGazetteer } from "../testing/realGazetteer";
import { isAdminContainer } from "./containment";
import type { Place } from "./types";

const g = realGazetteer();
const one = (name: string, cc: string, kind?: Place["kind"]) =>
  g
    .lookup(name)
    .filter((p) => p.countryCode === cc && (!kind || p.kind === kind))
    .sort((a, b) => b.population - a.population)[0]!;

describe("isAdminContainer", () => {
  it("holds for a place's country, first-level region and county", () => {
    expect(isAdminContainer(one("texas", "US", "admin1"), one("paris", "US"))).toBe(true);
    expect(isAdminContainer(one("france", "FR", "country"), one("paris", "FR", "city"))).toBe(true);
    expect(isAdminContainer(one("ontario", "CA", "admin1"), one("london", "CA", "city"))).toBe(true);
  });

  it("does not hold between two cities, or across regions", () => {
    const londonKy = g.lookup("london").find((p) => p.countryCode === "US" && p.admin1 === "KY")!;
    const parisKy = g.lookup("paris").find((p) => p.countryCode === "US" && p.admin1 === "KY")!;
    expect(isAdminContainer(londonKy, parisKy)).toBe(false);
    expect(isAdminContainer(one("texas", "US", "admin1"), londonKy)).toBe(false);
    expect(isAdminContainer(one("london", "GB", "city"), one("paris", "FR", "city"))).toBe(false);
  });
});
