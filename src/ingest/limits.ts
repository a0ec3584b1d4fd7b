import { MAX_ARTICLE_CHARS } from "../pipeline/cleanInput";

/** Longest article accepted, in characters: the pipeline's own limit. */
export { MAX_ARTICLE_CHARS };

/** Largest single-article file (.txt, .md, .html) read at all: markup around the longest article. */
export const MAX_FILE_BYTES = 10 * MAX_ARTICLE_CHARS;

/** Longest JSONL line read: the longest article with JSON escapes around it. */
export const MAX_JSONL_LINE_BYTES = 8 * MAX_ARTICLE_CHARS;

/** Largest JSONL file read whole (the command line streams it instead and has no limit). */
export const MAX_JSONL_FILE_BYTES = 512 * 1024 * 1024;

export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

export function formatBytes(n: number): string {
  return `${formatCount(n)} bytes`;
}
