/** Pasted text (with the optional title, URL and date of the form) to an article, or a problem. */
import { articleTextProblem } from "./decodeText";
import { normalizeDay } from "./normalizeDay";
import type { InputEntry } from "./types";

export interface Paste {
  id: string;
  text: string;
  title?: string;
  published?: string;
  url?: string;
}

export function parsePaste(paste: Paste): InputEntry {
  const source = paste.title?.trim() ? `pasted article “${paste.title.trim()}”` : "pasted article";
  const problem = articleTextProblem(paste.text);
  if (problem) return { problem: { source, message: `${source}: ${problem}` } };
  const published = paste.published?.trim() ? normalizeDay(paste.published) : undefined;
  return {
    article: {
      id: paste.id,
      text: paste.text,
      ...(paste.title?.trim() ? { title: paste.title.trim() } : {}),
      ...(published ? { published } : {}),
      ...(paste.url?.trim() ? { url: paste.url.trim() } : {}),
      source,
      format: "paste",
    },
  };
}
