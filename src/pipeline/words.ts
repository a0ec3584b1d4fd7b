/**
 * The words layer: a view of the one tokenization (tokens.ts) that the clause, trigger and casualty
 * finders read as objects, one sentence at a time.
 *
 * Each word is a token of tokens.ts, lower-cased (curly apostrophes made straight), with its possessive
 * "'s" back on it ("russia's": the lexicons never match it). Between the tokens, the punctuation that
 * separates clauses becomes a word of its own (`punct`): , ; : ( ) [ ] quotes, en and em dashes, "…",
 * sentence ends, and a spaced hyphen (" - "). A period that an abbreviation or a number holds is no
 * punctuation, nor is one between two letters ("Mr.Smith"). A hyphen between two word characters ties
 * the word after it to the one before (`joined`): "cease-fire" reads "cease fire", joined.
 */
import { TokenFlag, tokenAt, tokenize, type Tokens } from "./tokens";

export interface Word {
  start: number;
  end: number;
  /** Lower-cased word (curly apostrophes made straight); for punctuation, the character. */
  w: string;
  /** Clause punctuation: , ; : ( ) [ ] quotes, dashes, sentence ends. */
  punct: boolean;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** A hyphen (no space) joined this word to the previous one. */
  joined: boolean;
  /** A number (digits, with inner , or .). */
  num: boolean;
}

function isWordChar(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  return !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f);
}

const isLetter = (c: number): boolean => isWordChar(c) && !(c >= 48 && c <= 57);

/** Characters that end a clause and become words. */
function isClausePunct(c: number): boolean {
  return (
    c === 44 || // ,
    c === 59 || // ;
    c === 58 || // :
    c === 40 || // (
    c === 41 || // )
    c === 91 ||
    c === 93 ||
    c === 34 || // "
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2013 || // en dash
    c === 0x2014 || // em dash
    c === 0x2026 || // …
    c === 46 ||
    c === 33 ||
    c === 63
  );
}

const isHyphen = (c: number): boolean => c === 45 || c === 0x2010 || c === 0x2011;

const punct = (start: number, w: string): Word => ({
  start,
  end: start + 1,
  w,
  punct: true,
  cap: false,
  joined: false,
  num: false,
});

/**
 * The text lower-cased once, for the words of all its sentences; null when lower-casing would move
 * offsets ("İ" becomes two characters): the words are then lower-cased one by one.
 */
export function lowerText(text: string): string | null {
  const lower = text.toLowerCase();
  return lower.length === text.length ? straightApostrophes(lower) : null;
}

const straightApostrophes = (s: string): string => (s.indexOf("\u2019") >= 0 ? s.replace(/\u2019/g, "'") : s);
const lowerWord = (s: string): string => straightApostrophes(s.toLowerCase());

/**
 * The words of text[start, end), read from `tokens` (the tokenization of the whole text). Tokens that
 * straddle a bound are cut to it. `lower` is lowerText(text), for a caller that reads several sentences.
 */
export function sentenceWords(
  text: string,
  tokens: Tokens,
  start: number,
  end: number,
  lower: string | null = null,
): Word[] {
  const out: Word[] = [];
  let hyphenEnd = -2;
  const gap = (a: number, b: number) => {
    for (let i = a; i < b; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) continue;
      if (isHyphen(c)) {
        // A hyphen between two word characters joins them; a spaced one is a dash (clause punctuation).
        const prev = i > start ? text.charCodeAt(i - 1) : 32;
        const next = i + 1 < end ? text.charCodeAt(i + 1) : 32;
        if (isWordChar(prev) && isWordChar(next)) hyphenEnd = i + 1;
        else if (prev === 32 && next === 32) out.push(punct(i, "-"));
      } else if (isClausePunct(c)) {
        // A period between a letter and a non-space ("Mr.Smith") is not clause punctuation.
        if (
          c === 46 &&
          i > start &&
          isLetter(text.charCodeAt(i - 1)) &&
          i + 1 < end &&
          text.charCodeAt(i + 1) !== 32
        )
          continue;
        out.push(punct(i, text[i] ?? ""));
      }
    }
  };
  let pos = start;
  for (let k = tokenAt(tokens, start); k < tokens.count; k++) {
    const s = Math.max(start, tokens.start[k]!);
    if (s >= end) break;
    let e = tokens.end[k]!;
    const f = tokens.flags[k]!;
    if (f & TokenFlag.Possessive && text.charCodeAt(e + 1) === 115) e += 2; // the "'s" tokens.ts takes off
    e = Math.min(e, end);
    if (s - pos !== 1 || text.charCodeAt(pos) !== 32) gap(pos, s);
    const w = lower !== null ? lower.slice(s, e) : lowerWord(text.slice(s, e));
    const c = text.charCodeAt(s);
    out.push({
      start: s,
      end: e,
      w,
      punct: false,
      cap: c >= 65 && c <= 90 ? true : c > 127 && text[s] !== text[s]?.toLowerCase(),
      joined: hyphenEnd === s,
      num: (f & TokenFlag.Number) !== 0,
    });
    pos = e;
  }
  gap(pos, end);
  return out;
}

/** The words of text[start, end) for a caller without the text layer (tokenizes the whole text). */
export function wordsOf(text: string, start = 0, end = text.length): Word[] {
  return sentenceWords(text, tokenize(text), start, end);
}
