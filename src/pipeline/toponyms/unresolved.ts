/**
 * Names in place position that the gazetteer does not know ("in Kafr Nabl", "the village of X"):
 * listed as unresolved so that a reader sees what the map could not place.
 */
import type { UnresolvedOut } from "../contract";
import { CALENDAR_WORDS, PERSON_TITLES } from "../lexicon/cueWords";
import { VERY_COMMON_WORDS } from "../lexicon/commonWords";
import { TokenFlag, type Tokens } from "../tokens";
import { tokenKey } from "./nameSpans";

/** Particles inside place names ("Kafr el Sheikh", "Gulf of Aden"). */
const NAME_PARTICLES = new Set([
  "of",
  "al",
  "el",
  "ad",
  "ar",
  "as",
  "an",
  "ash",
  "ez",
  "es",
  "de",
  "del",
  "la",
  "le",
  "du",
  "des",
  "bin",
  "ibn",
]);
const PLACE_PREPS = new Set(["in", "near", "outside"]);
const PLACE_NOUNS = new Set([
  "town",
  "village",
  "city",
  "province",
  "district",
  "governorate",
  "region",
  "suburb",
  "neighbourhood",
  "neighborhood",
  "county",
]);

export function findUnresolved(
  text: string,
  tokens: Tokens,
  covered: Uint8Array,
  inPerson: Uint8Array,
): UnresolvedOut[] {
  const out: UnresolvedOut[] = [];
  const word = (i: number) => text.slice(tokens.start[i], tokens.end[i]).toLowerCase();
  for (let i = 0; i + 1 < tokens.count; i++) {
    const w = word(i);
    let j = -1;
    if (PLACE_PREPS.has(w) && text.slice(tokens.end[i], tokens.start[i + 1]) === " ") j = i + 1;
    else if (PLACE_NOUNS.has(w) && word(i + 1) === "of" && i + 2 < tokens.count) j = i + 2;
    if (j < 0 || tokens.sentence[j] !== tokens.sentence[i]) continue;
    const f = tokens.flags[j]!;
    if (!(f & TokenFlag.Cap) || f & (TokenFlag.Number | TokenFlag.AllCaps) || covered[j] || inPerson[j])
      continue;
    const key = tokenKey(text, tokens, j);
    if (CALENDAR_WORDS.has(key) || VERY_COMMON_WORDS.has(key) || PERSON_TITLES.has(key)) continue;
    let end = j + 1;
    while (
      end < tokens.count &&
      tokens.sentence[end] === tokens.sentence[j] &&
      text.slice(tokens.end[end - 1], tokens.start[end]).match(/^[ -]$/)
    ) {
      const fe = tokens.flags[end]!;
      if (covered[end] || inPerson[end]) break;
      if (fe & TokenFlag.Cap && !CALENDAR_WORDS.has(tokenKey(text, tokens, end))) end++;
      else if (
        NAME_PARTICLES.has(word(end)) &&
        end + 1 < tokens.count &&
        tokens.flags[end + 1]! & TokenFlag.Cap &&
        !CALENDAR_WORDS.has(tokenKey(text, tokens, end + 1))
      )
        end += 2;
      else break;
      if (tokens.flags[end - 1]! & TokenFlag.Possessive) break;
    }
    out.push({
      start: tokens.start[j]!,
      end: tokens.end[end - 1]!,
      text: text.slice(tokens.start[j], tokens.end[end - 1]),
      reason: "no gazetteer entry",
    });
    i = end - 1;
  }
  return out;
}
