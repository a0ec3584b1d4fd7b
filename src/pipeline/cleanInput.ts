/**
 * Input checks and clean-up shared by the command line and the browser: a clear message for
 * input that cannot be an article, and HTML turned into plain text (the output's offsets refer to
 * the cleaned text, which is returned as `text`).
 */

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

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;
const BLOCK_TAGS = new Set([
  "p",
  "div",
  "br",
  "li",
  "ul",
  "ol",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "tr",
  "table",
  "section",
  "article",
  "blockquote",
  "figcaption",
  "header",
  "footer",
]);
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  "#39": "'",
  rsquo: "’",
  lsquo: "‘",
  ldquo: "“",
  rdquo: "”",
  mdash: "—",
  ndash: "–",
};

/** True when the text carries HTML markup (tags of HTML block or inline elements). */
export function looksLikeHtml(text: string): boolean {
  return /<(?:p|div|br|span|a|b|i|em|strong|li|h[1-6]|script|style|html|body)\b[^>]*>/i.test(text);
}

/** Plain text from HTML: scripts and styles dropped, block tags become line breaks, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(TAG, (_m, name: string) => (BLOCK_TAGS.has(name.toLowerCase()) ? "\n" : ""))
    .replace(/&(#?[a-zA-Z0-9]+);/g, (m, e: string) => {
      if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith("#") && e !== "#39") return String.fromCodePoint(parseInt(e.slice(1), 10));
      return ENTITIES[e] ?? m;
    })
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
