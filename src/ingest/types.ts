/**
 * The input formats the command line and the app share: what a file is, what comes out of it, and
 * what is said about the parts that cannot be used. Pure types: this folder runs in Node and in a
 * Web Worker (no Node APIs, no DOM globals; a DOM parser is injected).
 */

/** A file as read from disk or from a browser File: its name (a path or a bare name) and its bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export type InputFormat = "txt" | "md" | "html" | "jsonl" | "paste";

export interface ParsedArticle {
  id: string;
  title?: string;
  /** Plain text: every offset the pipeline reports refers to this string. */
  text: string;
  /** YYYY-MM-DD when known (a date the input gave in another form is passed on for the pipeline to judge). */
  published?: string;
  url?: string;
  /** Where it came from: "file.jsonl:12" for a line, "file.html" for a whole file. */
  source: string;
  format: InputFormat;
}

/** One clear sentence naming the file or line, with control characters escaped. */
export interface InputProblem {
  source: string;
  message: string;
  /** The article's id when the input named one (a JSONL line with an id but unusable text). */
  id?: string;
}

/** Injected: DOMParser in the browser, linkedom in Node. Null when the markup cannot be parsed. */
export interface HtmlParser {
  (html: string): Document | null;
}

/** Metadata given beside the input (a sidecar articles.json, a form), by file name. */
export interface InputMetadata {
  title?: string;
  published?: string;
  url?: string;
}

export interface ParseOptions {
  parseHtml: HtmlParser;
  /** Publication date for articles that carry none of their own. */
  published?: string;
  /** Metadata for a single-article file (.txt, .md, .html); it wins over what the file itself says. */
  metadata?: (name: string) => InputMetadata | undefined;
}

/** Articles and problems in input order (the command line prints them in this order). */
export type InputEntry = { article: ParsedArticle } | { problem: InputProblem };
