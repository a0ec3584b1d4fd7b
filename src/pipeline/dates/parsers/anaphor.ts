/**
 * Expressions that lean on the date last mentioned: "the same day", "the previous day", "the day before",
 * "to end the day", "later in the day", "the following week", "the previous year", "a year earlier",
 * "the same period last year". resolve.ts supplies the antecedent (or the publication date).
 */
import type { Meta } from "../meta";
import { regexParser } from "./regexParser";

const UNIT = "(day|week|month|year)";
const PATTERN = new RegExp(
  [
    // 1: the same period last year (before "the same month" alone)
    `the\\s+same\\s+(period|month|time|day|week|quarter|date)\\s+(?:last\\s+year|a\\s+year\\s+(?:ago|earlier|before)|(?:of\\s+)?the\\s+(?:previous|prior)\\s+year|the\\s+year\\s+before|of\\s+last\\s+year)`,
    // 2: the same/previous/following/next X
    `(?:the|that)\\s+(same|previous|prior|preceding|following|next)\\s+${UNIT}`,
    // 4: the X before/after/earlier/later/previous
    `the\\s+${UNIT}\\s+(before|after|earlier|later|previous|prior)`,
    // 6: a year earlier / a month before
    `(?:a|one)\\s+${UNIT}\\s+(earlier|before|later)`,
    // 9: the entire year, the whole month: the one in focus
    `the\\s+(?:entire|whole|full)\\s+(week|month|year)`,
    // 10: by/at/until that time
    `(?:by|at|until|till|since|before|after)\\s+(that\\s+time)`,
    // 11: (later|earlier|late|early) in the day / the start of the day / that day / the day
    `(?:(?:later|earlier|late|early)\\s+in\\s+|(?:the\\s+)?(?:start|end|beginning|close)\\s+of\\s+)?(that|the)\\s+day`,
  ].join("|"),
  "iu",
);

function shiftOf(word: string): number {
  const w = word.toLowerCase();
  if (w === "same") return 0;
  if (["previous", "prior", "preceding", "before", "earlier"].includes(w)) return -1;
  return 1;
}

/** "the previous day" -> a day offset; "the following week" -> a shifted period. */
function shiftedMeta(unit: string, shift: number): Meta {
  return unit === "day"
    ? { kind: "anaphorDay", offset: shift }
    : { kind: "anaphorPeriod", unit: unit as "week", shift };
}

export const anaphorParser = regexParser(PATTERN, (text, m, index) => {
  const end = index + m[0].length;
  const after = text.slice(end, end + 25);
  let meta: Meta | null = null;
  if (m[1]) {
    const w = m[1].toLowerCase();
    const unit =
      w === "day" || w === "date" ? "day" : w === "week" ? "week" : w === "month" ? "month" : "any";
    meta = { kind: "sameLastYear", unit };
  } else if (m[2] && m[3]) {
    meta = shiftedMeta(m[3].toLowerCase(), shiftOf(m[2]));
  } else if (m[4] && m[5]) {
    // "the day before the vote" is relative to the vote, which we do not know.
    if (!/^\s*(?:[,.;:)'"”]|$|and\b|but\b|when\b|,)/.test(after)) return null;
    meta = shiftedMeta(m[4].toLowerCase(), shiftOf(m[5]));
  } else if (m[6] && m[7]) {
    if (!/^\s*(?:[,.;:)'"”]|$|and\b|but\b|when\b)/.test(after)) return null;
    meta = shiftedMeta(m[6].toLowerCase(), shiftOf(m[7]));
  } else if (m[8]) {
    meta = { kind: "anaphorPeriod", unit: m[8].toLowerCase() as "year", shift: 0 };
  } else if (m[9]) {
    meta = { kind: "anaphorSame" };
  } else if (m[10]) {
    const bare = /^(?:the|that)\s+day$/i.test(m[0]);
    // "the day of the attack", "the day when", "the day's trading": not an anaphor we can resolve.
    if (
      bare &&
      (/^\s*(?:of|when|that|which|on which|in which|before|after)\b/.test(after) || /^['’]s/.test(after))
    )
      return null;
    if (m[0].toLowerCase() === "the day") {
      const before = text.slice(Math.max(0, index - 20), index).toLowerCase();
      if (
        !/(?:end|ended|ending|ends|finish|finished|finishing|close|closed|closing|for|during|start|started|on|over|throughout|into)\s+$/.test(
          before,
        )
      )
        return null;
    }
    meta = { kind: "anaphorDay", offset: 0 };
  }
  if (!meta) return null;
  return { index, text: m[0], meta };
});
