import { describe, expect, it } from "vitest";
import { buildIncidents } from "./buildIncidents";
import { anchorOf } from "./corrections";
import { fixtureArticle, type FixtureEvent } from "./fixtures";

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
