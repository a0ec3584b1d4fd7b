/**
 * The chrono instance: chrono's strict English parsers for written-out and numeric dates
 * ("September 20, 2016", "20 September", "2016-09-20", "7/8/07"), plus our parsers for what chrono
 * either misses or resolves without regard to tense and precision. Refiners are ours only (see refiners.ts).
 * Each of our parsers declares its gate, the words it cannot match without (gatedParse.ts).
 */
import * as chrono from "chrono-node";
import { agoParser } from "./parsers/ago";
import { anaphorParser } from "./parsers/anaphor";
import { dayParser } from "./parsers/day";
import { dayRangeParser } from "./parsers/dayRange";
import { daysOfMonthParser } from "./parsers/daysOfMonth";
import { monthParser } from "./parsers/month";
import { partOfParser } from "./parsers/partOf";
import { periodParser } from "./parsers/period";
import { recentParser } from "./parsers/recent";
import { weekdayParser } from "./parsers/weekday";
import { weekOfMonthParser } from "./parsers/weekOfMonth";
import { yearParser } from "./parsers/year";
import { GATES, gated } from "./gatedParse";
import { dropNonDates, mergeWeekdayIntoDate, removeOverlaps } from "./refiners";

/**
 * chrono's strict parsers, in chrono's order (chrono-node 2.10.3, pinned), each with its gate
 * (gatedParse.ts) or "drop": those whose every result dropNonDates drops (refiners.ts) before any
 * other refiner sees it (durations and "ago" phrases, always tagged result/relativeDate; times of day
 * alone and chrono's weekday-only results, with no day, month or year of their own), so running them
 * changes nothing. By position, not class name: a minified bundle renames the classes.
 * chronoInstance.test.ts checks the names against chrono's.
 */
export const CHRONO_STRICT: readonly { name: string; gate: RegExp | "drop" }[] = [
  { name: "ENYearMonthDayParser", gate: GATES.DIGIT },
  { name: "ISOFormatParser", gate: GATES.DIGIT },
  { name: "SlashDateFormatParser", gate: GATES.DIGIT },
  { name: "ENTimeUnitWithinFormatParser", gate: "drop" },
  { name: "ENMonthNameLittleEndianParser", gate: GATES.MONTH },
  { name: "ENMonthNameMiddleEndianParser", gate: GATES.MONTH },
  { name: "ENWeekdayParser", gate: "drop" },
  { name: "ENSlashMonthFormatParser", gate: GATES.DIGIT },
  { name: "ENTimeExpressionParser", gate: "drop" },
  { name: "ENTimeUnitAgoFormatParser", gate: "drop" },
  { name: "ENTimeUnitLaterFormatParser", gate: "drop" },
  { name: "ENYearMonthNameParser", gate: GATES.DIGIT },
];

/** chrono's strict parsers that can yield a date we keep, gated; all of them, ungated, if chrono's list is not the one above. */
export function chronoDateParsers(): chrono.Parser[] {
  const parsers = chrono.strict.clone().parsers;
  if (parsers.length !== CHRONO_STRICT.length) return parsers;
  return parsers.flatMap((p, i) => {
    const gate = CHRONO_STRICT[i]!.gate;
    return gate === "drop" ? [] : [gated(p, gate)];
  });
}

export const dateChrono = new chrono.Chrono({
  parsers: [
    // chrono's first: on an exact tie in span, the earlier parser's result is kept.
    ...chronoDateParsers(),
    gated(weekOfMonthParser, GATES.MONTH),
    gated(dayRangeParser, GATES.MONTH),
    gated(daysOfMonthParser, GATES.MONTH),
    gated(recentParser, GATES.RECENT),
    gated(partOfParser, GATES.PART_OF),
    gated(periodParser, GATES.PERIOD),
    gated(anaphorParser, GATES.ANAPHOR),
    gated(agoParser, GATES.AGO),
    gated(dayParser, GATES.DAY_WORD),
    gated(weekdayParser, GATES.WEEKDAY),
    gated(monthParser, GATES.MONTH),
    gated(yearParser, GATES.YEAR),
  ],
  refiners: [dropNonDates, removeOverlaps, mergeWeekdayIntoDate],
});
