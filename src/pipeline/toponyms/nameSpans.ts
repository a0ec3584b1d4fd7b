/**
 * Finds gazetteer names in the token stream: at each capitalised token, the longest run of tokens
 * (capitalised words, with lower-case connectors inside) whose joined key the gazetteer knows.
 * Names may continue across a single line break, a hyphen, or "St. "-style abbreviation dots.
 */
import type { Gazetteer, Place } from "../../gazetteer/types";
import { dottedInitialsKey, initialsKey } from "../../gazetteer/initials";
import { ARTICLES, normalizeName } from "../../gazetteer/normalize";
import { isStateOrCountry, ownKey } from "../../gazetteer/placeKinds";
import { CITY_OFFICES, NAME_CONNECTORS } from "../lexicon/cueWords";
import { VERY_COMMON_WORDS } from "../lexicon/commonWords";
import { TokenFlag, type Tokens } from "../tokens";

export interface NameSpan {
  tokenStart: number;
  tokenEnd: number;
  key: string;
  candidates: readonly Place[];
}

/** normalizeName of one token, with a fast path for plain ASCII words. */
export function tokenKey(text: string, tokens: Tokens, i: number): string {
  const w = text.slice(tokens.start[i], tokens.end[i]);
  return /^[A-Za-z]+$/.test(w) ? w.toLowerCase() : normalizeName(w);
}

function afterPlacePreposition(text: string, tokens: Tokens, i: number): boolean {
  if (i === 0) return false;
  const prev = text.slice(tokens.start[i - 1], tokens.end[i - 1]).toLowerCase();
  return prev === "in" || prev === "near" || prev === "of" || prev === "at" || prev === "on";
}

/**
 * "As Moscow ...", "At Mosul ...": a sentence's first word is capitalised whatever it is; an
 * everyday English word there does not start a loosely matched name (the loose key drops Arabic
 * articles such as "as-" and "at-").
 */
function everydayOpener(text: string, tokens: Tokens, i: number, key: string): boolean {
  const first = i === 0 || tokens.sentence[i - 1] !== tokens.sentence[i];
  return first && VERY_COMMON_WORDS.has(key);
}

/** "I've", "We'll": a contraction, never a name. */
function isContraction(text: string, tokens: Tokens, i: number): boolean {
  return /['’](?:ve|ll|re|d|m|t)$/i.test(text.slice(tokens.start[i], tokens.end[i]));
}

/** Can the gap between two tokens sit inside one name? */
function joinable(text: string, tokens: Tokens, left: number): boolean {
  const a = tokens.end[left] ?? 0;
  const b = tokens.start[left + 1] ?? 0;
  if (tokens.flags[left]! & TokenFlag.Possessive) return false;
  const gap = text.slice(a, b);
  if (gap === " " || gap === "-") return true;
  if (gap === "\n" || gap === "\r\n" || gap === " \n" || gap === "\n ") return true;
  // "St. Louis", "Ft. Worth": a short capitalised abbreviation followed by a dot.
  if (gap === ". " && b - a === 2 && tokens.end[left]! - tokens.start[left]! <= 3) {
    return (tokens.flags[left]! & TokenFlag.Cap) !== 0;
  }
  return false;
}

/** "People's Republic": a possessive "'s" followed by one space, inside a longer official name. */
function possessiveInside(text: string, tokens: Tokens, left: number): boolean {
  if (!(tokens.flags[left]! & TokenFlag.Possessive)) return false;
  return /^['’ʼ]s $/.test(text.slice(tokens.end[left], tokens.start[left + 1]));
}

/** "D-W", "N. J.": letters only. Such a key names a state or a country, never a town or a district. */
const initialsOnly = (key: string) => /^[a-z](?: [a-z])+$/.test(key);
/** A word of one or two letters that is no article: an abbreviation ("us sen"), not a transliteration. */
const hasShortWord = (key: string) => key.split(" ").some((w) => w.length <= 2 && !ARTICLES.has(w));

export function findNameSpans(text: string, tokens: Tokens, gazetteer: Gazetteer): NameSpan[] {
  const spans: NameSpan[] = [];
  const maxTokens = Math.max(1, gazetteer.maxTokens);
  const n = tokens.count;
  const keys: (string | undefined)[] = new Array(n);
  const keyOf = (i: number): string => (keys[i] ??= tokenKey(text, tokens, i));
  let i = 0;
  while (i < n) {
    const f = tokens.flags[i]!;
    if (!(f & TokenFlag.Cap) || f & TokenFlag.Number || isContraction(text, tokens, i)) {
      i++;
      continue;
    }
    // The run of tokens that could belong to one name.
    let run = 1;
    while (run < maxTokens && i + run < n && tokens.sentence[i + run] === tokens.sentence[i]) {
      const j = i + run;
      if (!joinable(text, tokens, j - 1) && !possessiveInside(text, tokens, j - 1)) break;
      const fj = tokens.flags[j]!;
      if (!(fj & TokenFlag.Cap) && !NAME_CONNECTORS.has(keyOf(j))) break;
      run++;
    }
    let matched = false;
    for (let len = run; len >= 1; len--) {
      const last = i + len - 1;
      if (!(tokens.flags[last]! & TokenFlag.Cap)) continue;
      // A possessive inside the name keeps its "s" in the key ("peoples republic of china").
      let key = keyOf(i);
      let possessive = false;
      for (let k = i + 1; k <= last; k++) {
        if (tokens.flags[k - 1]! & TokenFlag.Possessive) {
          key += "s";
          possessive = true;
        }
        key += " " + keyOf(k);
      }
      let candidates = initialsOnly(key)
        ? gazetteer.lookup(key).filter(isStateOrCountry)
        : gazetteer.lookup(key);
      const dotted = len === 1 ? dottedInitialsKey(text.slice(tokens.start[i], tokens.end[i])) : undefined;
      if (dotted) {
        // "L.A." is the initials of a two-word name, not a postal code; "N.Y.", "U.S." are both.
        const byInitials = [
          ...gazetteer.lookup(dotted),
          ...candidates.filter((p) => initialsKey(p.name) === dotted),
        ];
        // Else only a country or a state goes by dotted letters ("D.R.C."); "U.N." is no town.
        candidates = byInitials.length > 0 ? byInitials : candidates.filter(isStateOrCountry);
      }
      // Transliterations vary ("Deir Ezzor", "Al-Quneitra", "in Lattakia"): a multi-word name, or a
      // long word in place position, may match loosely; an abbreviation ("U.S. Sen.") never does.
      if (
        candidates.length === 0 &&
        !possessive &&
        !hasShortWord(key) &&
        (len >= 2 || (key.length >= 6 && afterPlacePreposition(text, tokens, i))) &&
        !(len >= 2 && everydayOpener(text, tokens, i, keyOf(i)))
      ) {
        candidates = gazetteer.lookupLoose(key);
      }
      // "Dublin City Council": the city's government, unless "X City" is some place's own name
      // ("Carson City Council"). As a variant name ("Dublin City" for Dublin, Ireland) it says no
      // more than "Dublin".
      if (
        len >= 2 &&
        key.endsWith(" city") &&
        i + len < n &&
        CITY_OFFICES.has(keyOf(i + len)) &&
        !candidates.some((p) => ownKey(p) === key)
      ) {
        continue;
      }
      if (candidates.length > 0) {
        spans.push({ tokenStart: i, tokenEnd: last + 1, key, candidates });
        i = last + 1;
        matched = true;
        break;
      }
    }
    if (!matched) i++;
  }
  return spans;
}
