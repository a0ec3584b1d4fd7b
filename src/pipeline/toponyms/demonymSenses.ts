/**
 * A demonym that names a language or a people rather than its country: "spoke French", "the
 * English language", "a French version", "in English, or", "Native American". None of the
 * development sets' gold counts these as toponyms (LGL, which counts "Kenyan forces", does not
 * count "spoke French"), and no reader takes them for a reference to the country.
 */
import { type Tokens } from "../tokens";

/** Words after a demonym that make it a language. */
const LANGUAGE_AFTER = new Set(
  `language languages version versions speaking speakers speaker translation translations immersion
  subtitles subtitled lessons dub dubbed grammar dictionary`.split(/\s+/),
);
/** Words before a demonym that make it a language or a people ("Native American"). */
const LANGUAGE_BEFORE = new Set(
  `speak speaks spoke spoken speaking learn learns learned learnt learning fluent teach teaches taught
  translated native`.split(/\s+/),
);

/** Words between the verb and the language ("spoke only French", "speaks broken Arabic"). */
const FILLERS = new Set(["only", "also", "mostly", "mainly", "little", "broken", "some"]);

const lower = (text: string, tokens: Tokens, i: number): string =>
  i >= 0 && i < tokens.count ? text.slice(tokens.start[i], tokens.end[i]).toLowerCase() : "";

/** The reason the demonym at token i names a language or a people, or undefined. */
export function demonymLanguage(text: string, tokens: Tokens, i: number): string | undefined {
  const sameSentence = (j: number) => j >= 0 && j < tokens.count && tokens.sentence[j] === tokens.sentence[i];
  if (sameSentence(i + 1) && LANGUAGE_AFTER.has(lower(text, tokens, i + 1)))
    return "a language, named as such";
  const before = FILLERS.has(lower(text, tokens, i - 1)) ? i - 2 : i - 1;
  if (sameSentence(before) && LANGUAGE_BEFORE.has(lower(text, tokens, before)))
    return "a language or a people, after a verb of speaking or learning";
  // "said in French, and", "in English." : a language after "in" with nothing it qualifies.
  if (sameSentence(i - 1) && lower(text, tokens, i - 1) === "in") {
    const after = text.slice(tokens.end[i], tokens.end[i]! + 5);
    if (/^\s*(?:[,.;:)]|and\b|or\b)/.test(after)) return 'a language after "in"';
  }
  return undefined;
}
