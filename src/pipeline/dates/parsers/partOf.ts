/**
 * A named part of a month or year: "the last third of August 2018", "the first half of 2015", "the
 * second quarter of last year" (an exact share: `of` equal parts, the `nth`, -1 the last), and the
 * vague parts "the beginning / middle / end of March", "of 2014" (`vague`). "early / mid / late <month
 * or year>" are read by the month and year parsers; "the end of last year" by the period parser.
 * "the third of August" (a day) is not a part: it has no half / third / quarter.
 */
import { MONTH_RE, monthNumber } from "../lexicon";
import type { Meta } from "../meta";
import { regexParser } from "./regexParser";

const SHARE = "(?:(first|second|third|fourth|last|final|latter|former)\\s+(half|third|quarter|week))";
const VAGUE = "(?:(?:very\\s+)?(beginning|start|middle|end|close))";
const WHOLE =
  `(?:(${MONTH_RE})(?:\\s*,?\\s*(?:of\\s+)?(\\d{4})(?![\\d\\p{L}]))?` +
  `|(\\d{4})(?![\\d\\p{L}])|(last|this|next|the current|the)\\s+(year|month)(?![\\p{L}]))`;
const PATTERN = new RegExp(`[Tt]he\\s+(?:${SHARE}|${VAGUE})\\s+(?:of|in)\\s+${WHOLE}`, "u");

const NTH: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  last: -1,
  final: -1,
  latter: -1,
  former: 1,
};
/** How many parts the whole has; a week (0) is an ISO week counted from the whole's first Monday. */
const PARTS: Record<string, number> = { half: 2, third: 3, quarter: 4, week: 0 };
/** The vague parts as the third of the whole they lean to (only `how` says it). */
const VAGUE_NTH: Record<string, number> = { beginning: 1, start: 1, middle: 2, end: -1, close: -1 };

export const partOfParser = regexParser(PATTERN, (_text, m, index) => {
  const [, nthWord, partWord, vagueWord, monthWord, monthYear, bareYear, relWord, relUnit] = m;
  const share =
    nthWord && partWord ? { nth: NTH[nthWord.toLowerCase()], of: PARTS[partWord.toLowerCase()] } : null;
  const vague = vagueWord ? { nth: VAGUE_NTH[vagueWord.toLowerCase()], of: 3 } : null;
  const part = share ?? vague;
  if (!part || part.nth === undefined || part.of === undefined) return null;
  if (part.of > 0 && Math.abs(part.nth) > part.of) return null;
  // "the latter week", "the former quarter": only a half has a latter and a former.
  if (/^(?:latter|former)$/i.test(nthWord ?? "") && part.of !== 2) return null;
  // "the end of last year", "the start of the month": the period parser's (with "since the start of").
  if (vague && relWord) return null;
  const month = monthWord ? monthNumber(monthWord) : null;
  if (monthWord && month === null) return null;
  const yearText = monthYear ?? bareYear;
  const rw = relWord?.toLowerCase();
  const unit = relUnit?.toLowerCase() === "month" ? "month" : "year";
  const meta: Meta = {
    kind: "partOf",
    nth: part.nth,
    of: part.of,
    ...(month !== null ? { month } : {}),
    ...(yearText ? { year: Number(yearText) } : {}),
    ...(rw ? { rel: { unit, shift: rw === "last" ? -1 : rw === "next" ? 1 : 0 } } : {}),
    ...(vague ? { vague: true } : {}),
  };
  return { index, text: m[0], meta };
});
