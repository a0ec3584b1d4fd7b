/**
 * Picks the year of a date written without one ("March 7", "in October", "since November"), from the
 * publication date P and the tense of the clause: future -> the first such date that does not end
 * before P; past -> the last one that does not start after P; unknown -> the nearest, with dates after P
 * counted three times as far (news mostly reports what has happened). Only years 0001-9999 are chosen.
 */
import { diffDays, inCalendarYear, type Ymd } from "./calendar";
import type { Tense } from "./tense";

export type IntervalOfYear = (year: number) => [Ymd, Ymd] | null;

const FUTURE_PENALTY = 3;

export function chooseYear(p: Ymd, intervalOf: IntervalOfYear, tense: Tense): number {
  let best = p.y;
  let bestCost = Infinity;
  for (const y of [p.y - 1, p.y, p.y + 1]) {
    if (!inCalendarYear(y)) continue;
    const iv = intervalOf(y);
    if (!iv) continue;
    const [s, e] = iv;
    let cost: number;
    if (diffDays(s, p) <= 0 && diffDays(e, p) >= 0) cost = 0;
    else if (diffDays(e, p) < 0) cost = tense === "future" ? Infinity : diffDays(p, e);
    else
      cost =
        tense === "past" ? Infinity : tense === "future" ? diffDays(s, p) : diffDays(s, p) * FUTURE_PENALTY;
    if (cost < bestCost) {
      bestCost = cost;
      best = y;
    }
  }
  return best;
}
