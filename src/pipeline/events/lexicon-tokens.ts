/**
 * A small word tokenizer shared by the trigger and casualty finders.
 *
 * Words are runs of letters/digits; an apostrophe inside a word stays in it ("didn't", "Russia's"); digits keep
 * inner "," and "." ("1,300", "1.5"). Hyphens and slashes split words, so "cease-fire" and "air-strike" read as
 * "cease fire" and "air strike" (the `joined` flag says a hyphen tied a token to the one before). Punctuation
 * that separates clauses becomes a token of its own (`punct`). Everything is a linear scan.
 */

export interface Token {
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
  /** All digits (with inner , or .). */
  num: boolean;
}

function isLetter(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0xc0) return false;
  // Latin-1 supplement and beyond (except the multiplication/division signs and general punctuation).
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  return true;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Characters that end a clause and become tokens. */
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

let cacheText: string | undefined;
let cacheStart = -1;
let cacheEnd = -1;
let cacheTokens: Token[] = [];

/** Tokens of text[start, end). The last result is cached (the finders tokenize the same sentence in turn). */
export function tokenize(text: string, start: number, end: number): Token[] {
  if (text === cacheText && start === cacheStart && end === cacheEnd) return cacheTokens;
  const out: Token[] = [];
  let i = start;
  let prevHyphenEnd = -2;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isLetter(c) || isDigit(c)) {
      const s = i;
      let allDigits = true;
      i++;
      while (i < end) {
        const d = text.charCodeAt(i);
        if (isLetter(d)) {
          allDigits = false;
          i++;
        } else if (isDigit(d)) {
          i++;
        } else if (isApostrophe(d) && i + 1 < end && isLetter(text.charCodeAt(i + 1)) && !allDigits) {
          i += 2;
        } else if (
          (d === 44 || d === 46) &&
          allDigits &&
          isDigit(c) &&
          i + 1 < end &&
          isDigit(text.charCodeAt(i + 1))
        ) {
          i += 2;
        } else break;
      }
      if (!isDigit(c)) allDigits = false;
      let w = text.slice(s, i).toLowerCase();
      if (w.indexOf("\u2019") >= 0) w = w.replace(/\u2019/g, "'");
      out.push({
        start: s,
        end: i,
        w,
        punct: false,
        cap: c >= 65 && c <= 90 ? true : c > 127 && text[s] !== text[s]?.toLowerCase(),
        joined: prevHyphenEnd === s,
        num: allDigits,
      });
      continue;
    }
    if (c === 45 || c === 0x2010 || c === 0x2011) {
      // A hyphen between two word characters joins them; a spaced one is a dash (clause punctuation).
      const prev = i > start ? text.charCodeAt(i - 1) : 32;
      const next = i + 1 < end ? text.charCodeAt(i + 1) : 32;
      if ((isLetter(prev) || isDigit(prev)) && (isLetter(next) || isDigit(next))) {
        prevHyphenEnd = i + 1;
      } else if (prev === 32 && next === 32) {
        out.push({ start: i, end: i + 1, w: "-", punct: true, cap: false, joined: false, num: false });
      }
      i++;
      continue;
    }
    if (isClausePunct(c)) {
      // A period inside an abbreviation ("U.S.") is not clause punctuation.
      if (
        c === 46 &&
        i > start &&
        isLetter(text.charCodeAt(i - 1)) &&
        i + 1 < end &&
        text.charCodeAt(i + 1) !== 32
      ) {
        i++;
        continue;
      }
      out.push({
        start: i,
        end: i + 1,
        w: text[i] ?? "",
        punct: true,
        cap: false,
        joined: false,
        num: false,
      });
    }
    i++;
  }
  cacheText = text;
  cacheStart = start;
  cacheEnd = end;
  cacheTokens = out;
  return out;
}
