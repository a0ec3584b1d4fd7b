/**
 * The snapshot answers exactly as loadGazetteer does, over the real data/gazetteer.json: every
 * name and key of every place, exact and spelling-tolerant, and the per-country tables.
 */
import { readFileSync } from "node:fs";
import { deserialize, serialize } from "node:v8";
import { beforeAll, describe, expect, it } from "vitest";
import type { GazetteerFile } from "./format";
import { loadGazetteer } from "./load";
import { DEFAULT_GAZETTEER_PATH } from "./loadFromDisk";
import { normalizeName } from "./normalize";
import { buildSnapshot, gazetteerFromSnapshot, type GazetteerSnapshot } from "./snapshot";
import type { Gazetteer } from "./types";

let file: GazetteerFile;
let fromJson: Gazetteer;
let fromSnapshot: Gazetteer;
let queries: string[];

beforeAll(() => {
  file = JSON.parse(readFileSync(DEFAULT_GAZETTEER_PATH, "utf8")) as GazetteerFile;
  fromJson = loadGazetteer(file);
  // Through the same serialisation as the file the extract command's workers read.
  fromSnapshot = gazetteerFromSnapshot(deserialize(serialize(buildSnapshot(file))) as GazetteerSnapshot);
  const keys = new Set<string>(["", " ", "constructor", "__proto__", "not a place at all", "xx"]);
  file.places.name.forEach((name, i) => {
    keys.add(normalizeName(name));
    keys.add(name.toLowerCase());
    for (const k of file.places.keys[i]!.split("|")) if (k) keys.add(k);
  });
  queries = [...keys];
}, 300_000);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

describe("gazetteerFromSnapshot", () => {
  it("has the size and the longest name of the loaded gazetteer", () => {
    expect(fromSnapshot.size).toBe(fromJson.size);
    expect(fromSnapshot.maxTokens).toBe(fromJson.maxTokens);
  });

  it("looks up every key as loadGazetteer does", () => {
    expect(queries.length).toBeGreaterThan(fromJson.size);
    const differ = queries.filter((q) => !same(fromSnapshot.lookup(q), fromJson.lookup(q)));
    expect(differ).toEqual([]);
    // One object per place, as load.ts gives.
    const q = queries.find((k) => fromSnapshot.lookup(k).length > 0)!;
    expect(fromSnapshot.lookup(q)[0]).toBe(fromSnapshot.lookupLoose(q)[0]);
  }, 120_000);

  it("looks up every key spelling-tolerantly as loadGazetteer does", () => {
    const differ = queries.filter((q) => !same(fromSnapshot.lookupLoose(q), fromJson.lookupLoose(q)));
    expect(differ).toEqual([]);
  }, 120_000);

  it("gives the same countries, capitals, largest cities, regions and demonyms", () => {
    const codes = [...file.countryCodes, "ZZ"];
    for (const cc of codes) {
      expect(fromSnapshot.country(cc)).toEqual(fromJson.country(cc));
      expect(fromSnapshot.capitalOf(cc)).toEqual(fromJson.capitalOf(cc));
      expect(fromSnapshot.largestCity(cc)).toEqual(fromJson.largestCity(cc));
    }
    const regions = new Set(
      file.places.admin1.map((a, i) => `${file.countryCodes[file.places.cc[i]!]}:${a}`),
    );
    for (const r of [...regions, "ZZ:01"]) {
      const [cc, code] = r.split(":") as [string, string];
      expect(fromSnapshot.admin1(cc, code)).toEqual(fromJson.admin1(cc, code));
    }
    for (const d of [...Object.keys(file.demonyms), "nobody"])
      expect(fromSnapshot.demonym(d)).toBe(fromJson.demonym(d));
  });
});
