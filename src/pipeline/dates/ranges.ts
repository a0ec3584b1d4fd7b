/**
 * Links two dates into a range when the text makes one of them: "between May 3 and May 5",
 * "from Monday to Wednesday", "2009-2011", "April through June". Each end stays a date of its own
 * (its words, its interval: what TimeML annotates) and carries the whole range (`range`), which is
 * what dates an event. One end without a year takes the other's; a weekday that would end the range
 * before it starts moves a week on ("from Friday to Monday"). "since X" makes a range from X up to
 * the publication day.
 */
import { addDays, diffDays, type Ymd } from "./calendar";
import { coarser, describeInterval, withYear, type Candidate, type RangeCandidate } from "./resolve";

const DASH = /^\s*(?:-|–|—|through|thru)\s*$/i;
const TO = /^\s*(?:to|until|till|through|thru|-|–|—)\s*$/i;
const AND = /^\s*and\s*$/i;

/**
 * `published` is the publication day, null for an undated article (then "since June 2014" has no
 * end to run up to and stays the date it names).
 */
export function mergeRanges(text: string, cands: Candidate[], published: Ymd | null): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    let a = cands[i];
    if (!a) continue;
    let b = cands[i + 1];
    if (b && !a.kind.startsWith("anaphor") && !b.kind.startsWith("anaphor") && !isSpan(a) && !isSpan(b)) {
      const between = text.slice(a.end, b.start);
      const lead = /\b(from|between)\s+$/i.exec(text.slice(Math.max(0, a.start - 12), a.start));
      const leadWord = lead?.[1]?.toLowerCase();
      const isRange =
        (leadWord === "between" && AND.test(between)) ||
        (leadWord === "from" && TO.test(between)) ||
        DASH.test(between);
      if (isRange) {
        // One end without a year takes the other's: "between September and October of 2007".
        if (a.yearGuessed && !b.yearGuessed && b.precision !== "year") {
          a = withYear(a, b.to.y);
          if (diffDays(b.to, a.from) < 0) a = withYear(a, b.to.y - 1);
        } else if (b.yearGuessed && !a.yearGuessed && a.precision !== "year") {
          b = withYear(b, a.from.y);
          if (diffDays(b.to, a.from) < 0) b = withYear(b, a.from.y + 1);
        } else if (a.yearGuessed && b.yearGuessed && diffDays(b.to, a.from) < 0) {
          // Both guessed, each on its own ("from March to May" in January): the range ends in b's year.
          a = withYear(a, b.to.y);
          if (diffDays(b.to, a.from) < 0) a = withYear(a, b.to.y - 1);
          a = { ...a, yearGuessed: true, relative: "year" };
        }
        if (diffDays(b.to, a.from) < 0 && a.kind === "weekday" && b.kind === "weekday") {
          const next = { from: addDays(b.from, 7), to: addDays(b.to, 7), precision: b.precision };
          b = { ...b, ...next, how: `${b.text} → ${describeInterval(next)} (after the range's start)` };
        }
        if (diffDays(b.to, a.from) >= 0) {
          const start = lead ? a.start - lead[0].length : a.start;
          const precision = coarser(a.precision, b.precision);
          const iv = { from: a.from, to: b.to, precision };
          const relative = a.relative === "all" || b.relative === "all" ? "all" : (a.relative ?? b.relative);
          const rangeText = text.slice(start, b.end);
          const range: RangeCandidate = {
            start,
            end: b.end,
            text: rangeText,
            from: a.from,
            to: b.to,
            precision,
            how: `${rangeText} → ${describeInterval(iv)}`,
            ...(relative ? { relative } : {}),
          };
          out.push({ ...a, range }, { ...b, range });
          i++;
          continue;
        }
      }
    }
    out.push(published ? sinceRange(text, a, published) : a);
  }
  return out;
}

const SINCE_BEFORE = /\bsince\s+(?:the\s+)?$/i;
const SINCE_OWN = /^since\s/i;

/**
 * "killed 340 since June": the date is June, and what it dates runs from June up to publication, a
 * range whose end is the publication day (an event's interval). Not for a date after publication.
 */
/** A vague span around publication ("in recent weeks"): never one end of a range. ("early June" can be.) */
function isSpan(c: Candidate): boolean {
  return c.kind === "recent";
}

function sinceRange(text: string, c: Candidate, published: Ymd): Candidate {
  if (c.kind.startsWith("anaphor") || isSpan(c) || c.range) return c;
  const before = SINCE_BEFORE.exec(text.slice(Math.max(0, c.start - 12), c.start));
  if (!before && !SINCE_OWN.test(c.text)) return c;
  if (diffDays(published, c.from) < 0) return c;
  const start = before ? c.start - before[0].length : c.start;
  const rangeText = text.slice(start, c.end).trimEnd();
  const iv = { from: c.from, to: published, precision: c.precision };
  return {
    ...c,
    range: {
      start,
      end: start + rangeText.length,
      text: rangeText,
      ...iv,
      how: `${rangeText} → ${describeInterval(iv)} (up to publication)`,
      relative: "all",
    },
  };
}
