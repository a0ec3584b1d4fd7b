/**
 * A range of days in one month, written once: "between 3 and 5 June", "between June 3 and 5",
 * "between 3 and 5 June 2014", "3-5 June", "June 3-5, 2014". chrono reads only one end of the
 * "between" forms; "from 3 to 5 June" it reads itself. A count is no range: "between 3 and 5 people
 * died on 5 June" has no month right after its second number.
 */
import { MONTH_RE, monthNumber } from "../lexicon";
import { regexParser } from "./regexParser";

const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
const YEAR = "(?:,?\\s+(\\d{4}))?";
const PATTERN = new RegExp(
  `(?:[Bb]etween\\s+${DAY}\\s+and\\s+${DAY}\\s+(${MONTH_RE})${YEAR}` +
    `|[Bb]etween\\s+(${MONTH_RE})\\s+${DAY}\\s+and\\s+${DAY}${YEAR}` +
    `|${DAY}\\s*[-–]\\s*${DAY}\\s+(${MONTH_RE})${YEAR}` +
    `|(${MONTH_RE})\\s+${DAY}\\s*[-–]\\s*${DAY}${YEAR})(?![\\p{L}\\p{N}])`,
  "u",
);

export const dayRangeParser = regexParser(PATTERN, (_text, m, index) => {
  // Four alternatives, four groups each: day, day, month, year (or month, day, day, year).
  const groups: [string | undefined, string | undefined, string | undefined, string | undefined][] = [
    [m[1], m[2], m[3], m[4]],
    [m[6], m[7], m[5], m[8]],
    [m[9], m[10], m[11], m[12]],
    [m[14], m[15], m[13], m[16]],
  ];
  const g = groups.find((x) => x[0] !== undefined);
  if (!g) return null;
  const [d1s, d2s, monthWord, yearText] = g;
  const month = monthNumber(monthWord ?? "");
  const d1 = Number(d1s);
  const d2 = Number(d2s);
  if (month === null || !(d1 >= 1 && d2 <= 31 && d1 < d2)) return null;
  const year = yearText === undefined ? undefined : Number(yearText);
  return {
    index,
    text: m[0],
    meta: { kind: "dayRange", month, from: d1, to: d2, ...(year !== undefined ? { year } : {}) },
  };
});
