/**
 * Filters that decide which names become index keys (general language data, no place names).
 */
import { normalizeName } from "../normalize";

/**
 * English function words, frequent news verbs, calendar words and common nouns that also happen to
 * be the names (or alternate names) of some populated place somewhere. A key equal to one of these
 * would make every occurrence of the word a toponym candidate, so such keys are not indexed
 * (the place itself stays, under its other keys).
 */
const STOP_WORDS =
  `a about above after again against all also am an and any are as at away back be been before
being below between both but by can could did do does doing down during each even ever every few for from further
had has have having he her here hers him his how i if in into is it its just last least less like made make many
may me might more most much must my near never new next no nor not now of off often on once one only or other our
ours out over own per same say says said she should since so some still such than that the their them then there
these they this those though through to told too under until up upon us very was we well were what when where which
while who whom whose why will with within without would yet you your
two three four five six seven eight nine ten first second third
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
october november december today yesterday tomorrow week weekend month year day night morning evening
people man men woman women child children police army government president minister officials official forces
city town village state county province region district country capital center centre home school hospital church
mosque university airport market street road north south east west central northern southern eastern western
news report reports source sources war attack attacks killed dead security military union national international
free`
    .split(/\s+/)
    .filter(Boolean);

export const stopWords: ReadonlySet<string> = new Set(STOP_WORDS);

/** Letters of the Latin script (with combining marks), digits-free, plus common name punctuation. */
const LATIN_NAME = /^[\p{Script=Latin}\p{M} .,'’ʼ`‘\-‐‑–&/]+$/u;
const HAS_UPPER = /\p{Lu}/u;
/** Airport / postal-style codes: "LAX", "NYC", "SFO1". */
const CODE_LIKE = /^[A-Z0-9]{2,5}$/;

/**
 * Whether a GeoNames alternate name is worth indexing: Latin script, not a code, not a lowercase-only
 * romanisation ("ao er di nuo"), at least three characters once normalised, not a stop word.
 */
export function keepAlternateName(alt: string): boolean {
  if (alt.length < 3 || alt.length > 60) return false;
  if (!LATIN_NAME.test(alt)) return false;
  if (!HAS_UPPER.test(alt)) return false;
  if (CODE_LIKE.test(alt)) return false;
  const key = normalizeName(alt);
  return key.length >= 3 && !stopWords.has(key);
}

/** Whether a name is written in Latin script (for country alt spellings). */
export function isLatinName(s: string): boolean {
  return LATIN_NAME.test(s);
}

/** A usable key: non-empty and not a stop word. */
export function usableKey(key: string): boolean {
  return key.length > 0 && !stopWords.has(key);
}

/**
 * Generic words that name the type of a first-level division; "Aleppo Governorate" is also indexed
 * as "Aleppo". General list, matched case-insensitively at the end (or start: "Province of X").
 */
const ADMIN_SUFFIXES = [
  "governorate",
  "province",
  "region",
  "oblast",
  "krai",
  "kray",
  "state",
  "prefecture",
  "district",
  "department",
  "county",
  "municipality",
  "voivodeship",
  "division",
  "territory",
  "canton",
  "emirate",
  "republic",
  "autonomous region",
  "autonomous republic",
  "autonomous province",
  "autonomous community",
  "special administrative region",
  "capital district",
  "capital territory",
  "metropolitan city",
  "region of",
  "province of",
  "state of",
];

/** Short forms of an admin name with generic type words removed ("Aleppo Governorate" -> ["aleppo"]). */
export function adminShortKeys(name: string): string[] {
  const key = normalizeName(name);
  const out = new Set<string>();
  for (const suffix of ADMIN_SUFFIXES) {
    if (key.endsWith(" " + suffix)) out.add(key.slice(0, -suffix.length - 1).trim());
    const prefix = suffix.endsWith(" of") ? suffix : `${suffix} of`;
    if (key.startsWith(prefix + " ")) out.add(key.slice(prefix.length + 1).trim());
  }
  return [...out].filter((k) => k.length >= 3 && usableKey(k) && k !== key);
}

/** Indonesian compass words and island names in province names, with their English forms. */
const INDONESIAN_COMPASS: Record<string, string> = {
  barat: "West",
  timur: "East",
  tengah: "Central",
  utara: "North",
  selatan: "South",
  tenggara: "Southeast",
};
const INDONESIAN_ISLANDS: Record<string, string> = { jawa: "Java", sumatera: "Sumatra" };

/** The English name English news uses for an Indonesian province: "Jawa Timur" -> "East Java". */
export function indonesianEnglishName(name: string): string | undefined {
  const m = /^(\S+) (\S+)$/.exec(name.trim());
  const dir = m && INDONESIAN_COMPASS[m[2]!.toLowerCase()];
  if (!m || !dir) return undefined;
  return `${dir} ${INDONESIAN_ISLANDS[m[1]!.toLowerCase()] ?? m[1]}`;
}

/** A stable negative id for entries that do not come from GeoNames (FNV-1a of a string). */
export function stableNegativeId(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return -((h % 2_000_000_000) + 1);
}
