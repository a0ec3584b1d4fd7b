/**
 * findDates: every temporal expression in `text` that denotes a calendar date or interval, resolved
 * against the publication date. Sorted by start, non-overlapping; offsets are JS string indices.
 *
 * Stages: chrono with our parsers and refiners (chronoInstance.ts) -> resolution against the
 * publication date, in text order so anaphors see their antecedent (resolve.ts) -> range merging
 * (ranges.ts) -> output shape.
 */
import type { ParsingResult } from "chrono-node";
import type { DateOut } from "../contract";
import { formatYmd, parsePublished } from "./calendar";
import { dateChrono } from "./chronoInstance";
import { mergeRanges } from "./ranges";
import { resolveAll } from "./resolve";

export function findDates(text: string, published: string /* YYYY-MM-DD */): DateOut[] {
  const p = parsePublished(published);
  if (!p) throw new Error(`findDates: publication date not understood: ${JSON.stringify(published)}`);
  // chrono's own parsers need a reference instant; noon local time keeps its calendar day stable.
  const ref = new Date(p.y, p.m - 1, p.d, 12);
  // Every result is a ParsingResult (chrono's parse() only widens the type to its interface).
  const results = (dateChrono.parse(text, ref) as ParsingResult[]).sort((a, b) => a.index - b.index);
  const cands = mergeRanges(text, resolveAll(text, results, p));
  const out: DateOut[] = [];
  for (const c of cands) {
    // chrono sometimes takes the space after a date into its match.
    const lead = c.text.length - c.text.trimStart().length;
    const body = c.text.trim();
    const start = c.start + lead;
    const end = start + body.length;
    const last = out[out.length - 1];
    if (last && start < last.end) continue;
    out.push({
      start,
      end,
      text: body,
      dateStart: formatYmd(c.from),
      dateEnd: formatYmd(c.to),
      precision: c.precision,
      how: c.how,
    });
  }
  return out;
}
