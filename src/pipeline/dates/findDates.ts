/**
 * findDates: every temporal expression in `text` that denotes a calendar date or interval, resolved
 * against the publication date. Sorted by start, non-overlapping; offsets are JS string indices.
 * Without a publication date ("" or null), absolute expressions are resolved and relative ones are
 * reported with null dates and `unresolved: "needs-published"` (see "Undated articles" in contract.ts).
 *
 * Stages: chrono with our parsers and refiners (chronoInstance.ts) -> resolution against the
 * publication date, in text order so anaphors see their antecedent (resolve.ts) -> range merging
 * (ranges.ts) -> output shape.
 */
import type { DateOut } from "../contract";
import { diffDays, FIRST_DAY, formatYmd, LAST_DAY, parsePublished, type Ymd } from "./calendar";
import { dateChrono } from "./chronoInstance";
import { gatedParse } from "./gatedParse";
import { mergeRanges } from "./ranges";
import { resolveAll } from "./resolve";

/**
 * Stand-in reference day for an undated article: relative expressions are resolved against it only
 * to run the same code; their results are then discarded (reported unresolved).
 */
const UNDATED_REFERENCE = "2000-06-15";

export function findDates(text: string, published: string | null /* YYYY-MM-DD */): DateOut[] {
  const undated = published === null || published === "";
  const p = parsePublished(undated ? UNDATED_REFERENCE : published);
  if (!p) throw new Error(`findDates: publication date not understood: ${JSON.stringify(published)}`);
  // chrono's own parsers need a reference instant; noon local time keeps its calendar day stable.
  const ref = new Date(2000, 0, 1, 12);
  ref.setFullYear(p.y, p.m - 1, p.d); // not the Date constructor: it reads years 0-99 as 1900-1999
  const results = gatedParse(dateChrono, text, ref).sort((a, b) => a.index - b.index);
  const cands = mergeRanges(text, resolveAll(text, results, p));
  const out: DateOut[] = [];
  for (const c of cands) {
    // The output calendar is years 0001-9999: an interval outside it is dropped, one across its edge clipped.
    if (diffDays(c.to, FIRST_DAY) < 0 || diffDays(c.from, LAST_DAY) > 0 || diffDays(c.to, c.from) < 0)
      continue;
    const from: Ymd = diffDays(c.from, FIRST_DAY) < 0 ? FIRST_DAY : c.from;
    const to: Ymd = diffDays(c.to, LAST_DAY) > 0 ? LAST_DAY : c.to;
    // chrono sometimes takes the space after a date into its match.
    const lead = c.text.length - c.text.trimStart().length;
    const body = c.text.trim();
    const start = c.start + lead;
    const end = start + body.length;
    const last = out[out.length - 1];
    if (last && start < last.end) continue;
    if (undated && c.relative) {
      out.push({
        start,
        end,
        text: body,
        dateStart: null,
        dateEnd: null,
        precision: c.precision,
        unresolved: "needs-published",
        ...(c.vague ? { vague: true } : {}),
        how: `${body} → waits for the publication date (${c.relative === "year" ? "its year" : "it is counted"} from it)`,
      });
      continue;
    }
    out.push({
      start,
      end,
      text: body,
      dateStart: formatYmd(from),
      dateEnd: formatYmd(to),
      precision: c.precision,
      how: c.how,
      ...(c.vague ? { vague: true } : {}),
    });
  }
  return out;
}
