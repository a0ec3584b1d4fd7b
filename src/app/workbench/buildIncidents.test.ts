import { describe, expect, it } from "vitest";
import { buildIncidents } from "./buildIncidents";
import { anchorOf } from "../../workbench/corrections";
import { fixtureArticle, type FixtureEvent } from "../../workbench/fixtures";

const menaka = (n: number): FixtureEvent => ({
  sentence: `Gunmen attacked Menaka, killing ${n}.`,
  trigger: "attacked",
  place: "Menaka",
  lat: 15.92,
  lon: 2.4,
  killed: n,
});
const a = fixtureArticle("a", [menaka(3)]);
const b = fixtureArticle("b", [menaka(6)]);

describe("buildIncidents", () => {
  it("merges the user's articles' reports, and shows other data as it is", () => {
    expect(buildIncidents([a, b], [], []).incidents).toHaveLength(1);
    const plain = buildIncidents([a, b], [], [], () => false);
    expect(plain.incidents).toHaveLength(2);
    expect(plain.groupOf(plain.incidents[0]!.key)?.reports).toHaveLength(1);
    expect(plain.reportOf("b::e0")?.article).toBe(1);
    const mixed = buildIncidents([a, b], [], [], (x) => x.id === "b");
    expect(mixed.incidents.map((i) => i.key).sort()).toEqual(["a::e0", "b::e0"]);
  });

  it("applies a correction to data shown as it is, and keeps the order by time", () => {
    const c = {
      id: "c",
      articleKey: "a",
      anchor: anchorOf(a, a.events[0]!),
      change: {
        kind: "date" as const,
        dateStart: "2023-01-01",
        dateEnd: "2023-01-01",
        datePrecision: "day" as const,
      },
      createdAt: 1,
    };
    const built = buildIncidents([a, b], [c], [], () => false);
    expect(built.incidents.map((i) => [i.key, i.userEdited ?? false])).toEqual([
      ["a::e0", true],
      ["b::e0", false],
    ]);
  });

  it("reuses the incidents of unchanged data, and recomputes when it changes", () => {
    const first = buildIncidents([a, b], [], [], () => false).incidents;
    const again = buildIncidents([a, b], [], [], () => false).incidents;
    expect(again[0]).toBe(first[0]);
    const changed = buildIncidents([b, a], [], [], () => false).incidents;
    expect(changed.find((i) => i.key === "a::e0")?.article).toBe(1);
  });
});

describe("buildIncidents on a growing batch", () => {
  const places = [
    { place: "Menaka", lat: 15.92, lon: 2.4 },
    { place: "Ansongo", lat: 15.66, lon: 0.5 },
    { place: "Gao", lat: 16.27, lon: -0.04 },
  ];
  const batch = Array.from({ length: 60 }, (_, i) => {
    const p = places[i % places.length]!;
    const day = String(1 + (i % 5)).padStart(2, "0");
    return fixtureArticle(`n${i}`, [
      {
        sentence: `Gunmen attacked ${p.place}, killing ${i + 1}.`,
        trigger: "attacked",
        place: p.place,
        lat: p.lat + (i % 2) * 0.01,
        lon: p.lon,
        killed: i + 1,
        date: `2023-06-${day}`,
      },
    ]);
  });
  const shape = (built: ReturnType<typeof buildIncidents>) =>
    built.incidents.map((i) => [
      i.key,
      i.t0,
      i.t1,
      built
        .groupOf(i.key)!
        .reports.map((r) => r.key)
        .sort(),
    ]);

  it("makes the same incidents whether the articles come in parts or at once", () => {
    const corrections: never[] = [];
    const decisions: never[] = [];
    let parts = buildIncidents([], corrections, decisions);
    for (let n = 7; n <= batch.length + 6; n += 7)
      parts = buildIncidents(batch.slice(0, Math.min(n, batch.length)), corrections, decisions);
    const atOnce = buildIncidents([...batch], [], []);
    expect(parts.incidents.length).toBeGreaterThan(places.length);
    expect(parts.incidents.length).toBeLessThan(batch.length);
    expect(shape(parts)).toEqual(shape(atOnce));
    expect(parts.reportOf("n59::e0")?.article).toBe(59);
  });

  it("builds from scratch when an earlier article is replaced", () => {
    const corrections: never[] = [];
    buildIncidents(batch.slice(0, 30), corrections, []);
    const replaced = [...batch.slice(0, 30)];
    replaced[3] = fixtureArticle("n3", [menaka(99)]);
    const built = buildIncidents(replaced, corrections, []);
    expect(shape(built)).toEqual(shape(buildIncidents([...replaced], [], [])));
    expect(
      built.incidents.some((i) => built.groupOf(i.key)!.reports.some((r) => r.excerpt.includes("99"))),
    ).toBe(true);
  });
});
