/**
 * A chrono Parser built from one regular expression and a function that reads the match. The
 * function returns where the expression sits and what it means (a Meta), or null to pass.
 */
import type { Parser, ParsingContext, ParsingResult } from "chrono-node";
import { metaTag, type Meta } from "../meta";

export interface Hit {
  /** Absolute index into the text. */
  index: number;
  text: string;
  meta: Meta;
}

export type Reader = (text: string, match: RegExpMatchArray, index: number) => Hit | null;

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * `pattern` must not start inside a word: the function checks the character before the match in the
 * whole text (chrono runs patterns on the remaining text only, so look-behinds cannot see it).
 */
export function regexParser(pattern: RegExp, read: Reader): Parser {
  return {
    pattern: () => pattern,
    extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | null {
      const index = match.index ?? 0;
      const hit = read(context.text, match, index);
      if (!hit) return null;
      const before = context.text[hit.index - 1];
      if (before !== undefined && WORD_CHAR.test(before)) return null;
      const result = context.createParsingResult(hit.index, hit.text);
      result.start.addTag(metaTag(hit.meta));
      return result;
    },
  };
}

/** The last word before `index` (lower-cased), skipping spaces. */
export function wordBefore(text: string, index: number): string {
  const m = /([\p{L}\p{N}'’.$£€#-]+)\s*$/u.exec(text.slice(Math.max(0, index - 40), index));
  return m ? (m[1] ?? "").toLowerCase() : "";
}
