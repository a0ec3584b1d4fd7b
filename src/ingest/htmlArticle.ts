/**
 * A news page to an article: the body found by Readability on the injected Document, turned into
 * plain text by blocks; the date, title and canonical URL from the page's metadata.
 */
import { Readability } from "@mozilla/readability";
import { blockText } from "./htmlText";
import { formatCount } from "./limits";
import {
  domShape,
  markupShape,
  MAX_HTML_NESTING,
  MAX_HTML_TAGS,
  MAX_READABILITY_DEPTH,
  MAX_READABILITY_ELEMENTS,
} from "./markupShape";
import { readPageMetadata, toDay, type PageMetadata } from "./htmlMetadata";
import type { HtmlParser } from "./types";

export type HtmlArticle = ({ text: string } & PageMetadata) | { problem: string };

/** A document with <html>, <head> and <body> even for a fragment (linkedom needs the whole page). */
function wholePage(html: string): string {
  return /<html[\s>]/i.test(html.slice(0, 4096))
    ? html
    : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/** Page chrome left out when a page is read without Readability. */
const CHROME = "nav, header, footer, aside, form, menu, [role=navigation], [role=banner], [role=contentinfo]";

/** The body's text without the page chrome: for pages too large or deep for Readability. */
function wholeBodyText(doc: Document): string {
  const body = doc.body ?? doc.documentElement;
  for (const el of Array.from(body.querySelectorAll(CHROME))) el.remove();
  return blockText(body);
}

export function readHtmlArticle(html: string, parseHtml: HtmlParser): HtmlArticle {
  const shape = markupShape(html);
  if (shape.tags > MAX_HTML_TAGS)
    return {
      problem: `the page has ${formatCount(shape.tags)} tags, more than the ${formatCount(MAX_HTML_TAGS)} read for one article`,
    };
  if (shape.unclosed > MAX_HTML_NESTING)
    return {
      problem: `the page nests ${formatCount(shape.unclosed)} tags inside one another (more than ${formatCount(MAX_HTML_NESTING)}), which no article page does`,
    };
  let doc: Document | null;
  try {
    doc = parseHtml(wholePage(html));
  } catch (e) {
    return { problem: `could not be parsed as HTML (${e instanceof Error ? e.message : String(e)})` };
  }
  if (!doc || !doc.documentElement) return { problem: "could not be parsed as HTML" };
  const page = readPageMetadata(doc);
  let content: Node | null | undefined;
  let title: string | null | undefined;
  let publishedTime: string | null | undefined;
  const parsedShape = domShape(doc.documentElement);
  if (parsedShape.elements > MAX_READABILITY_ELEMENTS || parsedShape.depth > MAX_READABILITY_DEPTH) {
    const text = wholeBodyText(doc).trim();
    if (text === "")
      return { problem: "the page has no article text (nothing but markup, scripts or navigation)" };
    return { text, ...page };
  }
  try {
    const article = new Readability<Node>(doc, { serializer: (node) => node }).parse();
    content = article?.content;
    title = article?.title;
    publishedTime = article?.publishedTime;
  } catch (e) {
    return { problem: `the article could not be read (${e instanceof Error ? e.message : String(e)})` };
  }
  const text = content ? blockText(content).trim() : "";
  if (text === "")
    return { problem: "the page has no article text (nothing but markup, scripts or navigation)" };
  const published = page.published ?? toDay(publishedTime);
  const cleanTitle = title?.replace(/\s+/g, " ").trim() || page.title;
  return {
    text,
    ...(cleanTitle ? { title: cleanTitle } : {}),
    ...(published ? { published } : {}),
    ...(page.url ? { url: page.url } : {}),
  };
}
