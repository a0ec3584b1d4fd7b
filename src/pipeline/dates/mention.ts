/**
 * The dates layer: one DateMention per date expression, the output's DateOut plus what later stages
 * compare without re-parsing ISO strings — day numbers (days since 1970-01-01, src/time/days.ts),
 * what the interval is anchored on, and for a range's end the range's own day numbers. The output
 * writer keeps only the DateOut fields (toDateOut).
 */
import type { DateOut } from "../contract";

/**
 * What a date's interval leans on: nothing ("3 June 2016"), the publication date for its year only
 * ("in March", "on 4 June"), the publication date wholly ("on Saturday", "last week", "recently"), or
 * an earlier date of the text ("the same day", "the following year").
 */
export type DateAnchor = "none" | "published-year" | "published" | "antecedent";

export interface DayInterval {
  /** First and last day, inclusive, as day numbers; start <= end. */
  start: number;
  end: number;
}

export interface DateMention extends DateOut {
  /** dateStart..dateEnd as day numbers; null when the date waits for the publication date. */
  days: DayInterval | null;
  /** The granularity is `precision`; the interval leans on this. */
  anchor: DateAnchor;
  /** The words the anaphor leans on ("the same day" → "on Saturday"), when anchor is "antecedent". */
  antecedent?: string;
  /** The whole range's days, on each end of a range (`range`); null while it waits. */
  rangeDays?: DayInterval | null;
}

/** Whether the mention leans on the publication date in any way (for its year or wholly). */
export function isRelative(m: DateMention): boolean {
  return m.anchor === "published" || m.anchor === "published-year";
}

/** The interval that dates an event: a range's end stands for the whole range. */
export function eventDays(m: DateMention): DayInterval | null {
  return m.rangeDays !== undefined ? m.rangeDays : m.days;
}

/** The output contract's fields only. */
export function toDateOut(m: DateMention): DateOut {
  const { days: _d, anchor: _a, antecedent: _t, rangeDays: _r, ...out } = m;
  return out;
}
