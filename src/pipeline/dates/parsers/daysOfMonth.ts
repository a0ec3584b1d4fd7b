/**
 * The first or last days of a month, counted: "the first ten days of August 2015", "the last 5 days
 * of February". ("the last days of August", with no count, is the month's: the month parser reads it.)
 */
import { MONTH_RE, monthNumber, SMALL_NUMBER_RE, smallNumber } from "../lexicon";
import { regexParser } from "./regexParser";

const PATTERN = new RegExp(
  `[Tt]he\\s+(first|last|final)\\s+(${SMALL_NUMBER_RE})\\s+days\\s+(?:of|in)\\s+(${MONTH_RE})` +
    `(?:\\s*,?\\s*(?:of\\s+)?(\\d{4})(?![\\d\\p{L}]))?`,
  "u",
);

export const daysOfMonthParser = regexParser(PATTERN, (_text, m, index) => {
  const n = smallNumber(m[2] ?? "");
  const month = monthNumber(m[3] ?? "");
  if (n === null || n < 1 || n > 28 || month === null) return null;
  const last = /^(?:last|final)$/i.test(m[1] ?? "");
  const meta = {
    kind: "daysOfMonth" as const,
    n,
    last,
    month,
    ...(m[4] ? { year: Number(m[4]) } : {}),
  };
  return { index, text: m[0], meta };
});
