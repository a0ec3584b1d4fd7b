/**
 * Turns the parsed JSON of data/gazetteer.json into a Gazetteer with O(1) lookups: validates it,
 * builds the indexes (indexes.ts) and answers over them (gazetteerOver.ts).
 * Pure TypeScript: runs in Node and in a Web Worker.
 */
import { type GazetteerFile, GAZETTEER_FORMAT, GAZETTEER_VERSION, KIND_CODES } from "./format";
import { gazetteerOver } from "./gazetteerOver";
import {
  buildKeyIndex,
  buildLooseIndex,
  buildPlaceTables,
  indexesOf,
  type KeyIndex,
  maxTokensOf,
} from "./indexes";
import { looseKey } from "./normalize";
import type { Gazetteer, PlaceKind } from "./types";

function fail(msg: string): never {
  throw new Error(`Invalid gazetteer data: ${msg} (rebuild it with \`npm run data\`)`);
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function arrayOf<T>(
  obj: Record<string, unknown>,
  key: string,
  length: number | null,
  check: (v: unknown) => boolean,
): T[] {
  const v = obj[key];
  if (!Array.isArray(v)) fail(`"${key}" is not an array`);
  if (length !== null && v.length !== length) fail(`"${key}" has ${v.length} entries, expected ${length}`);
  // Spot-check the element type (first, middle, last) rather than every element, to keep loading fast.
  for (const i of [0, v.length >> 1, v.length - 1]) {
    if (i >= 0 && i < v.length && !check(v[i])) fail(`"${key}[${i}]" has the wrong type`);
  }
  return v as T[];
}

const isNum = (v: unknown) => typeof v === "number" && Number.isFinite(v);
const isStr = (v: unknown) => typeof v === "string";

/** The parsed file as a GazetteerFile; throws with what is wrong when it is not one. */
export function validateGazetteerFile(data: unknown): GazetteerFile {
  if (!isObject(data)) fail("not an object");
  if (data.format !== GAZETTEER_FORMAT)
    fail(`format is ${JSON.stringify(data.format)}, expected "${GAZETTEER_FORMAT}"`);
  if (data.version !== GAZETTEER_VERSION)
    fail(`version ${String(data.version)}, expected ${GAZETTEER_VERSION}`);
  arrayOf(data, "featureCodes", null, isStr);
  arrayOf(data, "countryCodes", null, isStr);
  if (!isObject(data.places)) fail('"places" is not an object');
  if (!isObject(data.capitals)) fail('"capitals" is not an object');
  if (!isObject(data.demonyms)) fail('"demonyms" is not an object');
  const p = data.places;
  const n = arrayOf(p, "id", null, isNum).length;
  arrayOf(p, "name", n, isStr);
  arrayOf(p, "kind", n, isNum);
  arrayOf(p, "fc", n, isNum);
  arrayOf(p, "cc", n, isNum);
  arrayOf(p, "admin1", n, isStr);
  arrayOf(p, "lat", n, isNum);
  arrayOf(p, "lon", n, isNum);
  arrayOf(p, "population", n, isNum);
  arrayOf(p, "keys", n, isStr);
  arrayOf(p, "noNameKey", null, isNum);
  return data as unknown as GazetteerFile;
}

/** The kind of every place; throws on a code that names none. */
export function placeKinds(file: GazetteerFile): PlaceKind[] {
  return file.places.kind.map((k) => KIND_CODES[k] ?? fail(`bad kind code ${k}`));
}

export function loadGazetteer(data: unknown): Gazetteer {
  const file = validateGazetteerFile(data);
  const cols = file.places;
  const kinds = placeKinds(file);
  const { featureCodes, countryCodes } = file;
  const index = buildKeyIndex(file);
  // The loose index is built on first use: most articles never need it.
  let loose: KeyIndex | undefined;
  const listOf = (v: number | number[] | undefined) => (v === undefined ? undefined : indexesOf(v));
  return gazetteerOver({
    size: cols.id.length,
    maxTokens: maxTokensOf(index),
    makePlace: (i) => ({
      id: cols.id[i] ?? 0,
      name: cols.name[i] ?? "",
      kind: kinds[i] ?? "city",
      featureCode: featureCodes[cols.fc[i] ?? -1] ?? "",
      countryCode: countryCodes[cols.cc[i] ?? -1] ?? "",
      admin1: cols.admin1[i] ?? "",
      lat: cols.lat[i] ?? 0,
      lon: cols.lon[i] ?? 0,
      population: cols.population[i] ?? 0,
    }),
    exact: (key) => listOf(index.get(key)),
    loose: (key) => listOf((loose ??= buildLooseIndex(index)).get(key)),
    looseKey,
    ...buildPlaceTables(file),
  });
}
