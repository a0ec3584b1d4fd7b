/**
 * Names are data: a key that is also the name of an Object.prototype member ("constructor",
 * "__proto__", "toString") finds nothing unless the gazetteer holds it, through both loaders, and
 * one the gazetteer does hold is found as any other.
 */
import { deserialize, serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { GAZETTEER_FORMAT, GAZETTEER_VERSION, type GazetteerFile } from "./format";
import { loadGazetteer } from "./load";
import { buildSnapshot, gazetteerFromSnapshot, type GazetteerSnapshot } from "./snapshot";
import type { Gazetteer } from "./types";

const PROTOTYPE_KEYS = [
  "constructor",
  "__proto__",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "__defineGetter__",
];

/** Two countries, a capital, a region and a town literally called "Constructor". */
function file(): GazetteerFile {
  return JSON.parse(
    JSON.stringify({
      format: GAZETTEER_FORMAT,
      version: GAZETTEER_VERSION,
      sources: ["test"],
      featureCodes: ["PCLI", "PPLC", "ADM1", "PPL"],
      countryCodes: ["", "AA", "BB"],
      places: {
        id: [1, 2, 3, 4, 5],
        name: ["Aland", "Bland", "Acity", "Aregion", "Constructor"],
        kind: [2, 2, 5, 3, 5],
        fc: [0, 0, 1, 2, 3],
        cc: [1, 2, 1, 1, 2],
        admin1: ["", "", "01", "01", ""],
        lat: [1, 2, 3, 4, 5],
        lon: [1, 2, 3, 4, 5],
        population: [100, 90, 50, 40, 10],
        keys: ["", "", "", "", "toString"],
        noNameKey: [],
      },
      capitals: { AA: 2 },
      demonyms: { alandic: "AA" },
    }),
  ) as GazetteerFile;
}

const loaders: [string, () => Gazetteer][] = [
  ["loadGazetteer", () => loadGazetteer(file())],
  [
    "gazetteerFromSnapshot",
    () => gazetteerFromSnapshot(deserialize(serialize(buildSnapshot(file()))) as GazetteerSnapshot),
  ],
];

describe.each(loaders)("%s with keys named like Object.prototype members", (_name, load) => {
  const g = load();

  it("finds no country, capital, largest city, region or demonym for them", () => {
    for (const key of PROTOTYPE_KEYS) {
      expect(g.country(key)).toBeUndefined();
      expect(g.capitalOf(key)).toBeUndefined();
      expect(g.largestCity(key)).toBeUndefined();
      expect(g.demonym(key)).toBeUndefined();
      expect(g.admin1(key, key)).toBeUndefined();
      expect(g.admin1("AA", key)).toBeUndefined();
    }
  });

  it("finds no place under them unless a place has that name", () => {
    for (const key of PROTOTYPE_KEYS.filter((k) => k !== "constructor" && k !== "toString")) {
      expect(g.lookup(key)).toEqual([]);
      expect(g.lookupLoose(key)).toEqual([]);
    }
    expect(g.lookup("constructor").map((p) => p.id)).toEqual([5]);
    expect(g.lookup("toString").map((p) => p.id)).toEqual([5]);
    expect(g.lookupLoose("constructor").map((p) => p.id)).toEqual([5]);
  });

  it("still answers ordinary queries", () => {
    expect(g.capitalOf("AA")?.name).toBe("Acity");
    expect(g.capitalOf("BB")).toBeUndefined();
    expect(g.country("BB")?.name).toBe("Bland");
    expect(g.largestCity("BB")?.name).toBe("Constructor");
    expect(g.admin1("AA", "01")?.name).toBe("Aregion");
    expect(g.demonym("alandic")).toBe("AA");
    expect(g.lookup("acity").map((p) => p.id)).toEqual([3]);
  });
});
