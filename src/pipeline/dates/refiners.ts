/**
 * Refiners run after all parsers, in this order:
 * 1. dropNonDates: chrono results that are not calendar dates for us: durations and "ago" phrases
 *    chrono resolves itself (ours replace them), times of day alone, chrono's weekday-only results
 *    (ours carry tense), lower-case month words ("a protest march 7 miles"), slash forms without a year
 *    or inside fractions ("5-1/2", "24/7").
 * 2. removeOverlaps: keep the longest of overlapping results ("September 20, 2016" over "2016").
 * 3. mergeWeekdayIntoDate: "Tuesday, September 20" becomes one result whose weekday is known.
 */
import type { ParsingContext, ParsingResult, Refiner } from "chrono-node";
import { getMeta } from "./meta";

const MONTH_WORD =
  /(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![a-z])/i;

function isNonDate(context: ParsingContext, r: ParsingResult): boolean {
  if (getMeta(r)) return false;
  const tags = r.tags();
  if (tags.has("result/relativeDate") || tags.has("result/relativeDateAndTime")) return true;
  // A date does not run across a line break (a headline's year and the dateline below it).
  if (/[\n\r]/.test(r.text)) return true;
  const s = r.start;
  if (!s.isCertain("day") && !s.isCertain("month") && !s.isCertain("year")) return true;
  const mw = MONTH_WORD.exec(r.text);
  if (mw && /^[a-z]/.test(mw[1] ?? "")) return true;
  if (tags.has("parser/SlashDateFormatParser") || /^\d{1,2}\/\d{1,2}/.test(r.text)) {
    if (!s.isCertain("year")) return true;
    const before = context.text.slice(Math.max(0, r.index - 3), r.index);
    const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 2);
    if (/[\d/-]\s*$/.test(before) || /^\/\d/.test(after)) return true;
  }
  return false;
}

export const dropNonDates: Refiner = {
  refine: (context, results) => results.filter((r) => !isNonDate(context, r)),
};

export const removeOverlaps: Refiner = {
  refine(_context, results) {
    const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
    const kept: ParsingResult[] = [];
    for (const r of sorted) {
      const last = kept[kept.length - 1];
      if (last && r.index < last.index + last.text.length) {
        if (r.text.length > last.text.length) kept[kept.length - 1] = r;
        continue;
      }
      kept.push(r);
    }
    return kept;
  },
};

export const mergeWeekdayIntoDate: Refiner = {
  refine(context, results) {
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const cur = results[i];
      if (!cur) continue;
      const next = results[i + 1];
      const meta = getMeta(cur);
      if (
        next &&
        meta?.kind === "weekday" &&
        meta.mod === null &&
        !getMeta(next) &&
        next.start.isCertain("day")
      ) {
        const between = context.text.slice(cur.index + cur.text.length, next.index);
        if (/^[ \t]*,?[ \t]*(?:the[ \t]+)?$/.test(between)) {
          next.text = context.text.slice(cur.index, next.index + next.text.length);
          next.index = cur.index;
          next.start.assign("weekday", meta.weekday);
          out.push(next);
          i++;
          continue;
        }
      }
      out.push(cur);
    }
    return out;
  },
};
