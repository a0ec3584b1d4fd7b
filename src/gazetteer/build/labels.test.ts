import { describe, expect, it } from "vitest";
import { LABEL_MIN_POPULATION, selectCityLabels } from "./labels";

/** A GeoNames cities500 line (19 tab-separated fields). */
function row(
  id: number,
  name: string,
  lat: number,
  lon: number,
  code: string,
  pop: number,
  ascii = name,
): string {
  const f = [String(id), name, ascii, "", String(lat), String(lon), "P", code, "XX", "", "01", "", "", ""];
  return [...f, String(pop), "", "10", "Etc/UTC", "2020-01-01"].join("\t");
}

describe("selectCityLabels", () => {
  it("keeps capitals of any size and other cities from the population threshold on", () => {
    const tsv = [
      row(1, "Smallcap", 10, 10, "PPLC", 30_000),
      row(2, "Bigtown", 20, 20, "PPLA", LABEL_MIN_POPULATION),
      row(3, "Midtown", 30, 30, "PPLA", LABEL_MIN_POPULATION - 1),
      row(4, "Village", 40, 40, "PPL", 600),
    ].join("\n");
    expect(selectCityLabels(tsv).map((l) => [l.name, l.capital])).toEqual([
      ["Bigtown", false],
      ["Smallcap", true],
    ]);
  });

  it("gives name, position, population and capital flag, largest first", () => {
    const tsv = [
      row(1, "Capital", 1.5, 2.5, "PPLC", 3_000_000),
      row(2, "Mega", 50, 60, "PPL", 9_000_000),
    ].join("\n");
    expect(selectCityLabels(tsv)).toEqual([
      { name: "Mega", lat: 50, lon: 60, population: 9_000_000, capital: false },
      { name: "Capital", lat: 1.5, lon: 2.5, population: 3_000_000, capital: true },
    ]);
  });

  it("drops city sections and places right next to a bigger label", () => {
    const tsv = [
      row(1, "Metropolis", 40.7, -74.0, "PPL", 8_000_000),
      row(2, "Borough", 40.65, -73.95, "PPLA2", 2_500_000),
      row(3, "District", 10, 10, "PPLX", 2_500_000),
      row(4, "Faraway", 45, -70, "PPL", 2_100_000),
    ].join("\n");
    expect(selectCityLabels(tsv).map((l) => l.name)).toEqual(["Metropolis", "Faraway"]);
  });

  it("uses the ASCII name when the label font cannot draw the name", () => {
    const tsv = row(1, "東京", 35.7, 139.7, "PPLC", 8_000_000, "Tokyo");
    expect(selectCityLabels(tsv).map((l) => l.name)).toEqual(["Tokyo"]);
  });

  it("finds nothing in an empty or malformed file", () => {
    expect(selectCityLabels("")).toEqual([]);
    expect(selectCityLabels("not\ta\tgeonames\tline\n\n")).toEqual([]);
  });
});
