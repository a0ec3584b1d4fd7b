/**
 * Markdown to the plain text a reader sees: marked renders it to HTML, which is read back by blocks
 * like a page's article (headings, paragraphs and list items become blocks; emphasis, links and
 * code lose their marks). The pipeline's offsets then refer to this text.
 */
import { marked } from "marked";
import { blockText } from "./htmlText";
import type { HtmlParser } from "./types";

export type MarkdownText = { text: string; title?: string } | { problem: string };

export function readMarkdown(markdown: string, parseHtml: HtmlParser): MarkdownText {
  let html: string;
  try {
    html = marked.parse(markdown, { async: false, gfm: true });
  } catch (e) {
    return { problem: `could not be read as Markdown (${e instanceof Error ? e.message : String(e)})` };
  }
  const doc = parseHtml(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  if (!doc?.body) return { problem: "could not be read as Markdown" };
  const text = blockText(doc.body).trim();
  const h1 = doc.querySelector("h1")?.textContent?.replace(/\s+/g, " ").trim();
  return { text, ...(h1 ? { title: h1 } : {}) };
}
