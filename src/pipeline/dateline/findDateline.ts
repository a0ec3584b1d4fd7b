/**
 * A wire dateline at the top of an article (or right after its headline line):
 *   "CITY, Country, June 3, 2023 —", "CITY, June 3 (Agency) -", "CITY (Agency) —", "CITY, June 3 -".
 * It says where and when the article was filed: context for resolving the article's places, never
 * the place or date of the incidents reported below it. Pure text; the gazetteer only confirms that
 * a bare capitalised word before a dash ("BREAKING -") is a place.
 */
import { normalizeName } from "../../gazetteer/normalize";
import type { Gazetteer } from "../../gazetteer/types";

export interface DatelineDate {
  start: number;
  end: number;
  text: string;
  /** 1-12 and 1-31; year only when the dateline gives one. */
  month: number;
  day: number;
  year?: number;
}

export interface Dateline {
  /** The whole dateline, up to and including the dash. */
  start: number;
  end: number;
  /** The filing place ("KHARTOUM") and, if given, its container ("Sudan", "Ga."). */
  place: { start: number; end: number; text: string };
  parent?: { start: number; end: number; text: string };
  date?: DatelineDate;
  agency?: string;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const DATE =
  `(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?` +
  `|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+\\d{4})?)`;
/** A name word: capitalised, possibly with an article or inner hyphen ("AL-MUKALLA", "St."). */
const WORD = "[A-Z][A-Za-z'’.\\-]*";
const NAME = `${WORD}(?:[ \\t]+${WORD}){0,3}`;
const DASH = "(?:--|[-–—])";
const DATELINE = new RegExp(
  `^[ \\t]*(${NAME})` +
    `(?:,[ \\t]*(?!${DATE})(${NAME}))?` +
    `(?:,?[ \\t]*(${DATE}))?` +
    `[ \\t]*(?:\\(([A-Za-z][A-Za-z.&'’ /-]{0,40})\\))?` +
    `[ \\t]*${DASH}[ \\t]+`,
  "d",
);
const DATE_PARTS = new RegExp(
  `^(?:${WEEKDAY},?\\s+)?(?:(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?` +
    `|(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})(?:,?\\s+(\\d{4}))?)$`,
);
/** How many lines from the top a dateline may start on (a headline, a byline before it). */
const MAX_LINE = 3;

const isUpper = (s: string) => /[A-Z]/.test(s) && s === s.toUpperCase();

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
}

function parseDate(text: string, start: number): DatelineDate | undefined {
  const m = DATE_PARTS.exec(text);
  if (!m) return undefined;
  const month = monthOf(m[1] ?? m[5] ?? "");
  const day = Number(m[2] ?? m[4]);
  const yearText = m[3] ?? m[6];
  if (month < 1 || day < 1 || day > 31) return undefined;
  return {
    start,
    end: start + text.length,
    text,
    month,
    day,
    ...(yearText ? { year: Number(yearText) } : {}),
  };
}

/** The article's dateline, if one of its first lines starts with one. */
export function findDateline(text: string, gazetteer?: Gazetteer): Dateline | undefined {
  let lineStart = 0;
  for (let line = 0; line < MAX_LINE && lineStart < text.length;) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const body = text.slice(lineStart, lineEnd);
    if (body.trim()) {
      const d = matchLine(body, lineStart, gazetteer);
      if (d) return d;
      line++;
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  return undefined;
}

function matchLine(line: string, offset: number, gazetteer?: Gazetteer): Dateline | undefined {
  const m = DATELINE.exec(line);
  if (!m?.indices) return undefined;
  const span = (g: number) => {
    const ix = m.indices![g];
    return ix ? { start: offset + ix[0], end: offset + ix[1], text: m[g]! } : undefined;
  };
  const place = span(1)!;
  const parent = span(2);
  const dateSpan = span(3);
  const agency = m[4];
  const date = dateSpan ? parseDate(dateSpan.text, dateSpan.start) : undefined;
  if (dateSpan && !date) return undefined;
  // Wire style writes the city in capitals; a Title-case one needs a date or an agency to be a dateline.
  if (!isUpper(place.text) && !date && !agency) return undefined;
  // Without a date or an agency, only a known place makes "WORD -" a dateline ("BREAKING -" is not).
  if (!date && !agency && gazetteer && gazetteer.lookup(normalizeName(place.text)).length === 0)
    return undefined;
  return {
    start: offset + m.indices[0]![0],
    end: offset + m.indices[0]![1],
    place,
    ...(parent ? { parent } : {}),
    ...(date ? { date } : {}),
    ...(agency ? { agency } : {}),
  };
}
