/**
 * "Kenya Red Cross Society", "International Somalia Contact Group": a place name inside a longer
 * capitalised name. Still a toponym, but it says nothing about where an event happened.
 *
 * Capitals say nothing in a title-case headline ("Militants Execute Three Civilians"), and a place
 * name stays a location before an area noun ("X Province", "X Mountains") and after a demonym
 * ("Syrian X", the country's part).
 */
import type { Gazetteer } from "../../gazetteer/types";
import { AREA_HEADS, CALENDAR_WORDS, DIRECTION_ADJECTIVES } from "../lexicon/cueWords";
import { TokenFlag, type Tokens } from "../tokens";
import { tokenKey, type NameSpan } from "./nameSpans";

/** Words this long or longer are content words; in title case nearly all of them are capitalised. */
const CONTENT_WORD_LENGTH = 4;
const TITLE_CASE_SHARE = 0.8;
const TITLE_CASE_MIN_WORDS = 4;

export function insideNameTest(
  text: string,
  tokens: Tokens,
  gazetteer: Gazetteer,
): (span: NameSpan) => boolean {
  const titleCase = new Map<number, boolean>();
  const isTitleCase = (sentence: number, from: number): boolean => {
    let known = titleCase.get(sentence);
    if (known === undefined) {
      known = titleCaseSentence(text, tokens, sentence, from);
      titleCase.set(sentence, known);
    }
    return known;
  };

  return (span) => {
    const first = span.tokenStart;
    const last = span.tokenEnd - 1;
    const next = last + 1;
    const sentence = tokens.sentence[first]!;
    if (isTitleCase(sentence, first)) return false;
    const sameSentence = (i: number) => i >= 0 && i < tokens.count && tokens.sentence[i] === sentence;
    if (sameSentence(next) && AREA_HEADS.has(tokenKey(text, tokens, next))) return false;
    if (
      sameSentence(next) &&
      !(tokens.flags[last]! & TokenFlag.Possessive) &&
      tokens.flags[next]! & TokenFlag.Cap &&
      text.slice(tokens.end[last], tokens.start[next]) === " " &&
      !CALENDAR_WORDS.has(tokenKey(text, tokens, next))
    ) {
      return true;
    }
    const prev = first - 1;
    if (
      sameSentence(prev) &&
      tokens.flags[prev]! & TokenFlag.Cap &&
      !(tokens.flags[prev]! & TokenFlag.Possessive) &&
      !DIRECTION_ADJECTIVES.has(tokenKey(text, tokens, prev)) &&
      !gazetteer.demonym(tokenKey(text, tokens, prev)) &&
      text.slice(tokens.end[prev], tokens.start[first]) === " " &&
      sameSentence(prev - 1) &&
      !/[.!?:"“]\s*$/.test(text.slice(tokens.end[prev - 1], tokens.start[prev]))
    ) {
      // A capitalised word before, not at the start of the sentence ("International Somalia ...").
      return true;
    }
    return false;
  };
}

/** Is the sentence around token `from` set in title case ("Militants Execute Three Civilians")? */
function titleCaseSentence(text: string, tokens: Tokens, sentence: number, from: number): boolean {
  let lo = from;
  while (lo > 0 && tokens.sentence[lo - 1] === sentence) lo--;
  let content = 0;
  let capitalised = 0;
  for (let i = lo; i < tokens.count && tokens.sentence[i] === sentence; i++) {
    if (tokens.end[i]! - tokens.start[i]! < CONTENT_WORD_LENGTH) continue;
    if (!/^[A-Za-z]/.test(text.slice(tokens.start[i], tokens.start[i]! + 1))) continue;
    content++;
    if (tokens.flags[i]! & TokenFlag.Cap) capitalised++;
  }
  return content >= TITLE_CASE_MIN_WORDS && capitalised >= TITLE_CASE_SHARE * content;
}
