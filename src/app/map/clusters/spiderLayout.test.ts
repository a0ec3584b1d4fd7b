import { describe, expect, it } from "vitest";
import { spiderLayout } from "./spiderLayout";

const distance = (a: { dx: number; dy: number }, b: { dx: number; dy: number }) =>
  Math.hypot(a.dx - b.dx, a.dy - b.dy);

describe("spiderLayout", () => {
  it("gives one offset per item, the first straight above the point", () => {
    for (const n of [2, 5, 8, 9, 40]) {
      const offsets = spiderLayout(n, 30);
      expect(offsets).toHaveLength(n);
      expect(Math.abs(offsets[0]?.dx ?? 1)).toBeLessThan(1e-9);
      expect(offsets[0]?.dy).toBeLessThan(0);
    }
    expect(spiderLayout(0)).toEqual([]);
  });

  it("keeps every pair of spread markers at least about the spacing apart, and off the point", () => {
    for (const n of [2, 3, 8, 9, 25, 60]) {
      const offsets = spiderLayout(n, 30);
      for (let i = 0; i < n; i++) {
        expect(Math.hypot(offsets[i]?.dx ?? 0, offsets[i]?.dy ?? 0)).toBeGreaterThanOrEqual(29.9);
        for (let j = i + 1; j < n; j++) {
          expect(distance(offsets[i]!, offsets[j]!)).toBeGreaterThan(0.8 * 30);
        }
      }
    }
  });

  it("puts a few on a circle and many on a spiral that grows outward", () => {
    const circle = spiderLayout(6, 30).map((o) => Math.hypot(o.dx, o.dy));
    expect(Math.max(...circle) - Math.min(...circle)).toBeLessThan(1e-9);
    const spiral = spiderLayout(30, 30).map((o) => Math.hypot(o.dx, o.dy));
    for (let i = 1; i < spiral.length; i++) expect(spiral[i]).toBeGreaterThan(spiral[i - 1] as number);
  });
});
