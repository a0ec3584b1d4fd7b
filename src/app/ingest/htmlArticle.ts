/**
 * The article in a saved web page, with @mozilla/readability on the browser's own DOMParser (the page
 * is parsed as an inert document: no script runs, nothing loads). The publication date comes from the
 * page's metadata (article:published_time and kin, <time datetime>), the URL from its canonical link.
 */
import { Readability } from "@mozilla/readability";
import type { ArticleInput } from "../../pipeline/contract";
import { normalizePublished } from "../../pipeline/cleanInput";
import { parseDay } from "../time/days";

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[itemprop="datePublished"]',
];

function metaDate(doc: Document): string | undefined {
  const candidates = [
    ...DATE_META.map((s) => doc.querySelector(s)?.getAttribute("content")),
    doc.querySelector("time[datetime]")?.getAttribute("datetime"),
  ];
  for (const c of candidates) {
    if (!c) continue;
    const n = normalizePublished(c.trim());
    if (typeof n === "string" && parseDay(n) !== null) return n;
  }
  return undefined;
}

export type HtmlParsed = { article: ArticleInput } | { problem: string };

export function parseHtmlArticle(name: string, html: string): HtmlParsed {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const published = metaDate(doc);
  const canonical =
    doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute("content") ??
    undefined;
  const parsed = new Readability(doc).parse();
  const text = (parsed?.textContent ?? "")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (!parsed || text.length < 40) return { problem: "no article text was found in the page" };
  return {
    article: {
      id: name,
      title: (parsed.title ?? "").trim() || name,
      text,
      ...(published ? { published } : {}),
      ...(canonical && /^https?:\/\//i.test(canonical) ? { url: canonical } : {}),
    },
  };
}
