import { describe, expect, it } from "vitest";
import type { EventOut } from "../../pipeline/contract";
import type { Incident } from "../model/incident";
import { compareIncidents } from "../model/incident";
import {
  ALL_DAYS,
  clampDay,
  highlightedCountries,
  histogram,
  incidentDays,
  incidentsInWindow,
  nextIncidentDay,
  previousIncidentDay,
  timeDomain,
  lengthOf,
  parseWindowLength,
  windowMode,
  windowRange,
} from "./selectors";

function inc(
  key: string,
  t0: number,
  t1 = t0,
  precision: EventOut["precision"] = "city",
  cc = "SY",
): Incident {
  const event = { id: key, precision, countryCode: cc } as EventOut;
  return { key, article: 0, event, t0, t1, casualties: 0 };
}

const incidents = [
  inc("a", 10),
  inc("b", 10),
  inc("c", 12, 40),
  inc("d", 20, 20, "country", "YE"),
  inc("e", 35),
].sort(compareIncidents);

describe("windowRange", () => {
  it("ends the window on the selected day", () => {
    expect(windowRange(20, "day")).toEqual({ start: 20, end: 20 });
    expect(windowRange(20, "week")).toEqual({ start: 14, end: 20 });
    expect(windowRange(20, "month")).toEqual({ start: -9, end: 20 });
  });
  it("covers everything for 'all' or no day", () => {
    expect(windowRange(20, "all")).toEqual(ALL_DAYS);
    expect(windowRange(null, "day")).toEqual(ALL_DAYS);
  });
});

describe("incidentsInWindow", () => {
  it("keeps incidents whose span overlaps the window, in time order", () => {
    expect(incidentsInWindow(incidents, { start: 10, end: 10 }).map((i) => i.key)).toEqual(["a", "b"]);
    expect(incidentsInWindow(incidents, { start: 11, end: 19 }).map((i) => i.key)).toEqual(["c"]);
    expect(incidentsInWindow(incidents, { start: 36, end: 50 }).map((i) => i.key)).toEqual(["c"]);
    expect(incidentsInWindow(incidents, ALL_DAYS)).toHaveLength(5);
  });
  it("finds nothing outside the data, and nothing in an empty list", () => {
    expect(incidentsInWindow(incidents, { start: 41, end: 60 })).toEqual([]);
    expect(incidentsInWindow(incidents, { start: 0, end: 9 })).toEqual([]);
    expect(incidentsInWindow([], ALL_DAYS)).toEqual([]);
  });
});

describe("incident days and stepping", () => {
  const days = incidentDays(incidents);
  it("lists distinct first days", () => {
    expect(days).toEqual([10, 12, 20, 35]);
    expect(incidentDays(incidents)).toBe(days);
  });
  it("steps to the previous and next incident day", () => {
    expect(previousIncidentDay(days, 20)).toBe(12);
    expect(previousIncidentDay(days, 15)).toBe(12);
    expect(previousIncidentDay(days, 10)).toBeNull();
    expect(nextIncidentDay(days, 20)).toBe(35);
    expect(nextIncidentDay(days, 11)).toBe(12);
    expect(nextIncidentDay(days, 35)).toBeNull();
  });
  it("clamps a day into the domain", () => {
    const domain = timeDomain(incidents);
    expect(domain).toEqual({ start: 10, end: 35 });
    expect(clampDay(null, domain)).toBe(35);
    expect(clampDay(3, domain)).toBe(10);
    expect(clampDay(99, domain)).toBe(35);
    expect(clampDay(5, null)).toBe(5);
    expect(timeDomain([])).toBeNull();
  });
});

describe("highlightedCountries", () => {
  it("lists the countries of whole-country incidents only", () => {
    expect(highlightedCountries(incidents)).toEqual(["YE"]);
  });
});

describe("histogram", () => {
  it("counts incidents per day", () => {
    const bins = histogram(incidents, { start: 10, end: 35 });
    expect(bins).toHaveLength(26);
    expect(bins[0]).toEqual({ start: 10, end: 10, count: 2 });
    expect(bins[2]?.count).toBe(1);
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(5);
  });
  it("widens bins on long domains", () => {
    const bins = histogram(incidents, { start: 10, end: 35 }, 5);
    expect(bins.length).toBeLessThanOrEqual(5);
    expect(bins[0]).toMatchObject({ start: 10, end: 15, count: 3 });
    expect(bins.reduce((n, b) => n + b.count, 0)).toBe(5);
  });
});

describe("window modes", () => {
  it("reads and writes every mode", () => {
    expect(windowRange(20, "last-3")).toEqual({ start: 18, end: 20 });
    expect(windowRange(20, "range-10")).toEqual({ start: 11, end: 20 });
    expect(windowRange(20, "cumulative")).toEqual({ start: ALL_DAYS.start, end: 20 });
    expect(windowMode("week")).toEqual({ mode: "last", days: 7 });
    expect(windowMode("range-4")).toEqual({ mode: "range", days: 4 });
    expect(lengthOf("last", 0)).toBe("last-1");
    expect(lengthOf("cumulative", 5)).toBe("cumulative");
    expect(parseWindowLength("last-14")).toBe("last-14");
    for (const bad of ["last-0", "last-x", "range-", "year", null, "last-99999"]) {
      expect(parseWindowLength(bad)).toBeNull();
    }
  });
});
