/**
 * The chrono instance: chrono's strict English parsers for written-out and numeric dates
 * ("September 20, 2016", "20 September", "2016-09-20", "7/8/07"), plus our parsers for what chrono
 * either misses or resolves without regard to tense and precision. Refiners are ours only (see refiners.ts).
 */
import * as chrono from "chrono-node";
import { agoParser } from "./parsers/ago";
import { anaphorParser } from "./parsers/anaphor";
import { dayParser } from "./parsers/day";
import { dayRangeParser } from "./parsers/dayRange";
import { monthParser } from "./parsers/month";
import { periodParser } from "./parsers/period";
import { recentParser } from "./parsers/recent";
import { weekdayParser } from "./parsers/weekday";
import { weekOfMonthParser } from "./parsers/weekOfMonth";
import { yearParser } from "./parsers/year";
import { dropNonDates, mergeWeekdayIntoDate, removeOverlaps } from "./refiners";

export const dateChrono = new chrono.Chrono({
  parsers: [
    // chrono's first: on an exact tie in span, the earlier parser's result is kept.
    ...chrono.strict.clone().parsers,
    weekOfMonthParser,
    dayRangeParser,
    recentParser,
    periodParser,
    anaphorParser,
    agoParser,
    dayParser,
    weekdayParser,
    monthParser,
    yearParser,
  ],
  refiners: [dropNonDates, removeOverlaps, mergeWeekdayIntoDate],
});
