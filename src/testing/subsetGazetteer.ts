/**
 * A smaller gazetteer file cut from a full one (data/gazetteer.json): the places whose names a set of
 * texts could mention, plus every country and continent, the first-level regions those places lie in
 * and the capitals and largest cities of the countries named. Used by
 * scripts/build-fixture-gazetteer.ts to write the fixture gazetteer the per-stage tests load.
 */
import { type GazetteerFile, KIND_CODES } from "../gazetteer/format";
import { looseKey, normalizeName } from "../gazetteer/normalize";
import { tokenize } from "../pipeline/tokens";

/** The keys of every place, as load.ts indexes them (own name unless in noNameKey, plus extra keys). */
export function placeKeys(file: GazetteerFile): string[][] {
  const noName = new Set(file.places.noNameKey);
  return file.places.name.map((name, i) => {
    const keys = file.places.keys[i] ? file.places.keys[i]!.split("|") : [];
    return noName.has(i) ? keys : [normalizeName(name), ...keys];
  });
}

/** Heads a county list gives its names ("Harris and Galveston counties": "harris county"), see countyLists.ts. */
const LIST_HEADS = ["county", "parish"];

/**
 * Every run of up to `maxTokens` consecutive tokens of the texts, as normalizeName keys, each also
 * with a county list's head.
 */
export function spanKeys(texts: readonly string[], maxTokens: number): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    const tk = tokenize(text);
    for (let i = 0; i < tk.count; i++)
      for (let j = i; j < Math.min(tk.count, i + maxTokens); j++) {
        const key = normalizeName(text.slice(tk.start[i], tk.end[j]));
        out.add(key);
        for (const head of LIST_HEADS) out.add(`${key} ${head}`);
      }
  }
  return out;
}

const kindOf = (file: GazetteerFile, i: number) => KIND_CODES[file.places.kind[i] ?? -1];

/** The indexes of the places to keep, ascending (the file's population order is kept). */
export function selectPlaces(file: GazetteerFile, texts: readonly string[]): number[] {
  const keysOf = placeKeys(file);
  let maxTokens = 1;
  for (const keys of keysOf) for (const k of keys) maxTokens = Math.max(maxTokens, k.split(" ").length);
  const wanted = spanKeys(texts, maxTokens);
  const wantedLoose = new Set([...wanted].map(looseKey).filter((k) => k !== ""));
  const cols = file.places;
  const cc = (i: number) => file.countryCodes[cols.cc[i] ?? -1] ?? "";
  const keep = new Set<number>();
  const namedCountries = new Set<string>();
  for (const [demonym, code] of Object.entries(file.demonyms))
    if (wanted.has(demonym)) namedCountries.add(code);
  keysOf.forEach((keys, i) => {
    const kind = kindOf(file, i);
    const named = keys.some((k) => wanted.has(k) || wantedLoose.has(looseKey(k)));
    if (named) keep.add(i);
    if (kind === "continent" || kind === "region" || kind === "country") keep.add(i);
    if (named && kind === "country") namedCountries.add(cc(i));
  });
  // The admin1 regions of the places kept (containment, "X, Region" cues).
  const admin1At = new Map<string, number>();
  const largest = new Map<string, number>();
  for (let i = 0; i < cols.id.length; i++) {
    const kind = kindOf(file, i);
    if (kind === "admin1" && !admin1At.has(`${cc(i)}:${cols.admin1[i]}`))
      admin1At.set(`${cc(i)}:${cols.admin1[i]}`, i);
    if (kind === "city" && !largest.has(cc(i))) largest.set(cc(i), i);
  }
  for (const i of [...keep]) {
    const a = admin1At.get(`${cc(i)}:${cols.admin1[i]}`);
    if (a !== undefined) keep.add(a);
  }
  for (const code of namedCountries) {
    for (const i of [file.capitals[code], largest.get(code)]) if (i !== undefined) keep.add(i);
  }
  return [...keep].sort((a, b) => a - b);
}

/** The file restricted to the given place indexes (ascending), with capitals and noNameKey re-indexed. */
export function subsetGazetteer(
  file: GazetteerFile,
  indexes: readonly number[],
  note: string,
): GazetteerFile {
  const newIndex = new Map(indexes.map((old, i) => [old, i]));
  const pick = <T>(col: readonly T[]): T[] => indexes.map((i) => col[i]!);
  const p = file.places;
  const capitals: Record<string, number> = {};
  for (const [code, old] of Object.entries(file.capitals)) {
    const i = newIndex.get(old);
    if (i !== undefined) capitals[code] = i;
  }
  return {
    ...file,
    sources: [...file.sources, note],
    places: {
      id: pick(p.id),
      name: pick(p.name),
      kind: pick(p.kind),
      fc: pick(p.fc),
      cc: pick(p.cc),
      admin1: pick(p.admin1),
      lat: pick(p.lat),
      lon: pick(p.lon),
      population: pick(p.population),
      keys: pick(p.keys),
      noNameKey: p.noNameKey.flatMap((old) => {
        const i = newIndex.get(old);
        return i === undefined ? [] : [i];
      }),
    },
    capitals,
  };
}
