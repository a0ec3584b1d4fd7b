import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EventOut } from "../../pipeline/contract";
import { compareIncidents, mergeSorted, type Incident } from "./incident";

const incident = (key: string, t0: number, t1: number): Incident => ({
  key,
  article: 0,
  event: {} as EventOut,
  t0,
  t1,
  casualties: 0,
  userEdited: false,
});

const sortedIncidents = fc
  .array(
    fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3 }), fc.string({ maxLength: 3 })),
  )
  .map((rows) => rows.map(([t0, span, key]) => incident(key, t0, t0 + span)).sort(compareIncidents));

describe("mergeSorted", () => {
  it("gives what sorting both together gives, in linear time", () => {
    fc.assert(
      fc.property(sortedIncidents, sortedIncidents, (a, b) => {
        const merged = mergeSorted(a, b);
        expect(merged).toEqual([...a, ...b].sort(compareIncidents));
        expect(merged).toHaveLength(a.length + b.length);
      }),
    );
  });
});
