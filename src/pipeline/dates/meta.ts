/**
 * What one of our own parsers recognised. Parsers only recognise; resolve.ts turns a Meta into a
 * calendar interval against the publication date. The Meta rides on the chrono result as a tag.
 */
import type { ParsingResult } from "chrono-node";

export type PeriodUnit = "week" | "weekend" | "month" | "year";

export type Meta =
  /** "Saturday", "on Saturday", "last Monday", "next Friday" */
  | { kind: "weekday"; weekday: number; mod: "last" | "next" | "this" | null }
  /** today (0), yesterday (-1), tomorrow (1) */
  | { kind: "day"; offset: number }
  /** last (-1) / this (0) / next (1) week, weekend, month, year; part narrows nothing, it is kept for "how" */
  | { kind: "period"; unit: PeriodUnit; shift: number; part?: string; bare?: boolean }
  /** "in March", "March 2016", "October of next year", "early June" (part: a vague part, see VaguePart) */
  | {
      kind: "month";
      month: number;
      year?: number;
      yearShift?: number;
      mod?: "last" | "next" | "this";
      part?: VaguePart;
    }
  /** "in 2014", "since 2011", "'82", "mid-2011" */
  | { kind: "year"; year: number; part?: VaguePart }
  /**
   * "the last third of August 2018" (nth -1 of 3), "the first half of 2015", "the second quarter of last
   * year" (rel), "the end of March" (vague: the whole unit, leaning to its nth third): of a month
   * (`month`, a year or not) or of a year (`year`, or `rel` to publication).
   */
  | {
      kind: "partOf";
      nth: number;
      of: number;
      month?: number;
      year?: number;
      rel?: { unit: "month" | "year"; shift: number };
      vague?: true;
    }
  /** "three days ago", "two months ago" */
  | { kind: "ago"; unit: "day" | "week" | "month" | "year"; n: number }
  /** "the same day" (0), "the previous day" (-1), "the following day" (1): relative to the last day mentioned */
  | { kind: "anaphorDay"; offset: number }
  /** "the previous year" (-1), "the following month" (1): relative to the last date mentioned */
  | { kind: "anaphorPeriod"; unit: "week" | "month" | "year"; shift: number }
  /** "the same period last year", "the same month a year ago": the last date mentioned, a year back */
  | { kind: "sameLastYear"; unit: "day" | "week" | "month" | "any" }
  /** "by that time", "at that time": the interval last mentioned */
  | { kind: "anaphorSame" }
  /** "the last week of March", "the first week of June 2009": an ISO week inside a month */
  | { kind: "weekOfMonth"; ordinal: number; month: number; year?: number }
  /** "the first ten days of August 2015" (n 10), "the last 5 days of February" (last) */
  | { kind: "daysOfMonth"; n: number; last: boolean; month: number; year?: number }
  /** "between 3 and 5 June", "June 3-5, 2014": days of one month */
  | { kind: "dayRange"; month: number; from: number; to: number; year?: number }
  /** "in recent weeks" (dir -1), "in the coming days" (dir 1), "recently" (word): a vague span */
  | { kind: "recent"; unit: "day" | "week" | "month" | "year"; dir: -1 | 1; word?: boolean };

/** "early", "mid", "late": which third of the month or year the text leans to. */
export type VaguePart = "early" | "mid" | "late";

const PREFIX = "cm:";

export function metaTag(meta: Meta): string {
  return PREFIX + JSON.stringify(meta);
}

/** Parsed once per result: refiners, resolution and range merging each ask for it. */
const cache = new WeakMap<ParsingResult, Meta | null>();

export function getMeta(result: ParsingResult): Meta | null {
  const known = cache.get(result);
  if (known !== undefined) return known;
  let meta: Meta | null = null;
  for (const t of result.start.tags()) {
    if (t.startsWith(PREFIX)) {
      meta = JSON.parse(t.slice(PREFIX.length)) as Meta;
      break;
    }
  }
  cache.set(result, meta);
  return meta;
}
