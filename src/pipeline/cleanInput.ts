/**
 * Input checks and clean-up shared by the command line and the browser: a clear message for
 * input that cannot be an article, and HTML turned into plain text (the output's offsets refer to
 * the cleaned text, which is returned as `text`).
 */
import { HTML_BLOCK_TAGS } from "./htmlBlockTags";

/** Longest article accepted, in characters (about 300,000 words). */
export const MAX_ARTICLE_CHARS = 2_000_000;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A message saying why this text cannot be processed, or null when it can. */
export function rejectText(text: unknown): string | null {
  if (typeof text !== "string") return "article text is missing or not a string";
  if (text.trim() === "") return "article text is empty";
  if (text.length > MAX_ARTICLE_CHARS) {
    return `article is too long: ${text.length.toLocaleString("en-US")} characters (limit ${MAX_ARTICLE_CHARS.toLocaleString("en-US")})`;
  }
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0 || c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13)) control++;
  }
  if (control > 0 && control / sample.length > 0.01) return "article looks like binary data, not text";
  return null;
}

/**
 * The publication date as YYYY-MM-DD when it is given in another common unambiguous form
 * ("2016-09-20T14:00:00Z", "20-09-2016"); anything else is returned unchanged for rejectPublished.
 */
export function normalizePublished(published: unknown): unknown {
  if (typeof published !== "string") return published;
  const s = published.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
  if (iso) return iso[1];
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(s);
  if (dmy) return `${dmy[3]}-${dmy[2]}-${dmy[1]}`;
  return s;
}

/** True when no publication date is given at all (absent, null or blank): normal input, not an error. */
export function isMissingPublished(published: unknown): boolean {
  return (
    published === undefined ||
    published === null ||
    (typeof published === "string" && published.trim() === "")
  );
}

/**
 * A message saying why this publication date cannot anchor relative dates, or null. A missing date
 * (isMissingPublished) is not checked here: the caller extracts the article undated.
 */
export function rejectPublished(published: unknown): string | null {
  if (typeof published !== "string" || !ISO_DAY.test(published)) {
    return `publication date must be YYYY-MM-DD (got ${JSON.stringify(published ?? null)})`;
  }
  const d = new Date(published + "T00:00:00Z");
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== published)
    return `publication date ${published} is not a real day`;
  if (published < "0001-01-01") return `publication date ${published} is outside the years 0001-9999`;
  return null;
}

/** The block elements of the page reader (one list for both), and <br>: each breaks the line. */
const BLOCK_TAGS: ReadonlySet<string> = new Set([...HTML_BLOCK_TAGS, "br"]);
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "’",
  lsquo: "‘",
  ldquo: "“",
  rdquo: "”",
  mdash: "—",
  ndash: "–",
};

const HTML_OPEN = /<(?:p|div|br|span|a|b|i|em|strong|li|h[1-6]|script|style|html|body)\b/i;

/** True when the text carries HTML markup (a tag of an HTML block or inline element). Linear. */
export function looksLikeHtml(text: string): boolean {
  // A tag is an opening followed by a ">"; if any opening has one after it, the first one does.
  const m = HTML_OPEN.exec(text);
  return m !== null && text.indexOf(">", m.index) >= 0;
}

/**
 * The character of a numeric reference, as HTML reads it: a code point beyond Unicode, a surrogate or
 * NUL is U+FFFD (the replacement character), never an exception.
 */
function codePoint(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(n);
}

function decodeEntity(m: string, e: string): string {
  if (/^#[xX][0-9a-fA-F]+$/.test(e)) return codePoint(parseInt(e.slice(2), 16));
  if (/^#\d+$/.test(e)) return codePoint(parseInt(e.slice(1), 10));
  return ENTITIES[e] ?? m;
}

const TAG_NAME = /\/?([a-zA-Z][a-zA-Z0-9]*)(?=[\s/>])/y;
const RAW_TEXT = new Set(["script", "style"]);

/**
 * Plain text from HTML: scripts and styles dropped, block tags become line breaks, entities decoded.
 * One pass over the text: every search for a closing "-->", "</script>" or ">" starts where the last
 * one left off or remembers that there is none, so unclosed markup repeated costs linear time. What
 * only looks like markup stays: an unclosed comment or an unterminated tag is text; an unclosed
 * script loses its tag only.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let nextGt = -2; // position of the next ">" at or after the cursor (-1: none), -2: unknown
  const noClose = new Map<string, number>(); // closing marker -> a position from which it is absent
  const find = (marker: RegExp | string, key: string, from: number): { at: number; end: number } | null => {
    const absentFrom = noClose.get(key);
    if (absentFrom !== undefined && from >= absentFrom) return null;
    if (typeof marker === "string") {
      const at = html.indexOf(marker, from);
      if (at >= 0) return { at, end: at + marker.length };
    } else {
      marker.lastIndex = from;
      const m = marker.exec(html);
      if (m) return { at: m.index, end: m.index + m[0].length };
    }
    noClose.set(key, from);
    return null;
  };
  let i = 0;
  let textFrom = 0;
  const flush = (to: number) => {
    if (to > textFrom) out.push(html.slice(textFrom, to));
  };
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    i = lt + 1;
    if (html.startsWith("!--", lt + 1)) {
      const close = find("-->", "-->", lt + 4);
      if (!close) continue;
      flush(lt);
      i = textFrom = close.end;
      continue;
    }
    TAG_NAME.lastIndex = lt + 1;
    const name = TAG_NAME.exec(html);
    if (!name) continue;
    if (nextGt !== -1 && nextGt < lt) nextGt = html.indexOf(">", lt);
    if (nextGt < 0) continue;
    const tag = (name[1] ?? "").toLowerCase();
    const closing = html[lt + 1] === "/";
    flush(lt);
    i = textFrom = nextGt + 1;
    if (!closing && RAW_TEXT.has(tag)) {
      const close = find(new RegExp(`</${tag}\\s*>`, "gi"), tag, i);
      if (close) {
        i = textFrom = close.end;
        continue;
      }
    }
    if (BLOCK_TAGS.has(tag)) out.push("\n");
  }
  flush(html.length);
  const text = out.join("").replace(/&(#?[a-zA-Z0-9]+);/g, decodeEntity);
  return trimLineEnds(text)
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Spaces and tabs before each line break removed, in one pass (a regex would backtrack on long runs). */
function trimLineEnds(text: string): string {
  const lines = text.split("\n");
  for (let k = 0; k < lines.length - 1; k++) {
    const l = lines[k]!;
    let e = l.length;
    while (e > 0 && (l.charCodeAt(e - 1) === 32 || l.charCodeAt(e - 1) === 9)) e--;
    if (e < l.length) lines[k] = l.slice(0, e);
  }
  return lines.join("\n");
}
