import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EventOut } from "../../pipeline/contract";
import { compareIncidents, type Incident } from "../model/incident";
import { incidentsInWindow, nextIncidentDay, previousIncidentDay } from "./selectors";
import { windowIndices } from "./selectorsWindowIndex";

function inc(key: string, t0: number, t1: number): Incident {
  const event = { id: key, precision: "city", countryCode: "KE" } as EventOut;
  return { key, article: 0, event, t0, t1, casualties: 0 };
}

/** The plain definition: every incident whose span overlaps the window, in input order. */
function scan(incidents: readonly Incident[], start: number, end: number): Incident[] {
  return incidents.filter((i) => i.t0 <= end && i.t1 >= start);
}

const spans = fc.array(
  fc.record({
    t0: fc.integer({ min: 0, max: 400 }),
    span: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 400 })),
  }),
  { maxLength: 300 },
);

describe("windowIndices", () => {
  it("equals a scan of every incident, in the same order, on random data", () => {
    fc.assert(
      fc.property(
        spans,
        fc.integer({ min: -50, max: 450 }),
        fc.integer({ min: 0, max: 500 }),
        (list, start, length) => {
          const incidents = list.map((s, i) => inc(`k${i}`, s.t0, s.t0 + s.span)).sort(compareIncidents);
          const end = start + length;
          expect(incidentsInWindow(incidents, { start, end })).toEqual(scan(incidents, start, end));
          const idx = windowIndices(incidents, start, end);
          expect(idx).toEqual([...idx].sort((a, b) => a - b));
        },
      ),
    );
  });
  it("finds a long span that started well before the window", () => {
    const incidents = [
      inc("long", 0, 1000),
      ...Array.from({ length: 50 }, (_, i) => inc(`d${i}`, i * 10, i * 10)),
    ];
    incidents.sort(compareIncidents);
    expect(incidentsInWindow(incidents, { start: 995, end: 999 }).map((i) => i.key)).toEqual(["long"]);
  });
});

describe("previous and next incident day", () => {
  it("equal a linear search on random ascending days", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 200 })),
        fc.integer({ min: -5, max: 205 }),
        (raw, day) => {
          const days = [...raw].sort((a, b) => a - b);
          expect(previousIncidentDay(days, day)).toBe([...days].reverse().find((d) => d < day) ?? null);
          expect(nextIncidentDay(days, day)).toBe(days.find((d) => d > day) ?? null);
        },
      ),
    );
  });
});
