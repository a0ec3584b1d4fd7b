import { describe, expect, it } from "vitest";
import { selectTowns, townChunks } from "./towns";

/** A cities500 line: the 19 GeoNames columns, only those the builder reads filled in. */
function row(name: string, lat: number, lon: number, population: number, code = "PPL", ascii = name): string {
  const f = Array<string>(19).fill("");
  [f[0], f[1], f[2], f[4], f[5], f[6], f[7], f[8], f[14]] = [
    "1",
    name,
    ascii,
    String(lat),
    String(lon),
    "P",
    code,
    "XX",
    String(population),
  ];
  return f.join("\t");
}

describe("selectTowns", () => {
  const tsv = [
    row("Bigtown", 48.0, 35.0, 250_000),
    row("Midtown", 48.5, 35.5, 40_000),
    row("Hamlet", 48.9, 35.9, 600),
    row("Bigtown-Centre", 48.0, 35.02, 90_000, "PPLX"),
    row("Bigtown Suburb", 48.0, 35.05, 30_000),
    row("Megacity", 40, 30, 5_000_000),
    row("Capitol", 41, 31, 50_000, "PPLC"),
    row("Ruin", 42, 32, 1_000, "PPLQ"),
    row("Ужгород", 48.6, 22.3, 115_000, "PPLA", "Uzhhorod"),
    row("東京郊外", 35, 139, 5_000, "PPL", "東京"),
  ].join("\n");
  const towns = selectTowns(tsv);
  const names = towns.map((t) => t.name);

  it("keeps every populated place in its tier, biggest first", () => {
    expect(names).toEqual(["Bigtown", "Uzhhorod", "Midtown", "Hamlet"]);
    expect(towns.map((t) => t.tier.id)).toEqual(["towns-100k", "towns-100k", "towns-20k", "villages"]);
  });
  it("leaves capitals and million-cities to the first visit's labels", () => {
    expect(names).not.toContain("Megacity");
    expect(names).not.toContain("Capitol");
  });
  it("drops sections of a place, ruins, and places within their tier's merge distance of a bigger one", () => {
    expect(names).not.toContain("Bigtown-Centre");
    expect(names).not.toContain("Ruin");
    // 3.7 km from Bigtown, within the 20k tier's 4 km.
    expect(names).not.toContain("Bigtown Suburb");
  });
  it("writes names in the label font's scripts, else their ASCII form, else not at all", () => {
    expect(names).toContain("Uzhhorod");
    expect(names.some((n) => /[^\u0020-\u024f]/u.test(n))).toBe(false);
  });
});

describe("townChunks", () => {
  it("cuts each tier into its cells, each chunk's box holding its towns", () => {
    const towns = selectTowns(
      [
        row("A", 48.5, 35.5, 30_000),
        row("B", 41.2, 2.1, 25_000),
        row("C", 48.3, 35.2, 900),
        row("D", -33.9, 151.2, 150_000),
      ].join("\n"),
    );
    const chunks = townChunks(towns);
    expect(chunks.map((c) => [c.tier.id, c.towns.map((t) => t[0])])).toEqual([
      ["towns-100k", ["D"]],
      ["towns-20k", ["B"]],
      ["towns-20k", ["A"]],
      ["villages", ["C"]],
    ]);
    for (const c of chunks) {
      for (const [, lon, lat] of c.towns) {
        expect(lon).toBeGreaterThanOrEqual(c.bbox[0]);
        expect(lon).toBeLessThanOrEqual(c.bbox[2]);
        expect(lat).toBeGreaterThanOrEqual(c.bbox[1]);
        expect(lat).toBeLessThanOrEqual(c.bbox[3]);
      }
    }
    expect(chunks[0]?.bbox).toEqual([-180, -90, 180, 90]);
    expect(chunks[2]?.bbox).toEqual([30, 40, 40, 50]);
    expect(chunks[3]?.bbox).toEqual([34, 48, 36, 50]);
  });
});
