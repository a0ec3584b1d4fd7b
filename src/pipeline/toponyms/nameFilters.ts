/**
 * The named filters of toponym recognition: each reads one name candidate in its context and
 * keeps it (possibly with fewer candidate places) or drops it with the reason. The recognition
 * stage (recognize.ts) applies them in the order of NAME_FILTERS and keeps every dropped span with
 * its filter and reason in the `dropped` layer, which the explain trace prints.
 */
import type { Gazetteer, Place } from "../../gazetteer/types";
import { COMMON_WORDS, VERY_COMMON_WORDS } from "../lexicon/commonWords";
import {
  AREA_HEADS,
  CALENDAR_WORDS,
  DIRECTION_ADJECTIVES,
  GROUP_ADJECTIVES,
  LOCATIVE_PREPS,
  NON_PLACE_HEADS,
  PERSON_TITLES,
  PLACE_HEAD_NOUNS,
} from "../lexicon/cueWords";
import { ARTICLES } from "../../gazetteer/normalize";
import {
  isMajor,
  isMajorPlace,
  isOwnName,
  isStateOrCountry,
  MAJOR_KINDS,
  ownKey,
} from "../../gazetteer/placeKinds";
import { TokenFlag, type Tokens } from "../tokens";
import { tokenKey, type NameSpan } from "./nameSpans";
import type { PersonMarks } from "./persons";
import { DISEASE_AFTER } from "./otherSenses";
import { demonymLanguage } from "./demonymSenses";
import { languages } from "countries-list";

/** A filter's decision: keep the span (with `candidates`, when the filter narrowed them) or drop it. */
export type Verdict = { keep: true; candidates?: readonly Place[] } | { keep: false; reason: string };

export interface FilterContext {
  readonly text: string;
  readonly tokens: Tokens;
  readonly gazetteer: Gazetteer;
  readonly persons: PersonMarks;
  /** Keys whose every mention in the article names something else (otherSenses.ts). */
  readonly otherSenses: ReadonlySet<string>;
  /** Keys seen after a given name the lists lack ("Kwesi Millington"): see givenNameSurnames. */
  readonly givenNameSurnames?: ReadonlySet<string>;
}

export interface NameFilter {
  readonly name: string;
  readonly test: (ctx: FilterContext, span: NameSpan) => Verdict;
}

const KEEP: Verdict = { keep: true };
const drop = (reason: string): Verdict => ({ keep: false, reason });

const SPEECH_AFTER = /^,?\s+(?:said|says|told|added|asked|explained|noted|wrote)\b/;

function wordAt(text: string, tokens: Tokens, i: number): string {
  return i >= 0 && i < tokens.count ? text.slice(tokens.start[i], tokens.end[i]) : "";
}

function isSentenceInitial(text: string, tokens: Tokens, i: number): boolean {
  if (i === 0 || tokens.sentence[i - 1] !== tokens.sentence[i]) return true;
  // After an opening quote or a dash at the start of a clause.
  const gap = text.slice(tokens.end[i - 1], tokens.start[i]);
  return /[:"“—]\s*$/.test(gap);
}

const endOffset = (tokens: Tokens, span: NameSpan) => tokens.end[span.tokenEnd - 1]!;
const isSingle = (span: NameSpan) => span.tokenEnd - span.tokenStart === 1;

/**
 * "Canadian winters", "the Canadian Coast Guard": a country's demonym, not a small town spelled
 * the same, unless the text treats it as a place ("in Canadian", "Canadian, Texas"). A major
 * place keeps the word only under its own name: "Australian" is also an alternate name of the
 * Australian Capital Territory, and still the demonym.
 */
export function isDemonymHomonym(
  text: string,
  tokens: Tokens,
  span: NameSpan,
  gazetteer: Gazetteer,
): boolean {
  if (span.tokenEnd - span.tokenStart !== 1) return false;
  if (span.candidates.some((p) => isMajorPlace(p) && isOwnName(p, span.key))) return false;
  if (!gazetteer.demonym(span.key)) return false;
  if (LOCATIVE_PREPS.has(wordAt(text, tokens, span.tokenStart - 1).toLowerCase())) return false;
  return !/^\s*,\s*[A-Z]/.test(text.slice(tokens.end[span.tokenStart], tokens.end[span.tokenStart]! + 4));
}

/** A phrase of everyday words ("White House", "Red Cross"), not capitalised as an acronym. */
function isEverydayPhrase(text: string, tokens: Tokens, span: NameSpan): boolean {
  if (tokens.flags[span.tokenStart]! & (TokenFlag.AllCaps | TokenFlag.Abbrev)) return false;
  for (const w of span.key.split(" ")) if (!COMMON_WORDS.has(w)) return false;
  return true;
}

/**
 * "Al-Quneitra", "ad-Dali": an Arabic article joined to the name by a hyphen starts a place name,
 * never a person's ("Al Gore" is written with a space).
 */
function articleJoined(text: string, tokens: Tokens, first: number, last: number): boolean {
  return (
    last > first &&
    ARTICLES.has(tokenKey(text, tokens, first)) &&
    text.slice(tokens.end[first], tokens.start[first + 1]) === "-"
  );
}

/**
 * An everyday phrase names a place only under the place's own name: "White House" is not
 * Casablanca (whose GeoNames alternate names include it). Countries and regions are trusted under
 * any of their names ("Turkey").
 */
function everydayAlias({ text, tokens }: FilterContext, span: NameSpan): Verdict {
  if (!isEverydayPhrase(text, tokens, span)) return KEEP;
  const candidates = span.candidates.filter((p) => MAJOR_KINDS.has(p.kind) || ownKey(p) === span.key);
  if (candidates.length === span.candidates.length) return KEEP;
  return candidates.length > 0
    ? { keep: true, candidates }
    : drop("an everyday phrase that is only an alternate name of its places");
}

function otherSense({ otherSenses }: FilterContext, span: NameSpan): Verdict {
  return otherSenses.has(span.key) ? drop("every mention of the name names something else") : KEEP;
}

/**
 * Part of a person's name. A multi-word name of a region or ending in "County", "River"... stays a
 * place ("West Virginia", "Laurel County").
 */
function person({ text, tokens, persons }: FilterContext, span: NameSpan): Verdict {
  const first = span.tokenStart;
  const last = span.tokenEnd - 1;
  const placeHead = PLACE_HEAD_NOUNS.has(span.key.slice(span.key.lastIndexOf(" ") + 1));
  let allPerson =
    (isSingle(span) || !(isMajor(span.candidates) || placeHead)) && !articleJoined(text, tokens, first, last);
  for (let i = first; i <= last && allPerson; i++) if (!persons.inPerson[i]) allPerson = false;
  return allPerson ? drop("part of a person's name") : KEEP;
}

/**
 * A surname used alone after the person was named ("Smith said"); after a given name the lists
 * lack ("Kwesi Millington ... Millington said"), only where no place cue stands by it.
 */
function surname({ text, tokens, persons, givenNameSurnames }: FilterContext, span: NameSpan): Verdict {
  if (!isSingle(span) || span.candidates.some((p) => p.kind === "country")) return KEEP;
  if (persons.surnames.has(span.key)) return drop("the surname of a person named in the article");
  return givenNameSurnames?.has(span.key) && !isMajor(span.candidates) && !hasPlaceCue(text, tokens, span)
    ? drop("the surname of a person named in the article (after a given name)")
    : KEEP;
}

function calendarOrTitle(_: FilterContext, span: NameSpan): Verdict {
  if (!isSingle(span)) return KEEP;
  if (CALENDAR_WORDS.has(span.key)) return drop("a calendar word");
  if (GROUP_ADJECTIVES.has(span.key)) return drop("an adjective naming a group");
  if (PERSON_TITLES.has(span.key)) return drop("a person's title");
  return KEEP;
}

/** "Lincoln said", "Scott told": a small place does not speak; a person does (capitals: see metonymy). */
function speaker({ text, tokens }: FilterContext, span: NameSpan): Verdict {
  const end = endOffset(tokens, span);
  return isSingle(span) && !isMajor(span.candidates) && SPEECH_AFTER.test(text.slice(end, end + 12))
    ? drop("a small place's name followed by a speech verb")
    : KEEP;
}

/**
 * A small place named with everyday words ("Red Cross", "Hope") needs a place cue: "in X",
 * "near X", or a parent after it ("X, Arkansas").
 */
function everydayPhrase({ text, tokens }: FilterContext, span: NameSpan): Verdict {
  const placeHead = PLACE_HEAD_NOUNS.has(span.key.slice(span.key.lastIndexOf(" ") + 1));
  if (
    !isEverydayPhrase(text, tokens, span) ||
    isMajor(span.candidates) ||
    isSingle(span) ||
    placeHead ||
    span.candidates.some((p) => MAJOR_KINDS.has(p.kind))
  )
    return KEEP;
  const end = endOffset(tokens, span);
  const prev = wordAt(text, tokens, span.tokenStart - 1).toLowerCase();
  const parentAfter = /^,\s*[A-Z]/.test(text.slice(end, end + 4));
  return LOCATIVE_PREPS.has(prev) || parentAfter
    ? KEEP
    : drop("a small place named with everyday words, without a place cue");
}

/** "Hong Kong flu": this mention names the disease (otherSenses: all mentions of a small place). */
function disease({ text, tokens }: FilterContext, span: NameSpan): Verdict {
  const end = endOffset(tokens, span);
  return DISEASE_AFTER.test(text.slice(end, end + 16)) ? drop("names a disease") : KEEP;
}

/**
 * Heads of institutions', venues', firms' and events' names that the development sets' gold does
 * not count as toponyms where a place's name opens them ("Columbia University", "China Daily",
 * "Hill Funeral Home", "Pala Mesa Resort", "Springfield Mall", "Roskilde Festival"). A place before
 * a city's offices ("Dublin Police"), a public service ("Knox County Food Pantry", "Ohio Partners")
 * or a local collective ("Aleppo Media Center", insideName.ts) is still one (the gold counts those).
 */
const INSTITUTION_HEADS = new Set(
  `university academy daily funeral consulting resort resorts palace cottage lodge club stadium mall
  casino arena theatre theater restaurant cafe café grill brewery winery airways railway railways
  motors holdings associates foundation institute trust festival statute wire hotel hotels`.split(/\s+/),
);

/** "Dublin Road", "Washington Post", "Columbia University": a street, newspaper or institution. */
function streetOrTitle({ text, tokens }: FilterContext, span: NameSpan): Verdict {
  const last = span.tokenEnd - 1;
  const next = last + 1;
  if (
    next < tokens.count &&
    tokens.flags[next]! & TokenFlag.Cap &&
    !(tokens.flags[last]! & TokenFlag.Possessive)
  ) {
    const gap = text.slice(tokens.end[last], tokens.start[next]);
    const head = wordAt(text, tokens, next).toLowerCase();
    if ((gap === " " || gap === ". ") && (NON_PLACE_HEADS.has(head) || INSTITUTION_HEADS.has(head)))
      return drop(`part of a name headed by "${head}"`);
  }
  return KEEP;
}

/**
 * Acronyms are organisations far more often than places ("NATO", "ISIS", "UN"); a longer one is,
 * once the article spells it out ("the African Leaders Malaria Alliance (ALMA)").
 */
function acronym({ text, tokens }: FilterContext, span: NameSpan): Verdict {
  if (!isSingle(span)) return KEEP;
  const first = span.tokenStart;
  const allCaps = (tokens.flags[first]! & TokenFlag.AllCaps) !== 0;
  const dotted = (tokens.flags[first]! & TokenFlag.Abbrev) !== 0;
  const region = span.candidates.some(isStateOrCountry);
  if (!allCaps || dotted || region) return KEEP;
  const word = text.slice(tokens.start[first], tokens.end[first]);
  if (span.key.length <= 3) return drop("a short acronym");
  return text.includes(`(${word})`) ? drop("an acronym the article spells out") : KEEP;
}

/** Everyday words ("Reading", "Police", "Hope") need more than a capital letter. */
function everydayWord({ text, tokens }: FilterContext, span: NameSpan): Verdict {
  if (!isSingle(span)) return KEEP;
  const first = span.tokenStart;
  const lower = span.key;
  const major = isMajor(span.candidates);
  const hasCountry = span.candidates.some((p) => p.kind === "country");
  if (VERY_COMMON_WORDS.has(lower) && !hasCountry) {
    if (!major) return drop("a very common word");
    if (isSentenceInitial(text, tokens, first)) return drop("a very common word at the start of a sentence");
  } else if (COMMON_WORDS.has(lower) && !major) {
    if (isSentenceInitial(text, tokens, first)) return drop("a common word at the start of a sentence");
    const prev = wordAt(text, tokens, first - 1).toLowerCase();
    if (!LOCATIVE_PREPS.has(prev)) return drop("a common word without a place preposition before it");
  }
  return KEEP;
}

/** "the town of X", "the island of X": a place noun and "of" before the name. */
const PLACE_NOUN_OF = new Set([
  "town",
  "village",
  "city",
  "island",
  "province",
  "district",
  "region",
  "county",
  "state",
  "port",
  "suburb",
]);

/**
 * A place cue beside a single-word name: "in X", "the town of X", "east of X", "al-X", "(X)",
 * "X, Parent", "X River", "X countryside".
 */
function hasPlaceCue(text: string, tokens: Tokens, span: NameSpan): boolean {
  const first = span.tokenStart;
  const prev = wordAt(text, tokens, first - 1).toLowerCase();
  if (LOCATIVE_PREPS.has(prev)) return true;
  if (prev === "of") {
    // "the town of X", "the countryside of X", "east of X".
    const before = wordAt(text, tokens, first - 2).toLowerCase();
    if (PLACE_NOUN_OF.has(before) || AREA_HEADS.has(before) || DIRECTION_ADJECTIVES.has(before)) return true;
  }
  // "al-Rastan": an Arabic article joined to the name.
  if (ARTICLES.has(prev) && first > 0 && text.slice(tokens.end[first - 1], tokens.start[first]) === "-")
    return true;
  // "Ayn al-Arab (Kobani)": another name of the place before it.
  if (text.slice(tokens.start[first]! - 1, tokens.start[first]) === "(") return true;
  const end = endOffset(tokens, span);
  if (/^,\s*[A-Z]/.test(text.slice(end, end + 4))) return true;
  const next = span.tokenEnd;
  return (
    next < tokens.count &&
    tokens.sentence[next] === tokens.sentence[first] &&
    (PLACE_HEAD_NOUNS.has(wordAt(text, tokens, next).toLowerCase()) ||
      AREA_HEADS.has(wordAt(text, tokens, next).toLowerCase()))
  );
}

/**
 * One written word: one token, or tokens joined by hyphens ("Tri-State"), but not an Arabic
 * article joined to a name ("Al-Tabqa", a place's name as conflict reporting writes it).
 */
function isOneWord(text: string, tokens: Tokens, span: NameSpan): boolean {
  if (articleJoined(text, tokens, span.tokenStart, span.tokenEnd - 1)) return false;
  for (let i = span.tokenStart; i + 1 < span.tokenEnd; i++)
    if (text.slice(tokens.end[i], tokens.start[i + 1]) !== "-") return false;
  return true;
}

/**
 * A populous city is also trusted under a spelling of its name ("Kiev" for Kyiv, "Odessa"), told
 * from an unrelated alternate name (a former name, a nickname: "Bombay", "Google" for Topeka) by
 * its first letter: transliterations and respellings keep it.
 */
function isSpellingOfPopulous(p: Place, key: string): boolean {
  return isMajorPlace(p) && ownKey(p)[0] === key[0];
}

/**
 * "Taliban", "Siti", "Hadad": a word that is none of its places' own names, only an alternate name
 * (an old, local or transliterated one) of small places, or an unrelated one of a populous city, is
 * far more often a person's or an organisation's name. It stays a place with a place cue ("in X", "the town of X", "X, Parent",
 * "X River").
 */
function alternateName({ text, tokens }: FilterContext, span: NameSpan): Verdict {
  if (!isOneWord(text, tokens, span) || span.candidates.some((p) => MAJOR_KINDS.has(p.kind))) return KEEP;
  if (span.candidates.some((p) => isOwnName(p, span.key) || isSpellingOfPopulous(p, span.key))) return KEEP;
  return hasPlaceCue(text, tokens, span)
    ? KEEP
    : drop("only an alternate name of small places, without a place cue");
}

/** "St. Patrick's Day", "Lincoln Day Dinner": the name of a day, not a place. */
function holiday({ text, tokens }: FilterContext, span: NameSpan): Verdict {
  const end = endOffset(tokens, span);
  return /^(?:['’]s)? Day\b/.test(text.slice(end, end + 7)) ? drop("names a day") : KEEP;
}

/** "US$100", "HK$5": a country's code as a currency's prefix. */
function currency({ text, tokens }: FilterContext, span: NameSpan): Verdict {
  return text[endOffset(tokens, span)] === "$" ? drop("a currency's prefix") : KEEP;
}

/** The capitalised token next to the span across `gap` (before it or after it), or -1. */
function neighbourAcross(text: string, tokens: Tokens, span: NameSpan, gap: string, side: -1 | 1): number {
  const j = side < 0 ? span.tokenStart - 1 : span.tokenEnd;
  if (j < 0 || j >= tokens.count || tokens.sentence[j] !== tokens.sentence[span.tokenStart]) return -1;
  if (!(tokens.flags[j]! & TokenFlag.Cap)) return -1;
  const between =
    side < 0
      ? text.slice(tokens.end[j], tokens.start[span.tokenStart])
      : text.slice(endOffset(tokens, span), tokens.start[j]);
  return between === gap ? j : -1;
}

/** After the pair "X & Y" or "X-Y": "counties", "road"... make the pair two places. */
const PAIR_PLACE_HEADS = new Set([
  ...PLACE_HEAD_NOUNS,
  ...AREA_HEADS,
  "counties",
  "road",
  "highway",
  "route",
  "axis",
  "front",
  "line",
  "corridor",
  "railway",
]);

function pairHead(text: string, tokens: Tokens, span: NameSpan, other: number): boolean {
  const after = Math.max(other, span.tokenEnd - 1) + 1;
  return after < tokens.count && PAIR_PLACE_HEADS.has(wordAt(text, tokens, after).toLowerCase());
}

/**
 * "Stevens & Wilkinson", "McPherson & Jacobsen LLC": small places' names joined by an ampersand
 * are a firm's partners ("Bosnia & Herzegovina" is major; "Kanawha & Boone counties" has its head).
 */
function partners({ text, tokens }: FilterContext, span: NameSpan): Verdict {
  if (isMajor(span.candidates)) return KEEP;
  for (const side of [-1, 1] as const) {
    const other = neighbourAcross(text, tokens, span, " & ", side);
    if (other >= 0 && !pairHead(text, tokens, span, other))
      return drop("a firm's partners joined by an ampersand");
  }
  return KEEP;
}

/**
 * "Coca-Cola", "Hewlett-Packard": a small place's name hyphenated to another capitalised word, where
 * neither is a major place ("Egypt-Israel talks"), an Arabic article ("Al-Bab") nor initials ("R-Marshall"), is part of one
 * compound name (a brand, a double surname), unless a route or area head follows ("X-Y road").
 */
function compound({ text, tokens, gazetteer }: FilterContext, span: NameSpan): Verdict {
  if (!isSingle(span) || isMajor(span.candidates) || ARTICLES.has(tokenKey(text, tokens, span.tokenStart)))
    return KEEP;
  for (const side of [-1, 1] as const) {
    const other = neighbourAcross(text, tokens, span, "-", side);
    // "R-Marshall", "DFL-Chisholm": a party's initials before a legislator's home town.
    const word = other < 0 ? "" : wordAt(text, tokens, other);
    if (word.length < 2 || word === word.toUpperCase()) continue;
    const key = tokenKey(text, tokens, other);
    if (ARTICLES.has(key) || isMajor(gazetteer.lookup(key)) || pairHead(text, tokens, span, other)) continue;
    return drop("part of a hyphenated compound name");
  }
  return KEEP;
}

/**
 * "Kwesi Millington", "Barack Obama", "Hu Jintao": a small place's name right after a capitalised
 * word, mid-sentence, that is neither an English word nor a place's name is a surname after a
 * given name the first-name lists lack.
 */
function unknownGivenName({ text, tokens, gazetteer }: FilterContext, span: NameSpan): Verdict {
  const prev = span.tokenStart - 1;
  if (!isSingle(span) || isMajor(span.candidates) || prev < 0) return KEEP;
  if (tokens.sentence[prev] !== tokens.sentence[span.tokenStart]) return KEEP;
  const flags = tokens.flags[prev]!;
  if (!(flags & TokenFlag.Cap) || flags & (TokenFlag.AllCaps | TokenFlag.Abbrev | TokenFlag.Possessive))
    return KEEP;
  if (
    text.slice(tokens.end[prev], tokens.start[span.tokenStart]) !== " " ||
    isSentenceInitial(text, tokens, prev)
  )
    return KEEP;
  // A given name is one capital and lower-case letters ("StandUp DeKalb" is a group's name).
  if (!/^\p{Lu}\p{Ll}+$/u.test(wordAt(text, tokens, prev))) return KEEP;
  const key = tokenKey(text, tokens, prev);
  // "Syrian Afrin": a demonym is no given name.
  if (
    COMMON_WORDS.has(key) ||
    ARTICLES.has(key) ||
    gazetteer.demonym(key) ||
    gazetteer.lookup(key).length > 0
  )
    return KEEP;
  return drop("after a capitalised word that is no English word and no place: a given name");
}

/** The keys of the spans that unknown-given-name drops: surnames for the rest of the article. */
export function givenNameSurnames(ctx: FilterContext, spans: readonly NameSpan[]): Set<string> {
  const keys = new Set<string>();
  for (const s of spans) if (!unknownGivenName(ctx, s).keep) keys.add(s.key);
  return keys;
}

/**
 * "La Maestra", "Tex Hill", "Mon Forest": a first-level region's short abbreviation ("La" for
 * Louisiana) as a plain capitalised word is a word of another name. It abbreviates the region with
 * its dot ("Ga. officials") or in a parent's slot ("Monroe, La", "(La)", "R-La").
 */
function stateAbbreviation({ text, tokens }: FilterContext, span: NameSpan): Verdict {
  if (!isSingle(span) || span.key.length > 3 || tokens.flags[span.tokenStart]! & TokenFlag.AllCaps)
    return KEEP;
  const regions = span.candidates.filter((p) => p.kind === "admin1");
  if (regions.length === 0 || span.candidates.some((p) => isOwnName(p, span.key))) return KEEP;
  const end = endOffset(tokens, span);
  if (text[end] === "." || tokens.flags[span.tokenStart]! & TokenFlag.Abbrev) return KEEP;
  const before = text.slice(Math.max(0, tokens.start[span.tokenStart]! - 2), tokens.start[span.tokenStart]);
  if (/(?:,\s|[(-])$/.test(before)) return KEEP;
  return regions.length === span.candidates.length
    ? drop("a region's abbreviation written as a plain word")
    : { keep: true, candidates: span.candidates.filter((p) => p.kind !== "admin1") };
}

/** Languages' English names (npm countries-list, ISO 639-1), lower case: "english", "french". */
const LANGUAGE_NAMES: ReadonlySet<string> = new Set(
  Object.values(languages).flatMap((l) => l.name.toLowerCase().split(/\s*[,;]\s*/)),
);

/**
 * "questioned in English,", "spoke Arabic": a language's name that some small place bears
 * (English, Indiana) names the language where the text does (demonymSenses.ts).
 */
function language({ text, tokens }: FilterContext, span: NameSpan): Verdict {
  if (!isSingle(span) || !LANGUAGE_NAMES.has(span.key) || isMajor(span.candidates)) return KEEP;
  // "in English, Indiana": a parent after it makes it the place.
  const end = endOffset(tokens, span);
  if (/^,\s*[A-Z]/.test(text.slice(end, end + 4))) return KEEP;
  const reason = demonymLanguage(text, tokens, span.tokenStart);
  return reason ? drop(reason) : KEEP;
}

/**
 * "Northwest D.C.", "the Southwest Pacific": a compass word before another capitalised name
 * qualifies that name; it is not a region that the word also names (Cameroon's Northwest).
 */
function directionQualifier({ text, tokens }: FilterContext, span: NameSpan): Verdict {
  if (!isSingle(span) || !DIRECTION_ADJECTIVES.has(span.key)) return KEEP;
  const next = span.tokenEnd;
  if (next >= tokens.count || tokens.sentence[next] !== tokens.sentence[span.tokenStart]) return KEEP;
  if (
    !(tokens.flags[next]! & TokenFlag.Cap) ||
    text.slice(endOffset(tokens, span), tokens.start[next]) !== " "
  )
    return KEEP;
  return drop("a compass word qualifying the name after it");
}

/** Generic nouns that head a natural feature's or an area's name ("X Island", "X Delta", "X National Park"). */
const GENERIC_HEADS: ReadonlySet<string> = new Set([
  ...PLACE_HEAD_NOUNS,
  ...AREA_HEADS,
  ..."delta national plateau peninsula basin coast gulf sea ocean canyon forest reserve".split(" "),
]);

/**
 * "Heir Island", "Mekong Delta", "Serengeti National Park": a span of generic heads only, right
 * after another capitalised word of the same name, is that name's head, not a place of its own
 * ("Island" is an alternate name of Iceland, "Bay" a Somali region). After a capitalised word that
 * opens the sentence ("A Delta officer") it is a name of its own.
 */
function genericHead({ text, tokens }: FilterContext, span: NameSpan): Verdict {
  for (const w of span.key.split(" ")) if (!GENERIC_HEADS.has(w)) return KEEP;
  const prev = span.tokenStart - 1;
  if (prev < 0 || tokens.sentence[prev] !== tokens.sentence[span.tokenStart]) return KEEP;
  if (!(tokens.flags[prev]! & TokenFlag.Cap) || isSentenceInitial(text, tokens, prev)) return KEEP;
  if (text.slice(tokens.end[prev], tokens.start[span.tokenStart]) !== " ") return KEEP;
  return drop("the generic head of a longer name");
}

/** In order: the first may narrow the candidates, which every later filter then reads. */
export const NAME_FILTERS: readonly NameFilter[] = [
  { name: "everyday-alias", test: everydayAlias },
  { name: "other-sense", test: otherSense },
  { name: "holiday", test: holiday },
  { name: "generic-head", test: genericHead },
  { name: "person", test: person },
  { name: "unknown-given-name", test: unknownGivenName },
  { name: "surname", test: surname },
  { name: "calendar-or-title", test: calendarOrTitle },
  { name: "speaker", test: speaker },
  { name: "everyday-phrase", test: everydayPhrase },
  { name: "disease", test: disease },
  { name: "street-or-title", test: streetOrTitle },
  { name: "currency", test: currency },
  { name: "direction-qualifier", test: directionQualifier },
  { name: "language", test: language },
  { name: "state-abbreviation", test: stateAbbreviation },
  { name: "partners", test: partners },
  { name: "compound", test: compound },
  { name: "acronym", test: acronym },
  { name: "everyday-word", test: everydayWord },
  { name: "alternate-name", test: alternateName },
];
