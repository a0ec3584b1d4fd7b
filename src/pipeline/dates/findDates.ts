/**
 * findDates: every temporal expression in `text` that denotes a calendar date or interval, resolved
 * against the publication date. Sorted by start, non-overlapping; offsets are JS string indices.
 * Without a publication date ("" or null), absolute expressions are resolved and relative ones are
 * reported with null dates and `unresolved: "needs-published"` (see "Undated articles" in contract.ts).
 *
 * Stages: chrono with our parsers and refiners (chronoInstance.ts) -> resolution against the
 * publication date, in text order so anaphors see their antecedent (resolve.ts) -> range merging
 * (ranges.ts) -> the dates layer (mention.ts: day numbers, anchor, range).
 */
import type { DateRangeOut } from "../contract";
import { epochDay, FIRST_DAY, formatYmd, LAST_DAY, parsePublished, type Ymd } from "./calendar";
import { dateChrono } from "./chronoInstance";
import { textTenseAt, type TenseAt } from "./tenseAt";
import { gatedParse } from "./gatedParse";
import { mergeRanges } from "./ranges";
import type { DateAnchor, DateMention, DayInterval } from "./mention";
import { resolveAll, type Candidate, type RangeCandidate } from "./resolve";

/**
 * Stand-in reference day for an undated article: relative expressions are resolved against it only
 * to run the same code; their results are then discarded (reported unresolved).
 */
const UNDATED_REFERENCE = "2000-06-15";

/**
 * `tenseAt` reads the words layer (tenseAt.ts); a caller without it (the dates eval, tests) lets
 * findDates build that layer from the text.
 */
export function findDates(
  text: string,
  published: string | null /* YYYY-MM-DD */,
  tenseAt: TenseAt = textTenseAt(text),
): DateMention[] {
  const undated = published === null || published === "";
  const p = parsePublished(undated ? UNDATED_REFERENCE : published);
  if (!p) throw new Error(`findDates: publication date not understood: ${JSON.stringify(published)}`);
  // chrono's own parsers need a reference instant; noon local time keeps its calendar day stable.
  const ref = new Date(2000, 0, 1, 12);
  ref.setFullYear(p.y, p.m - 1, p.d); // not the Date constructor: it reads years 0-99 as 1900-1999
  const results = gatedParse(dateChrono, text, ref).sort((a, b) => a.index - b.index);
  const cands = mergeRanges(text, resolveAll({ text, tenseAt }, results, p), undated ? null : p);
  const out: DateMention[] = [];
  for (const c of cands) {
    const iv = withinCalendar(c.from, c.to);
    if (!iv) continue;
    // chrono sometimes takes the space after a date into its match.
    const lead = c.text.length - c.text.trimStart().length;
    const body = c.text.trim();
    const start = c.start + lead;
    const end = start + body.length;
    const last = out[out.length - 1];
    if (last && start < last.end) continue;
    // A range's end waits with its range: "from March to Saturday" is wholly relative.
    const waits = undated && (c.relative !== undefined || c.range?.relative !== undefined);
    const range = c.range ? rangeOut(c.range, waits) : undefined;
    const common = {
      start,
      end,
      text: body,
      precision: c.precision,
      anchor: anchorOf(c),
      ...(c.antecedent !== undefined ? { antecedent: c.antecedent } : {}),
      ...(c.vague ? { vague: true as const } : {}),
      ...(range ? { range: range.out, rangeDays: range.days } : {}),
    };
    if (waits) {
      out.push({
        ...common,
        dateStart: null,
        dateEnd: null,
        days: null,
        unresolved: "needs-published",
        how: `${body} → waits for the publication date (${c.relative === "year" ? "its year" : "it is counted"} from it)`,
      });
      continue;
    }
    out.push({
      ...common,
      dateStart: formatYmd(iv.from),
      dateEnd: formatYmd(iv.to),
      days: iv.days,
      how: c.how,
    });
  }
  return out;
}

const FIRST = epochDay(FIRST_DAY);
const LAST = epochDay(LAST_DAY);

/**
 * The output calendar is years 0001-9999: an interval outside it is dropped (null), one across its
 * edge clipped. Day numbers once per end, not a Date per comparison.
 */
function withinCalendar(from: Ymd, to: Ymd): { from: Ymd; to: Ymd; days: DayInterval } | null {
  const a = epochDay(from);
  const b = epochDay(to);
  if (b < FIRST || a > LAST || b < a) return null;
  return {
    from: a < FIRST ? FIRST_DAY : from,
    to: b > LAST ? LAST_DAY : to,
    days: { start: Math.max(a, FIRST), end: Math.min(b, LAST) },
  };
}

function rangeOut(r: RangeCandidate, waits: boolean): { out: DateRangeOut; days: DayInterval | null } {
  const iv = waits ? null : withinCalendar(r.from, r.to);
  const words = { start: r.start, end: r.end, text: r.text, precision: r.precision };
  if (!iv) return { out: { ...words, dateStart: null, dateEnd: null }, days: null };
  return {
    out: { ...words, dateStart: formatYmd(iv.from), dateEnd: formatYmd(iv.to), how: r.how },
    days: iv.days,
  };
}

function anchorOf(c: Candidate): DateAnchor {
  if (c.antecedent !== undefined) return "antecedent";
  if (c.relative === "all") return "published";
  if (c.relative === "year") return "published-year";
  return "none";
}
