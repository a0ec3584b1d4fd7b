/**
 * Stage: toponym recognition. Gazetteer names in the text become mentions unless the context says
 * they name something else: a person ("Jordan Smith"), a street or newspaper ("Dublin Road",
 * "Washington Post"), a month, or an everyday word with nothing to back it as a place.
 * Descriptive references ("Kenya's capital", "the Iraqi capital") become mentions of the capital.
 */
import type { Gazetteer, Place } from "../../gazetteer/types";
import { COMMON_WORDS, VERY_COMMON_WORDS } from "../lexicon/commonWords";
import {
  CALENDAR_WORDS,
  GROUP_ADJECTIVES,
  LOCATIVE_PREPS,
  NON_PLACE_HEADS,
  PERSON_TITLES,
  PLACE_HEAD_NOUNS,
} from "../lexicon/cueWords";
import { ARTICLES, normalizeName } from "../../gazetteer/normalize";
import type { Mention, PipelineContext, PipelineState } from "../state";
import { TokenFlag, type Tokens } from "../tokens";
import { findNameSpans, tokenKey, type NameSpan } from "./nameSpans";
import { markPersons } from "./persons";
import { findUnresolved } from "./unresolved";
import { insideNameTest } from "./insideName";
import { countyListSpans } from "./countyLists";
import { DISEASE_AFTER, otherSenseNames } from "./otherSenses";

const SPEECH_AFTER = /^,?\s+(?:said|says|told|added|asked|explained|noted|wrote)\b/;
const MAJOR_KINDS = new Set<Place["kind"]>(["continent", "region", "country", "admin1"]);

/** A place big enough that its name, capitalised, is a toponym even if it is also an everyday word. */
function isMajor(candidates: readonly Place[]): boolean {
  return candidates.some((p) => MAJOR_KINDS.has(p.kind) || p.population >= 100_000);
}

function wordAt(text: string, tokens: Tokens, i: number): string {
  return i >= 0 && i < tokens.count ? text.slice(tokens.start[i], tokens.end[i]) : "";
}

function isSentenceInitial(text: string, tokens: Tokens, i: number): boolean {
  if (i === 0 || tokens.sentence[i - 1] !== tokens.sentence[i]) return true;
  // After an opening quote or a dash at the start of a clause.
  const gap = text.slice(tokens.end[i - 1], tokens.start[i]);
  return /[:"“—]\s*$/.test(gap);
}

export function recognizeToponyms(ctx: PipelineContext, state: PipelineState): PipelineState {
  const { text, gazetteer } = ctx;
  const { tokens } = state;
  const persons = markPersons(text, tokens, (i) =>
    gazetteer.lookup(tokenKey(text, tokens, i)).some((p) => p.kind === "country" || p.kind === "admin1"),
  );
  const spans = withCountyLists(
    findNameSpans(text, tokens, gazetteer).filter((s) => !isDemonymHomonym(text, tokens, s, gazetteer)),
    countyListSpans(text, tokens, gazetteer),
  );
  const insideName = insideNameTest(text, tokens, gazetteer);
  const otherSenses = otherSenseNames(text, tokens, spans, isMajor);
  const mentions: Mention[] = [];
  // Tokens inside any gazetteer match, kept or not: not a demonym mention, not "unresolved".
  const covered = new Uint8Array(tokens.count);
  for (const s of spans) covered.fill(1, s.tokenStart, s.tokenEnd);

  for (const found of spans) {
    const span = withoutEverydayAliases(text, tokens, found);
    if (!span || otherSenses.has(span.key)) continue;
    if (!keepSpan(text, tokens, span, persons.inPerson, persons.surnames)) continue;
    const first = span.tokenStart;
    const last = span.tokenEnd - 1;
    const mention: Mention = {
      start: tokens.start[first]!,
      end: tokens.end[last]!,
      text: text.slice(tokens.start[first], tokens.end[last]),
      key: span.key,
      tokenStart: first,
      tokenEnd: span.tokenEnd,
      sentence: tokens.sentence[first]!,
      candidates: span.candidates,
    };
    // "Kenya's capital", "Turkey's largest city": a descriptive reference to one of the country's cities.
    const country = span.candidates.find((p) => p.kind === "country");
    if (country && tokens.flags[last]! & TokenFlag.Possessive) {
      const ref = describedCity(text, tokens, last + 1, country.countryCode, gazetteer);
      if (ref) {
        mention.end = tokens.end[ref.lastToken]!;
        mention.text = text.slice(mention.start, mention.end);
        mention.tokenEnd = ref.lastToken + 1;
        mention.forced = ref.place;
        mention.cue = ref.cue;
      }
    }
    mention.inName = insideName(span);
    mentions.push(mention);
  }

  // "the Iraqi capital": a demonym followed by "capital".
  for (let i = 0; i + 1 < tokens.count; i++) {
    if (!(tokens.flags[i]! & TokenFlag.Cap)) continue;
    const key = tokenKey(text, tokens, i);
    const cc = gazetteer.demonym(key);
    if (!cc) continue;
    state.demonymCountries.set(cc, (state.demonymCountries.get(cc) ?? 0) + 1);
    const ref = describedCity(text, tokens, i + 1, cc, gazetteer);
    if (!ref) {
      // "Kenyan forces": an adjectival reference to the country. Listed (many gazetteer-based
      // corpora count it as a toponym) but never an event's location.
      const country = gazetteer.country(cc);
      if (country && !covered[i])
        mentions.push({
          start: tokens.start[i]!,
          end: tokens.end[i]!,
          text: text.slice(tokens.start[i], tokens.end[i]),
          key,
          tokenStart: i,
          tokenEnd: i + 1,
          sentence: tokens.sentence[i]!,
          candidates: [country],
          forced: country,
          adjectival: true,
        });
      continue;
    }
    mentions.push({
      start: tokens.start[i]!,
      end: tokens.end[ref.lastToken]!,
      text: text.slice(tokens.start[i], tokens.end[ref.lastToken]),
      key,
      tokenStart: i,
      tokenEnd: ref.lastToken + 1,
      sentence: tokens.sentence[i]!,
      candidates: [ref.place],
      forced: ref.place,
      cue: ref.cue,
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  state.mentions = mentions;
  state.unresolved = findUnresolved(text, tokens, covered, persons.inPerson);
  return state;
}

/** The names of a county list replace whatever the plain name search found on the same tokens. */
function withCountyLists(spans: NameSpan[], listed: readonly NameSpan[]): NameSpan[] {
  if (listed.length === 0) return spans;
  const overlaps = (a: NameSpan, b: NameSpan) => a.tokenStart < b.tokenEnd && b.tokenStart < a.tokenEnd;
  return [...spans.filter((s) => !listed.some((l) => overlaps(s, l))), ...listed].sort(
    (a, b) => a.tokenStart - b.tokenStart,
  );
}

/**
 * "capital" or "largest/biggest city" at token i, after a country's name or demonym: the city it
 * describes, from the gazetteer.
 */
function describedCity(
  text: string,
  tokens: Tokens,
  i: number,
  countryCode: string,
  gazetteer: Gazetteer,
): { place: Place; lastToken: number; cue: "capital-of" | "largest-city" } | undefined {
  const w1 = wordAt(text, tokens, i).toLowerCase();
  if (w1 === "capital") {
    const place = gazetteer.capitalOf(countryCode);
    return place && { place, lastToken: i, cue: "capital-of" };
  }
  if ((w1 === "largest" || w1 === "biggest") && wordAt(text, tokens, i + 1).toLowerCase() === "city") {
    const place = gazetteer.largestCity(countryCode);
    return place && { place, lastToken: i + 1, cue: "largest-city" };
  }
  return undefined;
}

/**
 * "Canadian winters", "the Canadian Coast Guard": a country's demonym, not a small town spelled
 * the same, unless the text treats it as a place ("in Canadian", "Canadian, Texas").
 */
function isDemonymHomonym(text: string, tokens: Tokens, span: NameSpan, gazetteer: Gazetteer): boolean {
  if (span.tokenEnd - span.tokenStart !== 1 || isMajor(span.candidates)) return false;
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
 * An everyday phrase names a place only under the place's own name: "White House" is not
 * Casablanca (whose GeoNames alternate names include it). Countries and regions are trusted under
 * any of their names ("Turkey"). Returns the span with the remaining candidates, or undefined.
 */
function withoutEverydayAliases(text: string, tokens: Tokens, span: NameSpan): NameSpan | undefined {
  if (!isEverydayPhrase(text, tokens, span)) return span;
  const candidates = span.candidates.filter(
    (p) => MAJOR_KINDS.has(p.kind) || normalizeName(p.name) === span.key,
  );
  if (candidates.length === span.candidates.length) return span;
  return candidates.length > 0 ? { ...span, candidates } : undefined;
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

/** Decides whether a gazetteer match in this context names a place. */
function keepSpan(
  text: string,
  tokens: Tokens,
  span: NameSpan,
  inPerson: Uint8Array,
  surnames: ReadonlySet<string>,
): boolean {
  const first = span.tokenStart;
  const last = span.tokenEnd - 1;
  const single = first === last;
  const major = isMajor(span.candidates);
  const hasCountry = span.candidates.some((p) => p.kind === "country");

  // Part of a person's name, or a surname used alone later ("Smith said"). A multi-word name of a
  // region or ending in "County", "River"... stays a place ("West Virginia", "Laurel County").
  const placeHead = PLACE_HEAD_NOUNS.has(span.key.slice(span.key.lastIndexOf(" ") + 1));
  let allPerson = (single || !(major || placeHead)) && !articleJoined(text, tokens, first, last);
  for (let i = first; i <= last && allPerson; i++) if (!inPerson[i]) allPerson = false;
  if (allPerson) return false;
  if (single && surnames.has(span.key) && !hasCountry) return false;

  if (
    single &&
    (CALENDAR_WORDS.has(span.key) || GROUP_ADJECTIVES.has(span.key) || PERSON_TITLES.has(span.key))
  )
    return false;
  // "Lincoln said", "Scott told": a small place does not speak; a person does (capitals: see metonymy).
  const endOffset = tokens.end[last]!;
  if (single && !major && SPEECH_AFTER.test(text.slice(endOffset, endOffset + 12))) return false;

  const everyday = isEverydayPhrase(text, tokens, span);
  // A small place named with everyday words ("Red Cross", "Hope") needs a place cue:
  // "in X", "near X", or a parent after it ("X, Arkansas").
  if (everyday && !major && !single && !placeHead && !span.candidates.some((p) => MAJOR_KINDS.has(p.kind))) {
    const prev = wordAt(text, tokens, first - 1).toLowerCase();
    const parentAfter = /^,\s*[A-Z]/.test(text.slice(endOffset, endOffset + 4));
    if (!LOCATIVE_PREPS.has(prev) && !parentAfter) return false;
  }

  // "Hong Kong flu": this mention names the disease (diseaseNames: all mentions of a small place).
  if (DISEASE_AFTER.test(text.slice(endOffset, endOffset + 16))) return false;

  // "Dublin Road", "Washington Post": the phrase names a street or a newspaper.
  const next = last + 1;
  if (
    next < tokens.count &&
    tokens.flags[next]! & TokenFlag.Cap &&
    !(tokens.flags[last]! & TokenFlag.Possessive)
  ) {
    const gap = text.slice(tokens.end[last], tokens.start[next]);
    if ((gap === " " || gap === ". ") && NON_PLACE_HEADS.has(wordAt(text, tokens, next).toLowerCase()))
      return false;
  }

  // Everyday words ("Reading", "Police", "Hope") need more than a capital letter.
  if (single) {
    const lower = span.key;
    const allCaps = (tokens.flags[first]! & TokenFlag.AllCaps) !== 0;
    const dotted = (tokens.flags[first]! & TokenFlag.Abbrev) !== 0;
    const region = span.candidates.some((p) => p.kind === "country" || p.kind === "admin1");
    if (allCaps && !dotted && !region) {
      // Acronyms are organisations far more often than places ("NATO", "ISIS", "UN"); a longer one
      // is, once the article spells it out ("the African Leaders Malaria Alliance (ALMA)").
      const word = text.slice(tokens.start[first], tokens.end[first]);
      if (lower.length <= 3 || text.includes(`(${word})`)) return false;
    }
    if (VERY_COMMON_WORDS.has(lower) && !hasCountry) {
      if (!major || isSentenceInitial(text, tokens, first)) return false;
    } else if (COMMON_WORDS.has(lower) && !major) {
      if (isSentenceInitial(text, tokens, first)) return false;
      const prev = wordAt(text, tokens, first - 1).toLowerCase();
      if (!LOCATIVE_PREPS.has(prev)) return false;
    }
  }
  return true;
}
