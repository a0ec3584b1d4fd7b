/** "the last week of March", "the first week of June 2009", "the second week in May". */
import { MONTH_RE, monthNumber } from "../lexicon";
import { regexParser } from "./regexParser";

const PATTERN = new RegExp(
  `[Tt]he\\s+(first|second|third|fourth|last|final)\\s+week\\s+(?:of|in)\\s+(${MONTH_RE})(?:\\s*,?\\s*(\\d{4})(?!\\d))?`,
  "u",
);
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

export const weekOfMonthParser = regexParser(PATTERN, (_text, m, index) => {
  const month = monthNumber(m[2] ?? "");
  const ordinal = ORDINALS[(m[1] ?? "").toLowerCase()];
  if (month === null || ordinal === undefined) return null;
  const meta = { kind: "weekOfMonth" as const, ordinal, month, ...(m[3] ? { year: Number(m[3]) } : {}) };
  return { index, text: m[0], meta };
});
