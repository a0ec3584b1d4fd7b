/**
 * A year standing alone: "in 2014", "since 2011", "2014's", "the 2008 Olympics", "mid-2011", "since '82".
 * A four-digit number is a year only in a date context; counts ("2014 people"), money ("$1999"),
 * times ("at 1900 GMT") and parts of longer numbers are not.
 */
import { COUNT_NOUNS } from "../lexicon";
import type { VaguePart } from "../meta";
import { regexParser } from "./regexParser";

const PATTERN =
  /(?:([Ee]arly|[Ll]ate|[Mm]id)(?:-|\s+)(?:in\s+)?)?(?:(1[89]\d\d|20\d\d)|['’](\d\d))(?![\p{L}\p{N}])/u;

/** Words after which a four-digit number reads as a year. */
const CONTEXT_BEFORE = new Set(
  (
    "in since of by from to until till through before after during between and or year years fiscal fy " +
    "early late mid end beginning start spring summer autumn fall winter circa around about the than " +
    "back since throughout for as from until its their his her"
  ).split(" "),
);

export const yearParser = regexParser(PATTERN, (text, m, index) => {
  const part = m[1];
  const full = m[2];
  const short = m[3];
  const yearStart = index + m[0].length - (full ?? short ?? "").length - (short ? 1 : 0);
  const end = index + m[0].length;
  const before = text.slice(Math.max(0, yearStart - 40), yearStart);
  const after = text.slice(end, end + 30);
  const prevChar = /(\S)\s*$/.exec(before)?.[1] ?? "";
  const prevWord = /([\p{L}]+)\.?\s*$/u.exec(before)?.[1] ?? "";
  const prevLower = prevWord.toLowerCase();

  // Parts of other numbers, money, clock times, ranges of plain numbers.
  if (/^[.,:]\d/.test(after) || /^\s*(?:%|-\s*\d{1,2}(?!\d))/.test(after)) return null;
  if (/[$£€#¥]\s*$/.test(before) || /[\d.,/]$/.test(before)) return null;
  if (
    /^(?:at|no|nos|number|route|flight|highway|page|pp|p|article|section|resolution|model|version)$/i.test(
      prevWord,
    )
  )
    return null;
  const nextWord = /^\s*([\p{L}%]+)/u.exec(after)?.[1]?.toLowerCase() ?? "";
  if (COUNT_NOUNS.has(nextWord)) return null;

  if (short) {
    // '82 only after a clear date preposition.
    if (!/^(?:in|since|of|by|from|until|till|before|after|class)$/.test(prevLower)) return null;
    const yy = Number(short);
    return { index, text: m[0], meta: { kind: "year", year: yy < 50 ? 2000 + yy : 1900 + yy } };
  }

  const possessive = /^ ?['’]s(?![\p{L}])/u.test(after);
  // "the 1980's": a decade, not the year 1980.
  if (possessive && full?.endsWith("0") && /\bthe\s+(?:(?:early|late|mid)[- ]\s*)?$/i.test(before))
    return null;
  const sentenceStart = before.trim() === "" || /[.!?:;"“(\n|]\s*$/.test(before) || prevChar === "-";
  const afterYearRange = /\d{4}\s*[-–]\s*$/.test(before) || /(?:^|\s)(?:-|–|to)\s*$/.test(before);
  const capitalised = /^[A-Z]/.test(prevWord) && !/^(?:In|On|At|By|For|The)$/.test(prevWord);
  const startsRange = /^\s*[-–]\s*(?:1[89]|20)\d\d(?!\d)/.test(after);
  const ok =
    !!part ||
    startsRange ||
    possessive ||
    sentenceStart ||
    afterYearRange ||
    prevChar === "," ||
    CONTEXT_BEFORE.has(prevLower) ||
    capitalised;
  if (!ok) return null;
  const vague = part ? { part: part.toLowerCase() as VaguePart } : {};
  return { index, text: m[0], meta: { kind: "year", year: Number(full), ...vague } };
});
