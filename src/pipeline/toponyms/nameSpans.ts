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

/** text[start, end) is one or more ASCII letters (what /^[A-Za-z]+$/ accepts), read without a slice. */
function asciiLetters(text: string, start: number, end: number): boolean {
  if (start >= end) return false;
  for (let j = start; j < end; j++) {
    // Setting bit 0x20 maps A-Z onto a-z and no other character into a-z.
    const c = text.charCodeAt(j) | 0x20;
    if (c < 0x61 || c > 0x7a) return false;
  }
  return true;
}

/** normalizeName of one token, with a fast path for plain ASCII words. */
export function tokenKey(text: string, tokens: Tokens, i: number): string {
  const start = tokens.start[i];
  const end = tokens.end[i];
  const w = text.slice(start, end);
  // (A token number out of range reads the whole text, as slice(undefined) does.)
  const plain =
    start !== undefined && end !== undefined && start >= 0 && end <= text.length
      ? asciiLetters(text, start, end)
      : /^[A-Za-z]+$/.test(w);
  return plain ? w.toLowerCase() : normalizeName(w);
}

/** tokenKey of token i, computed once per token: the finders of one article share it. */
export type TokenKeys = (i: number) => string;

export function tokenKeys(text: string, tokens: Tokens): TokenKeys {
  const keys: (string | undefined)[] = new Array<string | undefined>(tokens.count);
  return (i) => (keys[i] ??= tokenKey(text, tokens, i));
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

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/** "I've", "We'll": a contraction, never a name. */
function isContraction(text: string, tokens: Tokens, i: number): boolean {
  const s = tokens.start[i]!;
  const e = tokens.end[i]!;
  // Only a token with an apostrophe one or two characters before its end can be one: most are not.
  if (
    !(e - s >= 2 && isApostrophe(text.charCodeAt(e - 2))) &&
    !(e - s >= 3 && isApostrophe(text.charCodeAt(e - 3)))
  )
    return false;
  return /['’](?:ve|ll|re|d|m|t)$/i.test(text.slice(s, e));
}

const SPACE = 0x20;
const HYPHEN = 0x2d;
const LF = 0x0a;
const CR = 0x0d;
const DOT = 0x2e;

/**
 * Can the gap between two tokens sit inside one name? One space, a hyphen, a single line break
 * ("\n", "\r\n", " \n", "\n "), or ". " after a short capitalised abbreviation; read from the
 * character codes, since most gaps are tested.
 */
function joinable(text: string, tokens: Tokens, left: number): boolean {
  const a = tokens.end[left] ?? 0;
  const b = tokens.start[left + 1] ?? 0;
  if (tokens.flags[left]! & TokenFlag.Possessive) return false;
  if (b - a === 1) {
    const c = text.charCodeAt(a);
    return c === SPACE || c === HYPHEN || c === LF;
  }
  if (b - a !== 2) return false;
  const c0 = text.charCodeAt(a);
  const c1 = text.charCodeAt(a + 1);
  if ((c0 === CR && c1 === LF) || (c0 === SPACE && c1 === LF) || (c0 === LF && c1 === SPACE)) return true;
  // "St. Louis", "Ft. Worth": a short capitalised abbreviation followed by a dot.
  if (c0 === DOT && c1 === SPACE && tokens.end[left]! - tokens.start[left]! <= 3) {
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
const initialsOnly = (key: string) => key.charCodeAt(1) === SPACE && /^[a-z](?: [a-z])+$/.test(key);
/** A word of one or two letters that is no article: an abbreviation ("us sen"), not a transliteration. */
const hasShortWord = (key: string) =>
  key.indexOf(" ") < 0
    ? key.length <= 2 && !ARTICLES.has(key)
    : key.split(" ").some((w) => w.length <= 2 && !ARTICLES.has(w));

/** "L.A.", "N.Y.C.": the only shapes dottedInitialsKey accepts are 4 or 6 characters, a dot second. */
function mayBeDottedInitials(text: string, tokens: Tokens, i: number): boolean {
  const length = tokens.end[i]! - tokens.start[i]!;
  return (length === 4 || length === 6) && text.charCodeAt(tokens.start[i]! + 1) === DOT;
}

/**
 * `keyOf` (tokenKeys) may be shared with the other finders of the article. The key of a run of
 * tokens is its tokens' keys joined by spaces, so it has a short word (hasShortWord) exactly when
 * one of its tokens' keys has: that is asked once per token.
 */
export function findNameSpans(
  text: string,
  tokens: Tokens,
  gazetteer: Gazetteer,
  keyOf: TokenKeys = tokenKeys(text, tokens),
): NameSpan[] {
  const spans: NameSpan[] = [];
  const maxTokens = Math.max(1, gazetteer.maxTokens);
  const n = tokens.count;
  // Per token: 0 not asked yet, 1 no short word in its key, 2 a short word.
  const shortWord = new Uint8Array(n);
  const hasShortWordIn = (from: number, to: number): boolean => {
    for (let k = from; k <= to; k++) {
      if (shortWord[k] === 0) shortWord[k] = hasShortWord(keyOf(k)) ? 2 : 1;
      if (shortWord[k] === 2) return true;
    }
    return false;
  };
  // The keys of the run's first 1, 2, ... tokens, and whether a possessive is inside each.
  const prefixKeys: string[] = [];
  const prefixPossessive: boolean[] = [];
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
    // A possessive inside the name keeps its "s" in the key ("peoples republic of china").
    let runKey = keyOf(i);
    let runPossessive = false;
    prefixKeys[1] = runKey;
    prefixPossessive[1] = false;
    for (let len = 2; len <= run; len++) {
      const k = i + len - 1;
      if (tokens.flags[k - 1]! & TokenFlag.Possessive) {
        runKey += "s";
        runPossessive = true;
      }
      runKey += " " + keyOf(k);
      prefixKeys[len] = runKey;
      prefixPossessive[len] = runPossessive;
    }
    let matched = false;
    for (let len = run; len >= 1; len--) {
      const last = i + len - 1;
      if (!(tokens.flags[last]! & TokenFlag.Cap)) continue;
      const key = prefixKeys[len]!;
      const possessive = prefixPossessive[len]!;
      let candidates = initialsOnly(key)
        ? gazetteer.lookup(key).filter(isStateOrCountry)
        : gazetteer.lookup(key);
      const dotted =
        len === 1 && mayBeDottedInitials(text, tokens, i)
          ? dottedInitialsKey(text.slice(tokens.start[i], tokens.end[i]))
          : undefined;
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
        (len >= 2 || (key.length >= 6 && afterPlacePreposition(text, tokens, i))) &&
        !hasShortWordIn(i, last) &&
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
