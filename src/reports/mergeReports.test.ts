import { describe, expect, it } from "vitest";
import {
  describeFigure,
  mergeReports,
  sameEventReason,
  type MergeDecision,
  type Report,
} from "./mergeReports";

function report(key: string, articleKey: string, over: Partial<Report> = {}): Report {
  return {
    key,
    articleKey,
    articleTitle: `Outlet ${articleKey}`,
    type: "attack",
    placeName: "Mopti",
    geonameId: 2453348,
    countryCode: "ML",
    lat: 14.49,
    lon: -4.19,
    precision: "city",
    killed: null,
    wounded: null,
    t0: 100,
    t1: 100,
    excerpt: `Report ${key}`,
    dateWords: "on Friday",
    ...over,
  };
}

describe("sameEventReason", () => {
  it("joins two articles' reports of one event and says why", () => {
    const why = sameEventReason(report("a", "A", { type: "shelling" }), report("b", "B"));
    expect(why).toMatch(/armed violence/);
    expect(why).toMatch(/same place \(Mopti\)/);
  });
  it("joins nearby points, naming the distance", () => {
    const near = report("b", "B", { placeName: "Sevare", geonameId: 1, lat: 14.52, lon: -4.15 });
    expect(sameEventReason(report("a", "A"), near)).toMatch(/Mopti and Sevare are \d+ km apart/);
  });
  it("keeps apart other families, far places, disjoint dates and one article's own events", () => {
    expect(sameEventReason(report("a", "A"), report("b", "B", { type: "diplomacy" }))).toBeNull();
    expect(
      sameEventReason(
        report("a", "A"),
        report("b", "B", { geonameId: 7, placeName: "Gao", lat: 16.27, lon: -0.04 }),
      ),
    ).toBeNull();
    expect(sameEventReason(report("a", "A"), report("b", "B", { t0: 102, t1: 103 }))).toBeNull();
    expect(sameEventReason(report("a", "A"), report("b", "A"))).toBeNull();
  });
  it("compares regions and countries by identity, not by their centroid's distance", () => {
    const region = (k: string, a: string, name: string) =>
      report(k, a, { precision: "region", geonameId: null, placeName: name, lat: 14, lon: -4 });
    expect(sameEventReason(region("a", "A", "Mopti Region"), region("b", "B", "Mopti Region"))).toMatch(
      /same region/,
    );
    expect(sameEventReason(region("a", "A", "Mopti Region"), region("b", "B", "Segou Region"))).toBeNull();
  });
});

describe("mergeReports", () => {
  const a = report("A::e0", "A", { killed: 4, t0: 99, t1: 100 });
  const b = report("B::e0", "B", { killed: 7 });
  const c = report("C::e0", "C", { type: "diplomacy" });

  it("merges one event's reports, with the casualties as a range and who said what", () => {
    const merged = mergeReports([a, b, c]);
    expect(merged).toHaveLength(2);
    const m = merged.find((x) => x.reports.length === 2)!;
    expect(m.reports.map((r) => r.key).sort()).toEqual(["A::e0", "B::e0"]);
    expect(m.reasons).toHaveLength(1);
    expect(m.killed).toMatchObject({ min: 4, max: 7 });
    expect(describeFigure(m.killed)).toBe("4–7 (Outlet A: 4; Outlet B: 7)");
    expect(m.t0).toBe(100);
    expect(m.t1).toBe(100);
  });

  it("never puts two events of one article into one incident, even through a third report", () => {
    const a2 = report("A::e1", "A");
    const merged = mergeReports([a, a2, b]);
    expect(merged).toHaveLength(2);
    expect(merged.every((m) => new Set(m.reports.map((r) => r.articleKey)).size === m.reports.length)).toBe(
      true,
    );
  });

  it("keeps a split, and lets a later merge undo it", () => {
    const split: MergeDecision = { id: "s", kind: "split", key: b.key, others: [a.key], createdAt: 1 };
    expect(mergeReports([a, b], [split])).toHaveLength(2);
    const merge: MergeDecision = { id: "m", kind: "merge", key: a.key, others: [b.key], createdAt: 2 };
    const merged = mergeReports([a, b], [split, merge]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.reasons[0]).toMatch(/merged by the user/);
  });

  it("finds near points across grid cells, also far north where degrees of longitude are short", () => {
    const at = (k: string, art: string, lat: number, lon: number) =>
      report(k, art, { geonameId: null, placeName: k, lat, lon });
    expect(mergeReports([at("s", "A", -0.001, 10), at("n", "B", 0.001, 10)])).toHaveLength(1);
    expect(mergeReports([at("w", "A", 69.5, 0.001), at("e", "B", 69.5, 0.2)])).toHaveLength(1);
    expect(mergeReports([at("w", "A", 69.5, 0.001), at("e", "B", 69.5, 0.5)])).toHaveLength(2);
  });

  it("merges two reports the rules keep apart when the user says so", () => {
    const far = report("D::e0", "D", { type: "aid", geonameId: 9, placeName: "Kidal", lat: 18.4, lon: 1.4 });
    const merge: MergeDecision = { id: "m", kind: "merge", key: a.key, others: [far.key], createdAt: 1 };
    expect(mergeReports([a, far])).toHaveLength(2);
    expect(mergeReports([a, far], [merge])).toHaveLength(1);
  });

  it("shows the user's corrected report first, and ignores decisions about unknown reports", () => {
    const edited = { ...b, userEdited: true };
    const merged = mergeReports(
      [a, edited],
      [{ id: "x", kind: "split", key: "gone", others: [a.key], createdAt: 1 }],
    );
    expect(merged[0]!.representative.key).toBe(b.key);
    expect(merged[0]!.key).toBe(b.key);
  });

  it("keeps every one of 3,000 reports over a year exactly once", () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      report(`k${i}`, `art${i}`, {
        t0: i % 365,
        t1: i % 365,
        lat: (i % 50) * 0.5,
        lon: (i % 37) * 0.5,
        geonameId: i,
      }),
    );
    const merged = mergeReports(many);
    expect(merged.reduce((n, m) => n + m.reports.length, 0)).toBe(3000);
  });
});
