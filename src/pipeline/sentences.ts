/**
 * Sentence spans for news text.
 *
 * One linear scan over the string. A sentence ends
 *  - at a line break (headlines, captions and paragraphs are sentences of their own);
 *  - after `.`, `!` or `?` (plus any closing quotes/brackets) when whitespace and then a capital letter,
 *    a digit or an opening quote/bracket follow, unless the period closes an abbreviation
 *    ("U.S.", "Dr.", "Sept.", "a.m."), an initial ("J. Smith") or a number ("No. 5").
 * A period inside a number ("3.5") is never followed by whitespace, so it never splits.
 * Spans are trimmed of surrounding whitespace; empty lines give no span.
 */

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Titles, months, days and address words: never end a sentence (matched case-sensitively, without the period). */
const ABBREVIATIONS = new Set<string>([
  // titles and ranks
  "Mr",
  "Mrs",
  "Ms",
  "Messrs",
  "Dr",
  "Prof",
  "Rev",
  "Hon",
  "Gen",
  "Lt",
  "Col",
  "Maj",
  "Capt",
  "Cpt",
  "Sgt",
  "Cpl",
  "Pvt",
  "Adm",
  "Cmdr",
  "Cdr",
  "Brig",
  "Gov",
  "Sen",
  "Rep",
  "Pres",
  "Supt",
  "Insp",
  "Det",
  "Atty",
  "Amb",
  "Sr",
  "Jr",
  "St",
  "Ste",
  "Mt",
  "Ft",
  "Ave",
  "Blvd",
  "Rd",
  "Hwy",
  "Sq",
  "Apt",
  // numbers and references
  "No",
  "Nos",
  "Nr",
  "Vol",
  "Fig",
  "Art",
  "Sec",
  "Ch",
  "Pt",
  "Op",
  // companies
  "Co",
  "Corp",
  "Inc",
  "Ltd",
  "Bros",
  "Assn",
  "Dept",
  "Univ",
  // months and days
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
  "Mon",
  "Tue",
  "Tues",
  "Wed",
  "Thu",
  "Thur",
  "Thurs",
  "Fri",
  "Sat",
  // US states in AP style (the ones that are not also everyday words)
  "Ala",
  "Ariz",
  "Ark",
  "Calif",
  "Colo",
  "Conn",
  "Del",
  "Fla",
  "Ga",
  "Ida",
  "Kan",
  "Kans",
  "Ky",
  "La",
  "Md",
  "Mich",
  "Minn",
  "Mo",
  "Mont",
  "Neb",
  "Nebr",
  "Nev",
  "Okla",
  "Ore",
  "Pa",
  "Penn",
  "Tenn",
  "Tex",
  "Va",
  "Vt",
  "Wis",
  "Wyo",
  // lower-case ones
  "vs",
  "v",
  "approx",
  "est",
  "cf",
  "al",
  "ca",
]);

/**
 * Words that, after a dotted abbreviation such as "U.S." or "p.m.", show that a new sentence began
 * ("... in the U.S. The talks ..."); any other capital after such an abbreviation continues the sentence
 * ("U.S. President", "5 p.m. Sunday").
 */
const SENTENCE_OPENERS = new Set<string>([
  "The",
  "A",
  "An",
  "He",
  "She",
  "It",
  "They",
  "We",
  "I",
  "You",
  "This",
  "That",
  "These",
  "Those",
  "There",
  "But",
  "And",
  "Yet",
  "So",
  "In",
  "On",
  "At",
  "After",
  "Before",
  "When",
  "While",
  "If",
  "His",
  "Her",
  "Their",
  "Its",
  "Our",
  "Some",
  "Many",
  "Most",
  "Officials",
  "Police",
]);

/** A quotation longer than this (UTF-16 units) is taken to be an unbalanced quote mark. */
const MAX_QUOTE = 400;

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 13 ||
    c === 10 ||
    c === 12 ||
    c === 11 ||
    c === 0xa0 ||
    c === 0x2028 ||
    c === 0x2029 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x3000
  );
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** Closing quote or bracket that belongs to the sentence before it. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/** What may start a sentence: a capital, a digit, an opening quote or bracket. */
function isOpener(c: number): boolean {
  if (c >= 65 && c <= 90) return true; // A-Z
  if (c >= 48 && c <= 57) return true; // 0-9
  if (c === 34 || c === 39 || c === 40 || c === 91 || c === 0x201c || c === 0x2018 || c === 0xab) return true;
  if (c > 127) {
    const ch = String.fromCharCode(c);
    return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
  }
  return false;
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** Start index of the word that ends just before `dot` (stops at whitespace and opening punctuation). */
function wordStartBefore(text: string, dot: number, floor: number): number {
  let i = dot;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (isSpace(c) || c === 40 || c === 34 || c === 0x201c || c === 91 || c === 0x2018 || c === 47) break;
    i--;
  }
  return i;
}

/** Does the period at `dot` close an abbreviation, an initial or a number label, given what follows at `next`? */
function periodIsAbbreviation(text: string, dot: number, floor: number, next: number): boolean {
  const ws = wordStartBefore(text, dot, floor);
  const len = dot - ws;
  if (len === 0) return false;
  // An initial: one capital letter ("J. Smith").
  if (len === 1 && isUpperAscii(text.charCodeAt(ws))) return true;
  const word = text.slice(ws, dot);
  // Dotted abbreviations: "U.S", "U.N", "e.g", "a.m", "D.C" — end a sentence only before a typical opener.
  if (word.indexOf(".") > 0) {
    let ne = next;
    while (ne < text.length) {
      const c = text.charCodeAt(ne);
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
      ne++;
    }
    return !SENTENCE_OPENERS.has(text.slice(next, ne));
  }
  return ABBREVIATIONS.has(word);
}

function pushTrimmed(out: SentenceSpan[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const n = text.length;
  let start = 0;
  let i = 0;
  // Where the quotation we are in opened (-1: none). A quotation is not split in its middle
  // ("He said: "We failed. We will try again." -> one sentence); an unbalanced quote stops counting after a while.
  let quoteAt = -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      pushTrimmed(out, text, start, i);
      start = i + 1;
      quoteAt = -1;
      i++;
      continue;
    }
    if (c === 0x201c) quoteAt = i;
    else if (c === 0x201d) quoteAt = -1;
    else if (c === 34) quoteAt = quoteAt < 0 ? i : -1;
    else if (c === 46 || c === 33 || c === 63) {
      // . ! ? — take the whole run ("?!", "...") and closing quotes/brackets after it.
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 34 || d === 0x201d) quoteAt = -1;
        if (d === 46 || d === 33 || d === 63 || isCloser(d)) j++;
        else break;
      }
      if (quoteAt >= 0 && j - quoteAt < MAX_QUOTE) {
        i = j;
        continue;
      }
      // Needs whitespace (not a line break: that splits anyway) and then an opener.
      let k = j;
      while (k < n && isSpace(text.charCodeAt(k)) && !isLineBreak(text.charCodeAt(k))) k++;
      if (k > j && k < n && !isLineBreak(text.charCodeAt(k)) && isOpener(text.charCodeAt(k))) {
        const single = c === 46 && j === i + 1;
        if (!(single && periodIsAbbreviation(text, i, start, k))) {
          pushTrimmed(out, text, start, j);
          start = k;
          quoteAt = -1;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  pushTrimmed(out, text, start, n);
  return out;
}
