/**
 * What a news page says about itself: publication date, title and canonical URL, read from the
 * markup before Readability rewrites the document. Best effort: a value in a form we cannot read is
 * left out, never an error.
 */
import { normalizePublished, rejectPublished } from "../pipeline/cleanInput";

/** Meta tags that carry the publication date, most specific first. */
const DATE_META = [
  "article:published_time",
  "og:article:published_time",
  "og:published_time",
  "datepublished",
  "date.published",
  "publication_date",
  "publish-date",
  "publishdate",
  "pubdate",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "dcterms.date",
  "date",
];

/** YYYY-MM-DD from an ISO date or date-time, or from a date a browser's Date reads with a four-digit year. */
export function toDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const s = value.trim();
  const normalized = normalizePublished(s);
  if (typeof normalized === "string" && rejectPublished(normalized) === null) return normalized;
  if (!/\b\d{4}\b/.test(s) || s.length > 80) return undefined;
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  // Read as written: a date without a time zone is the local day, as the page's reader saw it.
  const d = new Date(t);
  const day = `${String(d.getFullYear()).padStart(4, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  return rejectPublished(day) === null ? day : undefined;
}

function metaContent(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of Array.from(doc.querySelectorAll("meta"))) {
    const key = (el.getAttribute("property") ?? el.getAttribute("name") ?? el.getAttribute("itemprop"))
      ?.trim()
      .toLowerCase();
    const content = el.getAttribute("content") ?? el.getAttribute("datetime");
    if (key && content && !map.has(key)) map.set(key, content);
  }
  return map;
}

/** datePublished anywhere in the page's JSON-LD (an object, an array or an @graph); bad JSON is skipped. */
function jsonLdDate(doc: Document): string | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    let seen = 0;
    while (stack.length > 0 && seen++ < 10_000) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        const day = typeof o.datePublished === "string" ? toDay(o.datePublished) : undefined;
        if (day) return day;
        for (const child of Object.values(o)) if (child && typeof child === "object") stack.push(child);
      }
    }
  }
  return undefined;
}

/** A <time datetime> marked as the publication time, else the first one inside the article, else the page's first. */
function timeElementDate(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector("time[pubdate][datetime]"),
    doc.querySelector('[itemprop="datePublished"][datetime]'),
    doc.querySelector("article time[datetime]"),
    doc.querySelector("time[datetime]"),
  ];
  for (const el of candidates) {
    const day = toDay(el?.getAttribute("datetime"));
    if (day) return day;
  }
  return undefined;
}

function httpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export interface PageMetadata {
  published?: string;
  title?: string;
  url?: string;
}

export function readPageMetadata(doc: Document): PageMetadata {
  const meta = metaContent(doc);
  let published: string | undefined;
  for (const key of DATE_META) {
    published = toDay(meta.get(key));
    if (published) break;
  }
  published ??= jsonLdDate(doc) ?? timeElementDate(doc);
  const title = (meta.get("og:title") ?? doc.querySelector("title")?.textContent ?? "")
    .replace(/\s+/g, " ")
    .trim();
  const url =
    httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")) ?? httpUrl(meta.get("og:url"));
  return {
    ...(published ? { published } : {}),
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
  };
}
