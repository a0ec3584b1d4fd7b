/**
 * Word tokens with offsets, in struct-of-arrays form so that the recognisers can scan a long
 * article without allocating an object per word.
 *
 * A token is a run of letters/digits with internal apostrophes ("Sana'a", "O'Hare"), or a dotted
 * abbreviation ("U.S.", "D.C.", "W.Va."). A trailing possessive ('s / ’s) is not part of the token: it sets
 * `possessive` instead, so "Kenya's" is the token "Kenya". Hyphens separate tokens ("Iran-backed"). A number
 * keeps its inner "," and "." ("1,300", "1.5"). Punctuation is no token: the words layer (words.ts) reads it
 * from the gaps between tokens.
 */
export interface Tokens {
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  /** Bit flags, see TokenFlag. */
  readonly flags: Uint8Array;
  /** Sentence index of each token (filled by assignSentences). */
  readonly sentence: Int32Array;
}

export const TokenFlag = {
  /** First character is an upper-case letter. */
  Cap: 1,
  /** Every letter is upper case and there are at least two ("US", "NATO"). */
  AllCaps: 2,
  /** Followed by a possessive 's. */
  Possessive: 4,
  /** Dotted abbreviation ("U.S."). */
  Abbrev: 8,
  /** All digits, with inner "," or "." ("1,300"). */
  Number: 16,
} as const;

const TOKEN_RE = /(?:\p{Lu}\p{Ll}?\.){2,}|\d+(?:[.,]\d+)+|[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;
const NUMBER_RE = /^\d+(?:[.,]\d+)*$/;
const UPPER_RE = /\p{Lu}/u;
const ELIDED_NAME_RE = /^[dl]['’ʼ]\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;

/** The word has no lower-case letter (ASCII checked by code, the rest by the regex). */
function noLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c > 127) return !LOWER_RE.test(word);
  }
  return true;
}

export function tokenize(text: string): Tokens {
  // At most one token per two characters, plus one.
  const cap = (text.length >> 1) + 1;
  const starts = new Int32Array(cap);
  const ends = new Int32Array(cap);
  const flags = new Uint8Array(cap);
  let n = 0;
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const s = m.index;
    const word = m[0];
    const len = word.length;
    let e = s + len;
    let f = 0;
    // Possessive: "Kenya's" -> "Kenya" + flag. ("Ma'arib" keeps its apostrophe: 'a is not 's.)
    const last = word.charCodeAt(len - 1);
    const a2 = len > 2 ? word.charCodeAt(len - 2) : 0;
    if (len > 2 && last === 115 && (a2 === 39 || a2 === 0x2019 || a2 === 0x2bc)) {
      e -= 2;
      f |= TokenFlag.Possessive;
    } else if (
      len > 1 &&
      last === 115 &&
      (text[e] === "'" || text[e] === "’") &&
      !/\w/.test(text[e + 1] ?? "")
    ) {
      // plural possessive: "the Houthis' positions"
      f |= TokenFlag.Possessive;
    }
    const c0 = word.charCodeAt(0);
    if (c0 >= 65 && c0 <= 90) f |= TokenFlag.Cap;
    else if (c0 > 127 && UPPER_RE.test(word[0] ?? "")) f |= TokenFlag.Cap;
    // An elided French article before a capital ("d'Ivoire", "d'Alene", "l'Aquila") is part of a name.
    else if ((c0 === 100 || c0 === 108) && ELIDED_NAME_RE.test(word)) f |= TokenFlag.Cap;
    // Only the abbreviation alternative of TOKEN_RE holds a period, and it ends with one.
    if (last === 46) f |= TokenFlag.Abbrev | TokenFlag.Cap;
    if (c0 >= 48 && c0 <= 57 && NUMBER_RE.test(word)) f |= TokenFlag.Number;
    if (f & TokenFlag.Cap && len > 1 && noLower(word)) f |= TokenFlag.AllCaps;
    starts[n] = s;
    ends[n] = e;
    flags[n] = f;
    n++;
  }
  return {
    count: n,
    start: starts.slice(0, n),
    end: ends.slice(0, n),
    flags: flags.slice(0, n),
    sentence: new Int32Array(n),
  };
}

/** Fills tokens.sentence from sentence spans sorted by start (tokens outside any span get the previous one). */
export function assignSentences(tokens: Tokens, sentences: readonly { start: number; end: number }[]): void {
  let si = 0;
  for (let i = 0; i < tokens.count; i++) {
    const s = tokens.start[i] ?? 0;
    while (si + 1 < sentences.length && (sentences[si + 1]?.start ?? Infinity) <= s) si++;
    tokens.sentence[i] = si;
  }
}

/** The token index whose span contains or follows `offset` (binary search). */
export function tokenAt(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens.end[mid] ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
