/**
 * The publication date an article states about itself, for articles that come without metadata:
 *   1. a dateline with a year ("NAIROBI, Kenya, March 4, 2021 —"),
 *   2. a "Published on ...", "Published: ...", "Posted: ...", "Updated ..." line,
 *   3. a full date (day, month and year) in the first paragraph (or the headline line above it).
 * Only complete calendar dates count: "June 3" or "Friday" need a reference time themselves.
 */
import * as chrono from "chrono-node";
import { findDateline } from "./findDateline";

export interface InferredPublished {
  /** YYYY-MM-DD. */
  date: string;
  /** Offsets of the date expression in the text. */
  start: number;
  end: number;
  source: "dateline" | "published-line" | "first-paragraph";
}

/** How far from the top a "Published ..." line or the first paragraph may lie. */
const HEAD_CHARS = 2000;
const PUBLISHED_LINE = /^[ \t]*(?:(?:first\s+)?published|posted|updated|last\s+updated)\b(?:\s+on)?\s*:?/gim;

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const ymd = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

function validYmd(y: number, m: number, d: number): boolean {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(2000, m, 0)).getUTCDate(); // 2000 is a leap year: Feb 29 allowed
  if (d > last) return false;
  return m !== 2 || d < 29 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0));
}

/** The first complete date chrono reads in text[from, to), with its offsets. */
function firstFullDate(
  text: string,
  from: number,
  to: number,
): { date: string; start: number; end: number } | null {
  const slice = text.slice(from, to);
  for (const r of chrono.strict.parse(slice)) {
    const c = r.start;
    if (!c.isCertain("year") || !c.isCertain("month") || !c.isCertain("day")) continue;
    const y = c.get("year")!;
    const m = c.get("month")!;
    const d = c.get("day")!;
    if (!validYmd(y, m, d)) continue;
    return { date: ymd(y, m, d), start: from + r.index, end: from + r.index + r.text.length };
  }
  return null;
}

export function inferPublishedFromText(text: string): InferredPublished | null {
  const dl = findDateline(text);
  if (dl?.date?.year !== undefined && validYmd(dl.date.year, dl.date.month, dl.date.day))
    return {
      date: ymd(dl.date.year, dl.date.month, dl.date.day),
      start: dl.date.start,
      end: dl.date.end,
      source: "dateline",
    };

  const head = text.slice(0, HEAD_CHARS);
  PUBLISHED_LINE.lastIndex = 0;
  for (let m; (m = PUBLISHED_LINE.exec(head)) !== null;) {
    const from = m.index + m[0].length;
    const nl = text.indexOf("\n", from);
    const found = firstFullDate(text, from, nl < 0 ? text.length : nl);
    if (found) return { ...found, source: "published-line" };
  }

  // The headline line and the first paragraph.
  const paragraphs = /\S[\s\S]*?(?=\n\s*\n|$)/g;
  let p: RegExpExecArray | null;
  let seen = 0;
  while ((p = paragraphs.exec(head)) !== null && seen < 2) {
    seen++;
    const found = firstFullDate(text, p.index, p.index + p[0].length);
    if (found) return { ...found, source: "first-paragraph" };
  }
  return null;
}
