/**
 * Tests against the real data/gazetteer.json (built here first when missing or stale).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildGazetteer } from "./build/run";
import { loadGazetteer } from "./load";
import { loadGazetteerFromDisk } from "./loadFromDisk";
import { looseKey, normalizeName } from "./normalize";
import type { Gazetteer } from "./types";

let g: Gazetteer;

beforeAll(() => {
  buildGazetteer();
  g = loadGazetteerFromDisk();
}, 300_000);

describe("normalizeName", () => {
  it.each([
    ["São Paulo", "sao paulo"],
    ["U.S.", "us"],
    ["Sana'a", "sanaa"],
    ["Deir ez-Zor", "deir ez zor"],
    ["  New   York ", "new york"],
    ["Côte d’Ivoire", "cote divoire"],
  ])("%s -> %s", (input, key) => expect(normalizeName(input)).toBe(key));
});

describe("looseKey", () => {
  it.each([
    ["deir ez zor", "deirzor"],
    ["deir ezzor", "deirzor"],
    ["jisr ash shughur", "jisrshughur"],
    ["jisr al shughur", "jisrshughur"],
    ["al quneitra", "quneitra"],
    ["lattakia", "latakia"],
    ["raqqah", "raqa"],
    ["new york", "newyork"],
  ])("%s -> %s", (key, loose) => expect(looseKey(key)).toBe(loose));
});

describe("gazetteer lookups", () => {
  it("finds both Paris, France (the capital) and Paris, Texas", () => {
    const paris = g.lookup("paris");
    expect(paris.some((p) => p.countryCode === "FR" && p.featureCode === "PPLC")).toBe(true);
    expect(paris.some((p) => p.countryCode === "US" && p.admin1 === "TX")).toBe(true);
    // Sorted by population, deduplicated by id.
    const pops = paris.map((p) => p.population);
    expect(pops).toEqual([...pops].sort((a, b) => b - a));
    expect(new Set(paris.map((p) => p.id)).size).toBe(paris.length);
  });

  it("finds a place by either spelling of its leading title word", () => {
    const iowa = (key: string) => g.lookup(key).some((p) => p.countryCode === "US" && p.admin1 === "IA");
    expect(iowa("mt pleasant")).toBe(true);
    expect(iowa("mount pleasant")).toBe(true);
  });

  it("knows Kenya's former provinces", () => {
    expect(g.lookup("nyanza").some((p) => p.kind === "region" && p.countryCode === "KE")).toBe(true);
    expect(g.lookup("rift valley")[0]?.countryCode).toBe("KE");
  });

  it("knows countries by their former names", () => {
    expect(g.lookup("zaire")[0]?.countryCode).toBe("CD");
    expect(g.lookup("ceylon").some((p) => p.kind === "country" && p.countryCode === "LK")).toBe(true);
  });

  it("knows oceans, large islands and English names of Indonesian provinces", () => {
    expect(g.lookup("indian ocean").map((p) => p.kind)).toContain("region");
    expect(g.lookup("java").some((p) => p.kind === "region" && p.countryCode === "ID")).toBe(true);
    const eastJava = g.lookup("east java").find((p) => p.kind === "admin1");
    expect(eastJava?.countryCode).toBe("ID");
    expect(eastJava!.lon).toBeGreaterThan(111);
  });

  it("has countries with names, alt spellings and English exonyms", () => {
    expect(g.country("SY")?.kind).toBe("country");
    expect(g.country("SY")?.featureCode).toBe("PCLI");
    for (const [key, cc] of [
      ["syria", "SY"],
      ["syrian arab republic", "SY"],
      ["us", "US"],
      ["usa", "US"],
      ["america", "US"],
      ["the united states", "US"],
      ["uk", "GB"],
      ["britain", "GB"],
      ["great britain", "GB"],
      ["ivory coast", "CI"],
    ] as const) {
      expect(
        g.lookup(key).some((p) => p.kind === "country" && p.countryCode === cc),
        key,
      ).toBe(true);
    }
    // GeoNames' representative point for the US, not the CIA centroid.
    expect(g.country("US")?.lat).toBeCloseTo(39.76, 1);
  });

  it("knows capitals", () => {
    expect(g.capitalOf("YE")?.id).toBe(71137);
    expect(g.capitalOf("FR")?.name).toBe("Paris");
    expect(g.capitalOf("SY")?.featureCode).toBe("PPLC");
    expect(g.capitalOf("ZZ")).toBeUndefined();
  });

  it("maps demonyms to countries, plurals included", () => {
    expect(g.demonym("syrian")).toBe("SY");
    expect(g.demonym("syrians")).toBe("SY");
    expect(g.demonym("russian")).toBe("RU");
    expect(g.demonym("american")).toBe("US");
    expect(g.demonym("french")).toBe("FR");
    expect(g.demonym("table")).toBeUndefined();
    // Demonyms are not place keys.
    expect(g.lookup("syrians")).toHaveLength(0);
  });

  it("has first-level regions on GeoNames admin1 codes", () => {
    const il = g.lookup("illinois").find((p) => p.kind === "admin1");
    expect(il?.countryCode).toBe("US");
    expect(il?.admin1).toBe("IL");
    expect(g.admin1("US", "IL")?.name).toBe("Illinois");
    expect(g.lookup("ill").some((p) => p.admin1 === "IL" && p.kind === "admin1")).toBe(true);
    expect(g.lookup("calif").some((p) => p.admin1 === "CA" && p.kind === "admin1")).toBe(true);
    // The region holding Aleppo (city) is found under its full and its short name, on the city's code.
    const aleppo = g.lookup("aleppo").find((p) => p.kind === "city" && p.countryCode === "SY");
    expect(aleppo?.id).toBe(170063);
    const region = g.admin1("SY", aleppo?.admin1 ?? "?");
    expect(region?.kind).toBe("admin1");
    expect(g.lookup("aleppo governorate")).toContain(region);
    expect(g.lookup("aleppo")).toContain(region);
  });

  it("has US counties and parishes inside their state", () => {
    const cook = g.lookup("cook county").find((p) => p.admin1 === "IL");
    expect(cook?.kind).toBe("admin2");
    expect(cook?.featureCode).toBe("ADM2");
    expect(cook?.lat).toBeGreaterThan(41);
    expect(cook?.lat).toBeLessThan(42.5);
    const rapides = g.lookup("rapides parish")[0];
    expect(rapides?.countryCode).toBe("US");
    expect(rapides?.admin1).toBe("LA");
  });

  it("has continents and large regions", () => {
    expect(g.lookup("europe")[0]).toMatchObject({ id: 6255148, kind: "continent", featureCode: "CONT" });
    expect(g.lookup("middle east")[0]).toMatchObject({ id: 6269133, kind: "region", featureCode: "RGN" });
    for (const key of ["asia", "africa", "north america", "south america", "oceania", "antarctica"])
      expect(
        g.lookup(key).some((p) => p.kind === "continent"),
        key,
      ).toBe(true);
    for (const key of [
      "persian gulf",
      "levant",
      "balkans",
      "caucasus",
      "central asia",
      "southeast asia",
      "sahel",
    ])
      expect(
        g.lookup(key).some((p) => p.kind === "region"),
        key,
      ).toBe(true);
  });

  it("has no stop-word or demonym keys", () => {
    for (const key of ["the", "said", "and", "of", "in", "monday", "police", ""])
      expect(g.lookup(key), key).toHaveLength(0);
  });

  it("has a sensible size and look-ahead", () => {
    expect(g.size).toBeGreaterThan(190_000);
    expect(g.maxTokens).toBeGreaterThanOrEqual(3);
    expect(g.maxTokens).toBeLessThanOrEqual(15);
  });
});

describe("loadGazetteer validation", () => {
  it.each([null, 42, "x", [], {}, { format: "conflict-map-gazetteer", version: 99 }])(
    "throws on %j",
    (bad) => {
      expect(() => loadGazetteer(bad)).toThrow(/Invalid gazetteer data/);
    },
  );

  it("throws on mismatched columns", () => {
    const bad = {
      format: "conflict-map-gazetteer",
      version: 1,
      sources: [],
      featureCodes: ["PPL"],
      countryCodes: ["FR"],
      places: {
        id: [1, 2],
        name: ["A"],
        kind: [5, 5],
        fc: [0, 0],
        cc: [0, 0],
        admin1: ["", ""],
        lat: [0, 0],
        lon: [0, 0],
        population: [0, 0],
        keys: ["", ""],
        noNameKey: [],
      },
      capitals: {},
      demonyms: {},
    };
    expect(() => loadGazetteer(bad)).toThrow(/"name" has 1 entries/);
  });

  it("loads a small valid file", () => {
    const small = loadGazetteer({
      format: "conflict-map-gazetteer",
      version: 1,
      sources: [],
      featureCodes: ["PPLC", "PCLI"],
      countryCodes: ["FR"],
      places: {
        id: [2988507, -1],
        name: ["Paris", "France"],
        kind: [5, 2],
        fc: [0, 1],
        cc: [0, 0],
        admin1: ["11", ""],
        lat: [48.85, 46],
        lon: [2.35, 2],
        population: [2_000_000, 0],
        keys: ["lutece|paname", "french republic"],
        noNameKey: [],
      },
      capitals: { FR: 0 },
      demonyms: { french: "FR" },
    });
    expect(small.lookup("paname")[0]?.id).toBe(2988507);
    expect(small.lookup("french republic")[0]?.kind).toBe("country");
    expect(small.country("FR")?.name).toBe("France");
    expect(small.capitalOf("FR")?.name).toBe("Paris");
    expect(small.demonym("french")).toBe("FR");
    expect(small.size).toBe(2);
    expect(small.maxTokens).toBe(2);
  });
});
