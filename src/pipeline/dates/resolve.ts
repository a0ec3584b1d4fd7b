/**
 * Turns recognised expressions (chrono results, some carrying our Meta) into calendar intervals
 * anchored on the publication date, in text order, so that anaphors ("the same day", "the previous
 * year") can lean on the date mentioned last.
 */
import type { ParsingComponents, ParsingResult } from "chrono-node";
import type { DatePrecision } from "../contract";
import {
  addDays,
  addMonths,
  daysInMonth,
  describeDay,
  describeMonth,
  diffDays,
  isoWeek,
  isoWeekMonday,
  isValidYmd,
  monthEnd,
  monthStart,
  weekdayOf,
  WEEKDAY_NAMES,
  ymd,
  type Ymd,
} from "./calendar";
import { getMeta, type Meta, type VaguePart } from "./meta";
import type { TenseAt } from "./tenseAt";
import type { Tense } from "./tense";
import { chooseYear } from "./yearChoice";

export interface Candidate {
  start: number;
  end: number;
  text: string;
  from: Ymd;
  to: Ymd;
  precision: DatePrecision;
  how: string;
  /** What kind of expression it was (for range merging): "weekday", "explicit", "month", ... */
  kind: string;
  /** The text gave no year; it was chosen from the publication date (a range may correct it). */
  yearGuessed?: boolean;
  /**
   * The interval leans on the publication date: only for its year ("year": "in March", "on 4 June";
   * a range's other end may give it), or wholly ("all": "on Saturday", "last week", "yesterday", an
   * anaphor with no absolute antecedent). Without a publication date such a candidate is unresolved.
   */
  relative?: Relative;
  /** A vague span ("in recent weeks"): the interval is a convention, not what the text pins down. */
  vague?: boolean;
  /** On each end of a range (ranges.ts): the whole range. */
  range?: RangeCandidate;
  /** The expression an anaphor leaned on ("the same day" → "on Saturday"). */
  antecedent?: string;
}

/** The whole range an end belongs to: its words and interval, as a candidate's. */
export type RangeCandidate = Pick<
  Candidate,
  "start" | "end" | "text" | "from" | "to" | "precision" | "how" | "relative"
>;

export type Relative = "year" | "all";

/** The text the expressions were found in, and the tense that governs each expression (tenseAt.ts). */
export interface DateText {
  readonly text: string;
  readonly tenseAt: TenseAt;
}

type Interval = {
  from: Ymd;
  to: Ymd;
  precision: DatePrecision;
  how: string;
  yearGuessed?: boolean;
  relative?: Relative;
  vague?: boolean;
  antecedent?: string;
};

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };
export function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b;
}

function dayIv(d: Ymd, how: string): Interval {
  return { from: d, to: d, precision: "day", how };
}
function monthIv(y: number, m: number, how: string): Interval {
  return { from: monthStart(y, m), to: monthEnd(y, m), precision: "month", how };
}
function yearIv(y: number, how: string): Interval {
  return { from: ymd(y, 1, 1), to: ymd(y, 12, 31), precision: "year", how };
}
function weekIv(monday: Ymd, how: string): Interval {
  return { from: monday, to: addDays(monday, 6), precision: "week", how };
}
function describeWeek(monday: Ymd): string {
  const w = isoWeek(monday);
  return `${describeDay(monday)} – ${describeDay(addDays(monday, 6))} (ISO week ${w.week} of ${w.year})`;
}
function describeInterval(iv: { from: Ymd; to: Ymd; precision: DatePrecision }): string {
  switch (iv.precision) {
    case "day":
      return diffDays(iv.to, iv.from) === 0
        ? describeDay(iv.from)
        : `${describeDay(iv.from)} – ${describeDay(iv.to)}`;
    case "week":
      return `${describeDay(iv.from)} – ${describeDay(iv.to)}`;
    case "month":
      return iv.from.y === iv.to.y && iv.from.m === iv.to.m
        ? describeMonth(iv.from.y, iv.from.m)
        : `${describeMonth(iv.from.y, iv.from.m)} – ${describeMonth(iv.to.y, iv.to.m)}`;
    case "year":
      return iv.from.y === iv.to.y ? String(iv.from.y) : `${iv.from.y} – ${iv.to.y}`;
  }
}
export { describeInterval };

function resolveWeekday(
  src: DateText,
  index: number,
  p: Ymd,
  meta: Extract<Meta, { kind: "weekday" }>,
  phrase: string,
): Interval {
  const name = WEEKDAY_NAMES[meta.weekday] ?? "";
  const back = (weekdayOf(p) - meta.weekday + 7) % 7; // days back to the last such day on or before P
  if (meta.mod === "last") {
    const d = addDays(p, back === 0 ? -7 : -back);
    return dayIv(d, `${phrase} → ${describeDay(d)} (the last ${name} before publication)`);
  }
  if (meta.mod === "next") {
    const fwd = (meta.weekday - weekdayOf(p) + 7) % 7 || 7;
    const d = addDays(p, fwd);
    return dayIv(d, `${phrase} → ${describeDay(d)} (the first ${name} after publication)`);
  }
  if (meta.mod === "this") {
    const d = addDays(isoWeekMonday(p), (meta.weekday + 6) % 7);
    return dayIv(d, `${phrase} → ${describeDay(d)} (the ${name} of the publication week)`);
  }
  // "Saturday's meeting" names an event; the clause around it rarely dates it ("hoped to build on
  // Saturday's meeting"). Only "ahead of / before / upcoming Saturday's ..." looks forward.
  const possessive = /^['’]s(?![\p{L}])/u.test(src.text.slice(index + phrase.length));
  const future = possessive
    ? /\b(?:ahead of|upcoming|before|until|for)\s+$/i.test(src.text.slice(Math.max(0, index - 20), index))
    : src.tenseAt(index) === "future";
  if (future) {
    const fwd = (meta.weekday - weekdayOf(p) + 7) % 7 || 7;
    const d = addDays(p, fwd);
    return dayIv(
      d,
      `${phrase} → ${describeDay(d)} (the first ${name} after publication: the clause speaks of the future)`,
    );
  }
  const d = addDays(p, -back);
  return dayIv(d, `${phrase} → ${describeDay(d)} (the last ${name} on or before publication)`);
}

/**
 * "since the start of this year" counts from the period's first day: a point, not the period. ("at
 * the start of this year" stays the period: how early in it the text does not say.)
 */
function resolvePeriod(
  src: DateText,
  index: number,
  p: Ymd,
  meta: Extract<Meta, { kind: "period" }>,
  phrase: string,
): Interval {
  const iv = periodInterval(src, index, p, meta, phrase);
  const fromStart = meta.part === "start" || meta.part === "beginning";
  const lean = meta.part ? PERIOD_PART_NTH[meta.part] : undefined;
  if (
    lean !== undefined &&
    !(fromStart && SINCE_BEFORE.test(src.text.slice(Math.max(0, index - 8), index)))
  ) {
    if (meta.unit === "month" || meta.unit === "year") return vaguePart(iv, lean);
    if (meta.unit === "week") return { ...iv, how: `${iv.how} (vague: the whole week)`, vague: true };
  }
  if (
    !fromStart ||
    meta.unit === "weekend" ||
    !SINCE_BEFORE.test(src.text.slice(Math.max(0, index - 8), index))
  )
    return iv;
  return dayIv(iv.from, `${phrase} → ${describeDay(iv.from)} (the first day of ${describeInterval(iv)})`);
}

const SINCE_BEFORE = /\bsince\s+$/i;
/** The period parser's vague parts ("the end of last year"), as the third they lean to. */
const PERIOD_PART_NTH: Record<string, number> = {
  beginning: 1,
  start: 1,
  early: 1,
  middle: 2,
  mid: 2,
  end: -1,
  close: -1,
  late: -1,
};

function periodInterval(
  src: DateText,
  index: number,
  p: Ymd,
  meta: Extract<Meta, { kind: "period" }>,
  phrase: string,
): Interval {
  switch (meta.unit) {
    case "week": {
      const mon = addDays(isoWeekMonday(p), 7 * meta.shift);
      return weekIv(mon, `${phrase} → ${describeWeek(mon)}`);
    }
    case "weekend": {
      let sat = addDays(isoWeekMonday(p), 5 + 7 * meta.shift);
      if (meta.bare) {
        // "the weekend": the one just past, or the coming one when the clause speaks of the future.
        const future = src.tenseAt(index) === "future";
        if (!future && diffDays(sat, p) > 0) sat = addDays(sat, -7);
      }
      return {
        from: sat,
        to: addDays(sat, 1),
        precision: "week",
        how: `${phrase} → ${describeDay(sat)} – ${describeDay(addDays(sat, 1))}`,
      };
    }
    case "month": {
      const { y, m } = addMonths(p.y, p.m, meta.shift);
      return monthIv(y, m, `${phrase} → ${describeMonth(y, m)}`);
    }
    case "year":
      return yearIv(p.y + meta.shift, `${phrase} → ${p.y + meta.shift}`);
  }
}

function resolveMonth(
  src: DateText,
  index: number,
  p: Ymd,
  meta: Extract<Meta, { kind: "month" }>,
  phrase: string,
): Interval {
  const m = meta.month;
  let y: number;
  let why: string;
  if (meta.year !== undefined) {
    y = meta.year;
    why = "";
  } else if (meta.yearShift !== undefined) {
    y = p.y + meta.yearShift;
    why = "";
  } else if (meta.mod === "last") {
    y = m < p.m ? p.y : p.y - 1;
    why = " (the last one before publication)";
  } else if (meta.mod === "next") {
    y = m > p.m ? p.y : p.y + 1;
    why = " (the first one after publication)";
  } else if (meta.mod === "this") {
    y = p.y;
    why = " (publication year)";
  } else {
    const tense = src.tenseAt(index);
    y = chooseYear(p, (yy) => [monthStart(yy, m), monthEnd(yy, m)], tense);
    why = yearWhy(y, p, tense);
    return withPart(
      { ...monthIv(y, m, `${phrase} → ${describeMonth(y, m)}${why}`), yearGuessed: true },
      meta.part,
    );
  }
  return withPart(monthIv(y, m, `${phrase} → ${describeMonth(y, m)}${why}`), meta.part);
}

const PART_NTH: Record<VaguePart, number> = { early: 1, mid: 2, late: -1 };
const NTH_WORD: Record<number, string> = { 1: "first", 2: "second", 3: "third", 4: "fourth", [-1]: "last" };
const OF_WORD: Record<number, string> = { 0: "week", 2: "half", 3: "third", 4: "quarter" };

/** The nth week of a month or year (weekOfMonth's rule): from its first Monday, or the one ending on its last Sunday. */
function weekOf(whole: Interval, nth: number): Interval {
  const monday =
    nth > 0
      ? addDays(whole.from, ((8 - weekdayOf(whole.from)) % 7) + 7 * (nth - 1))
      : addDays(whole.to, -weekdayOf(whole.to) - 6);
  return weekIv(monday, whole.how);
}

/**
 * A vague part ("early June", "the end of 2014") keeps the whole unit's interval, TimeML's value for
 * it (the part is TIMEX3's MOD), flagged vague; `how` names the third it leans to.
 */
function vaguePart(iv: Interval, nth: number): Interval {
  const share = partInterval(iv, nth, 3);
  const lean = `${NTH_WORD[nth]} third, ${describeDay(share.from)} – ${describeDay(share.to)}`;
  return { ...iv, how: `${iv.how} (vague: the whole ${iv.precision}, leaning to its ${lean})`, vague: true };
}

function withPart(iv: Interval, part: VaguePart | undefined): Interval {
  return part ? vaguePart(iv, PART_NTH[part]) : iv;
}

/**
 * The nth of `of` equal parts of a month or year (nth -1: the last). A month's thirds are its dekads
 * (1-10, 11-20, 21-end), its halves 1-15 and 16-end, its quarters rounded; a year's parts are months.
 */
function partInterval(whole: Interval, nth: number, of: number): Interval {
  const k = nth < 0 ? of + 1 + nth : nth;
  if (whole.precision === "year") {
    const y = whole.from.y;
    const first = ((k - 1) * 12) / of + 1;
    const last = (k * 12) / of;
    return { from: monthStart(y, first), to: monthEnd(y, last), precision: "month", how: whole.how };
  }
  const { y, m } = whole.from;
  const n = daysInMonth(y, m);
  const bound = (i: number): number =>
    i === 0 ? 0 : i === of ? n : of === 3 ? 10 * i : of === 2 ? 15 : Math.round((n * i) / of);
  return { from: ymd(y, m, bound(k - 1) + 1), to: ymd(y, m, bound(k)), precision: "day", how: whole.how };
}

function resolvePartOf(
  src: DateText,
  index: number,
  p: Ymd,
  meta: Extract<Meta, { kind: "partOf" }>,
  phrase: string,
): Interval | null {
  let whole: Interval;
  if (meta.month !== undefined) {
    const month = meta.month;
    if (meta.year !== undefined) whole = monthIv(meta.year, month, "");
    else {
      const y = chooseYear(p, (yy) => [monthStart(yy, month), monthEnd(yy, month)], src.tenseAt(index));
      whole = { ...monthIv(y, month, ""), yearGuessed: true };
    }
  } else if (meta.year !== undefined) whole = yearIv(meta.year, "");
  else if (meta.rel?.unit === "month") {
    const { y, m } = addMonths(p.y, p.m, meta.rel.shift);
    whole = monthIv(y, m, "");
  } else whole = yearIv(p.y + (meta.rel?.shift ?? 0), "");
  whole = { ...whole, how: `${phrase} → ${describeInterval(whole)}` };
  if (meta.vague && meta.nth === 1 && SINCE_BEFORE.test(src.text.slice(Math.max(0, index - 8), index)))
    return dayIv(
      whole.from,
      `${phrase} → ${describeDay(whole.from)} (the first day of ${describeInterval(whole)})`,
    );
  if (meta.vague) return vaguePart(whole, meta.nth);
  const iv = meta.of === 0 ? weekOf(whole, meta.nth) : partInterval(whole, meta.nth, meta.of);
  const name = `the ${NTH_WORD[meta.nth]} ${OF_WORD[meta.of]} of ${describeInterval(whole)}`;
  return {
    ...iv,
    how: `${phrase} → ${describeInterval(iv)} (${name})`,
    ...(whole.yearGuessed ? { yearGuessed: true } : {}),
  };
}

function yearWhy(y: number, p: Ymd, tense: Tense): string {
  if (y === p.y) return " (year of publication)";
  if (y < p.y) return ` (the year before publication${tense === "past" ? ": past tense" : ""})`;
  return ` (the year after publication${tense === "future" ? ": the clause speaks of the future" : ""})`;
}

function componentsDay(
  c: ParsingComponents,
  src: DateText,
  index: number,
  p: Ymd,
  yearHint?: number,
): { date: Ymd; why: string } | null {
  const m = c.get("month");
  const d = c.get("day");
  if (m === null || d === null) return null;
  const certainYear = c.isCertain("year") ? c.get("year") : null;
  if (certainYear !== null) {
    const date = ymd(certainYear, m, d);
    return isValidYmd(date) ? { date, why: "" } : null;
  }
  if (yearHint !== undefined) return { date: ymd(yearHint, m, d), why: "" };
  const valid = (y: number): [Ymd, Ymd] | null => {
    const x = ymd(y, m, d);
    return isValidYmd(x) ? [x, x] : null;
  };
  if (c.isCertain("weekday")) {
    // "Tuesday, March 7": the year, near publication, in which March 7 is a Tuesday.
    const wd = c.get("weekday");
    for (const y of [p.y, p.y - 1, p.y + 1]) {
      const x = ymd(y, m, d);
      if (isValidYmd(x) && weekdayOf(x) === wd)
        return { date: x, why: " (the year in which the weekday matches)" };
    }
  }
  const tense = src.tenseAt(index);
  const y = chooseYear(p, valid, tense);
  const date = ymd(y, m, d);
  return isValidYmd(date) ? { date, why: yearWhy(y, p, tense) } : null;
}

function resolveExplicit(src: DateText, r: ParsingResult, p: Ymd): Interval | null {
  const s = r.start;
  if (s.isCertain("day") && s.isCertain("month")) {
    const a = componentsDay(s, src, r.index, p);
    if (!a) return null;
    if (r.end && r.end.isCertain("day")) {
      const hint = r.end.isCertain("year") ? undefined : a.date.y;
      const b = componentsDay(r.end, src, r.index, p, hint);
      if (!b) return null;
      let to = b.date;
      if (diffDays(to, a.date) < 0 && !r.end.isCertain("year")) to = ymd(to.y + 1, to.m, to.d);
      if (diffDays(to, a.date) < 0) return null;
      const iv = { from: a.date, to, precision: "day" as const };
      return { ...iv, how: `${r.text} → ${describeInterval(iv)}${a.why}`, yearGuessed: a.why !== "" };
    }
    return { ...dayIv(a.date, `${r.text} → ${describeDay(a.date)}${a.why}`), yearGuessed: a.why !== "" };
  }
  const m = s.isCertain("month") ? s.get("month") : null;
  const year = s.isCertain("year") ? s.get("year") : null;
  if (m !== null) {
    const y = year ?? chooseYear(p, (yy) => [monthStart(yy, m), monthEnd(yy, m)], src.tenseAt(r.index));
    return { ...monthIv(y, m, `${r.text} → ${describeMonth(y, m)}`), yearGuessed: year === null };
  }
  if (year !== null) return yearIv(year, `${r.text} → ${year}`);
  return null;
}

function shiftYear(c: Candidate): Interval {
  const back = (d: Ymd) => {
    const x = ymd(d.y - 1, d.m, d.d);
    return isValidYmd(x) ? x : ymd(d.y - 1, d.m, d.d - 1);
  };
  if (c.precision === "week") {
    const mon = addDays(c.from, -364);
    return { from: mon, to: addDays(mon, diffDays(c.to, c.from)), precision: "week", how: "" };
  }
  if (c.precision === "month") {
    return monthIv(c.from.y - 1, c.from.m, "");
  }
  if (c.precision === "year") return yearIv(c.from.y - 1, "");
  return { from: back(c.from), to: back(c.to), precision: "day", how: "" };
}

/** An anaphor leans on the publication date when it has no antecedent or its antecedent does. */
function leansOn(ante: Candidate | undefined): { relative?: Relative; antecedent?: string } {
  if (!ante) return { relative: "all" };
  return ante.relative ? { relative: "all", antecedent: ante.text } : { antecedent: ante.text };
}

/** Whether an interval of this kind of expression leans on the publication date (anaphors: leansOn). */
function relativeOf(meta: Meta | null, iv: Interval): Relative | undefined {
  if (iv.relative) return iv.relative;
  if (iv.yearGuessed) return "year";
  if (!meta) return undefined;
  switch (meta.kind) {
    case "weekday":
    case "day":
    case "period":
    case "ago":
    case "recent":
      return "all";
    case "month":
      return meta.year !== undefined ? undefined : "all";
    case "weekOfMonth":
      return meta.year !== undefined ? undefined : "all";
    case "partOf":
      return meta.month === undefined && meta.year === undefined ? "all" : undefined;
    default:
      return undefined;
  }
}

function resolveOne(src: DateText, r: ParsingResult, p: Ymd, prior: Candidate[]): Interval | null {
  const meta = getMeta(r);
  const phrase = r.text;
  if (!meta) return resolveExplicit(src, r, p);
  switch (meta.kind) {
    case "weekday":
      return resolveWeekday(src, r.index, p, meta, phrase);
    case "day": {
      const d = addDays(p, meta.offset);
      const rel =
        meta.offset === 0
          ? "the publication day"
          : `publication day ${meta.offset > 0 ? "+" : "−"} ${Math.abs(meta.offset)}`;
      return dayIv(d, `${phrase} → ${describeDay(d)} (${rel})`);
    }
    case "period":
      return resolvePeriod(src, r.index, p, meta, phrase);
    case "month":
      return resolveMonth(src, r.index, p, meta, phrase);
    case "year":
      return withPart(yearIv(meta.year, `${phrase} → the year ${meta.year}`), meta.part);
    case "partOf":
      return resolvePartOf(src, r.index, p, meta, phrase);
    case "ago": {
      const n = meta.n;
      if (meta.unit === "day" || meta.unit === "week") {
        const d = addDays(p, -(meta.unit === "day" ? n : 7 * n));
        return dayIv(d, `${phrase} → ${describeDay(d)}`);
      }
      if (meta.unit === "month") {
        const { y, m } = addMonths(p.y, p.m, -n);
        return monthIv(y, m, `${phrase} → ${describeMonth(y, m)}`);
      }
      return yearIv(p.y - n, `${phrase} → ${p.y - n}`);
    }
    case "anaphorDay": {
      const ante = [...prior].reverse().find((c) => c.precision === "day" && diffDays(c.from, c.to) === 0);
      const base = ante ? ante.from : p;
      const d = addDays(base, meta.offset);
      const src = ante
        ? `relative to “${ante.text}”, ${describeDay(base)}`
        : "relative to the publication day";
      return { ...dayIv(d, `${phrase} → ${describeDay(d)} (${src})`), ...leansOn(ante) };
    }
    case "anaphorPeriod": {
      const ante = prior[prior.length - 1];
      const base = ante ? ante.from : p;
      const src = ante ? `relative to “${ante.text}”` : "relative to publication";
      const rel = leansOn(ante);
      if (meta.unit === "year")
        return { ...yearIv(base.y + meta.shift, `${phrase} → ${base.y + meta.shift} (${src})`), ...rel };
      if (meta.unit === "month") {
        const { y, m } = addMonths(base.y, base.m, meta.shift);
        return { ...monthIv(y, m, `${phrase} → ${describeMonth(y, m)} (${src})`), ...rel };
      }
      const mon = addDays(isoWeekMonday(base), 7 * meta.shift);
      return { ...weekIv(mon, `${phrase} → ${describeWeek(mon)} (${src})`), ...rel };
    }
    case "anaphorSame": {
      const ante = prior[prior.length - 1];
      if (!ante) return null;
      return {
        from: ante.from,
        to: ante.to,
        precision: ante.precision,
        how: `${phrase} → ${describeInterval(ante)} (as “${ante.text}”)`,
        ...leansOn(ante),
      };
    }
    case "weekOfMonth": {
      const m = meta.month;
      const weekIn = (y: number): Ymd => {
        if (meta.ordinal > 0) {
          // the first Monday on or after the 1st, then whole weeks on
          const first = monthStart(y, m);
          return addDays(first, ((8 - weekdayOf(first)) % 7) + 7 * (meta.ordinal - 1));
        }
        // the week that ends on the month's last Sunday
        const last = monthEnd(y, m);
        return addDays(last, -weekdayOf(last) - 6);
      };
      const y =
        meta.year ?? chooseYear(p, (yy) => [weekIn(yy), addDays(weekIn(yy), 6)], src.tenseAt(r.index));
      const mon = weekIn(y);
      return weekIv(mon, `${phrase} → ${describeWeek(mon)}`);
    }
    case "daysOfMonth": {
      const m = meta.month;
      const guessed = meta.year === undefined;
      const y =
        meta.year ?? chooseYear(p, (yy) => [monthStart(yy, m), monthEnd(yy, m)], src.tenseAt(r.index));
      const end = daysInMonth(y, m);
      const from = ymd(y, m, meta.last ? end - meta.n + 1 : 1);
      const to = ymd(y, m, meta.last ? end : meta.n);
      const iv = { from, to, precision: "day" as const };
      return { ...iv, how: `${phrase} → ${describeInterval(iv)}`, ...(guessed ? { yearGuessed: true } : {}) };
    }
    case "dayRange": {
      const m = meta.month;
      const days = (y: number): [Ymd, Ymd] | null => {
        const a = ymd(y, m, meta.from);
        const b = ymd(y, m, meta.to);
        return isValidYmd(a) && isValidYmd(b) ? [a, b] : null;
      };
      const guessed = meta.year === undefined;
      const y = meta.year ?? chooseYear(p, days, src.tenseAt(r.index));
      const ab = days(y);
      if (!ab) return null;
      const iv = { from: ab[0], to: ab[1], precision: "day" as const };
      return { ...iv, how: `${phrase} → ${describeInterval(iv)}`, ...(guessed ? { yearGuessed: true } : {}) };
    }
    case "recent":
      return resolveRecent(p, meta, phrase);
    case "sameLastYear": {
      const ante = [...prior]
        .reverse()
        .find((c) => (meta.unit === "any" ? c.precision !== "year" : c.precision === meta.unit));
      if (!ante) return null;
      const iv = shiftYear(ante);
      return {
        ...iv,
        how: `${phrase} → ${describeInterval(iv)} (“${ante.text}”, a year back)`,
        ...leansOn(ante),
      };
    }
  }
}

/**
 * How long a vague span is: "recently" / "lately" 30 days; "in recent days" 7 days; "weeks" 28 days;
 * "months" 3 months; "years" 3 years; before publication, or after it for "the coming ...". The
 * precision says how coarse it is (a week of days is "week", a few weeks or months "month").
 */
function resolveRecent(p: Ymd, meta: Extract<Meta, { kind: "recent" }>, phrase: string): Interval {
  const shifted = (months: number): Ymd => {
    const { y, m } = addMonths(p.y, p.m, months);
    return ymd(y, m, Math.min(p.d, daysInMonth(y, m)));
  };
  const span: Record<typeof meta.unit, [(dir: number) => Ymd, DatePrecision]> = {
    day: [(dir) => addDays(p, 7 * dir), "week"],
    week: [(dir) => addDays(p, 28 * dir), "month"],
    month: [(dir) => (meta.word ? addDays(p, 30 * dir) : shifted(3 * dir)), "month"],
    year: [(dir) => shifted(36 * dir), "year"],
  };
  const [far, precision] = span[meta.unit];
  const other = far(meta.dir);
  const iv = meta.dir < 0 ? { from: other, to: p, precision } : { from: p, to: other, precision };
  return {
    ...iv,
    how: `${phrase} → ${describeDay(iv.from)} – ${describeDay(iv.to)} (a vague span)`,
    vague: true,
  };
}

/** The same candidate moved to another year (for ranges: "between September and October of 2007"). */
export function withYear(c: Candidate, y: number): Candidate {
  const move = (d: Ymd, dy: number): Ymd => {
    const x = ymd(d.y + dy, d.m, d.d);
    return isValidYmd(x) ? x : ymd(d.y + dy, d.m, d.d - 1);
  };
  const dy = y - c.from.y;
  if (dy === 0) return c;
  const to = c.precision === "month" ? monthEnd(c.to.y + dy, c.to.m) : move(c.to, dy);
  const { relative: _r, ...rest } = c;
  return {
    ...rest,
    from: move(c.from, dy),
    to,
    yearGuessed: false,
    ...(c.relative === "all" ? { relative: c.relative } : {}),
  };
}

/**
 * `p` is the publication date; an undated article passes a stand-in day, and findDates reports the
 * candidates marked `relative` as unresolved.
 */
export function resolveAll(src: DateText, results: ParsingResult[], p: Ymd): Candidate[] {
  const out: Candidate[] = [];
  for (const r of results) {
    const iv = resolveOne(src, r, p, out);
    if (!iv) continue;
    const relative = relativeOf(getMeta(r), iv);
    out.push({
      start: r.index,
      end: r.index + r.text.length,
      text: r.text,
      from: iv.from,
      to: iv.to,
      precision: iv.precision,
      how: iv.how,
      kind: getMeta(r)?.kind ?? "explicit",
      ...(iv.yearGuessed ? { yearGuessed: true } : {}),
      ...(relative ? { relative } : {}),
      ...(iv.vague ? { vague: true } : {}),
      ...(iv.antecedent !== undefined ? { antecedent: iv.antecedent } : {}),
    });
  }
  return out;
}
