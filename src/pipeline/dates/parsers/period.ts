/**
 * Calendar periods named relative to publication: "last week", "this weekend", "next month",
 * "earlier this year", "the end of last year", "late last year", "the beginning of the year", "the weekend".
 * Durations ("the past two weeks", "for weeks") are not matched.
 */
import type { PeriodUnit } from "../meta";
import { regexParser } from "./regexParser";

const PART = "(?:(?:the\\s+)?(end|beginning|start|middle|rest|close|first half|second half)\\s+of\\s+)";
const PATTERN = new RegExp(
  `${PART}?(?:(?:earlier|later)\\s+(?:in\\s+)?|(early|late|mid)(?:-|\\s+)(?:in\\s+)?)?` +
    `(last|this past|this coming|this|next|coming|the last|the coming|the|the current|current)\\s+` +
    `(week|weekend|month|year)(?![\\p{L}-])`,
  "iu",
);

export const periodParser = regexParser(PATTERN, (text, m, index) => {
  // "late last year": a vague part, as "the end of last year".
  const part = (m[1] ?? m[2])?.toLowerCase();
  const mod = (m[3] ?? "").toLowerCase();
  const unit = (m[4] ?? "").toLowerCase() as PeriodUnit;
  const after = text.slice(index + m[0].length, index + m[0].length + 20);
  let shift: number;
  if (mod === "the") {
    // "the year" alone is anything; only "the end/beginning of the year" (this year) and "the weekend" count.
    if (unit === "weekend") shift = 0;
    else if (part && unit !== "week") shift = 0;
    else return null;
    if (/^\s+(?:of|before|after|when|that|in which)\b/.test(after)) return null;
  } else if (mod === "last" || mod === "this past" || mod === "the last") shift = -1;
  else if (mod === "next" || mod === "coming" || mod === "this coming" || mod === "the coming") shift = 1;
  else shift = 0;
  // "the last week of March" is about March, not about last week.
  // ("the last year of US$ 2.7 billion" is last year's figure: "of" + an amount.)
  if (/^\s+of\b/.test(after) && !/^\s+of\s+(?:[A-Z]{1,3})?[$£€¥]/.test(after)) return null;
  return {
    index,
    text: m[0],
    meta: {
      kind: "period",
      unit,
      shift,
      ...(part ? { part } : {}),
      ...(mod === "the" ? { bare: true } : {}),
    },
  };
});
