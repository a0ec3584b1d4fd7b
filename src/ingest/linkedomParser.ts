/**
 * The HTML parser for Node (the command line, tests): linkedom, which is pure JavaScript. The
 * browser passes `(html) => new DOMParser().parseFromString(html, "text/html")` instead.
 */
import { parseHTML } from "linkedom";
import type { HtmlParser } from "./types";

export const parseHtmlWithLinkedom: HtmlParser = (html) => {
  const { document } = parseHTML(html);
  return (document as unknown as Document | undefined) ?? null;
};
