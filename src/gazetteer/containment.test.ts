import { describe, expect, it } from "vitest";
import { realGazetteer } from "../testing/realGazetteer";
import { holdsInChain, isAdminContainer } from "./containment";
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

describe("holdsInChain", () => {
  it("holds a town in its own entry and a town named as a unit for the places of its region", () => {
    const kherson = one("kherson", "UA", "city");
    const bilozerka = one("bilozerka", "UA", "city");
    expect(holdsInChain(kherson, kherson, false)).toBe(true);
    expect(holdsInChain(kherson, bilozerka, true)).toBe(true);
    // Negative: a town not named as a unit, and a town of another region, hold nothing.
    expect(holdsInChain(kherson, bilozerka, false)).toBe(false);
    expect(holdsInChain(kherson, one("mykolaiv", "UA", "city"), true)).toBe(false);
  });
});
