import { describe, expect, it } from "vitest";
import type { EventOut } from "../../pipeline/contract";
import { EVENT_TYPES } from "../model/eventTypes";
import type { Incident } from "../model/incident";
import { parseDay } from "../../time/days";
import { axisTicks, binIndex, binUnit, binsOf, stackedHistogram } from "./selectorsHistogram";

const day = (s: string) => parseDay(s) as number;

function inc(key: string, t0: number, t1 = t0, type = "airstrike"): Incident {
  return { key, article: 0, event: { id: key, type } as EventOut, t0, t1, casualties: 0 };
}

describe("bins", () => {
  it("chooses days, weeks or months by span", () => {
    expect(binUnit(30)).toBe("day");
    expect(binUnit(400)).toBe("week");
    expect(binUnit(7 * 365)).toBe("month");
  });
  it("cuts weeks on Mondays and months on the 1st, clipped to the domain", () => {
    const weeks = binsOf({ start: day("2016-10-12"), end: day("2016-10-26") }, "week");
    expect(weeks.map((b) => b.start)).toEqual([day("2016-10-12"), day("2016-10-17"), day("2016-10-24")]);
    expect(weeks[0]?.end).toBe(day("2016-10-16"));
    expect(weeks[2]?.end).toBe(day("2016-10-26"));
    const months = binsOf({ start: day("2016-01-15"), end: day("2016-03-02") }, "month");
    expect(months).toEqual([
      { start: day("2016-01-15"), end: day("2016-01-31") },
      { start: day("2016-02-01"), end: day("2016-02-29") },
      { start: day("2016-03-01"), end: day("2016-03-02") },
    ]);
    expect(binIndex(months, day("2016-02-10"))).toBe(1);
    expect(binIndex(months, day("2016-03-03"))).toBe(-1);
  });
  it("keeps seven years in about 84 bins", () => {
    const bins = binsOf({ start: day("2016-01-01"), end: day("2022-12-31") }, binUnit(7 * 365 + 2));
    expect(bins).toHaveLength(84);
  });
});

describe("stackedHistogram", () => {
  const d0 = day("2016-10-01");
  it("stacks by type, and counts a span in every bin it overlaps", () => {
    const h = stackedHistogram(
      [inc("a", d0), inc("b", d0, d0, "aid"), inc("c", d0 + 1, d0 + 3), inc("d", d0 + 2)],
      { start: d0, end: d0 + 9 },
    );
    expect(h.unit).toBe("day");
    expect(h.bins).toHaveLength(10);
    const airstrike = EVENT_TYPES.findIndex((e) => e.type === "airstrike");
    const aid = EVENT_TYPES.findIndex((e) => e.type === "aid");
    expect(h.bins[0]?.byType[airstrike]).toBe(1);
    expect(h.bins[0]?.byType[aid]).toBe(1);
    expect(h.bins[0]?.total).toBe(2);
    expect(h.bins.map((b) => b.spans)).toEqual([0, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(h.bins[2]?.total).toBe(2);
    expect(h.max).toBe(2);
    expect(h.counted).toBe(4);
  });
  it("counts a span inside one wide bin as that bin's", () => {
    const h = stackedHistogram([inc("a", d0 + 2, d0 + 4)], { start: d0 - 400, end: d0 + 30 });
    expect(h.unit).toBe("week");
    expect(h.bins.reduce((n, b) => n + b.spans, 0)).toBe(0);
    expect(h.bins.reduce((n, b) => n + b.total, 0)).toBe(1);
  });
  it("ignores what lies outside the domain", () => {
    const h = stackedHistogram([inc("a", d0 - 5), inc("b", d0 + 50)], { start: d0, end: d0 + 9 });
    expect(h.bins.reduce((n, b) => n + b.total, 0)).toBe(0);
  });
});

describe("axisTicks", () => {
  it("labels days, months or years", () => {
    expect(axisTicks({ start: day("2016-10-01"), end: day("2016-10-20") })[0]?.label).toBe("1 Oct");
    const months = axisTicks({ start: day("2016-01-10"), end: day("2016-12-31") });
    expect(months.map((t) => t.label)).toContain("Jul");
    const years = axisTicks({ start: day("2010-03-01"), end: day("2023-05-01") });
    expect(years.every((t) => /^\d{4}$/.test(t.label))).toBe(true);
    expect(years.length).toBeLessThanOrEqual(8);
  });
});
