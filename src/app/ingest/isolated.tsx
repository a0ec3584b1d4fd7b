/**
 * Article text (a title, a file name) quoted inside one of our sentences is marked with U+2068 FIRST
 * STRONG ISOLATE ... U+2069 POP DIRECTIONAL ISOLATE, the plain-text form of <bdi>: a bidirectional
 * override inside the title (U+202E) ends at the isolate and cannot reorder the sentence around it.
 * `IsolatedText` shows such a sentence with each marked part in a <bdi> (the marks themselves are
 * not repeated in the page); everything else is plain text.
 */
import type { ReactNode } from "react";

const FSI = "\u2068";
const PDI = "\u2069";

export function isolated(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/** The sentence's parts: plain text, and the isolated parts (nested isolates stay inside theirs). */
export function isolatedParts(text: string): { text: string; isolated: boolean }[] {
  const parts: { text: string; isolated: boolean }[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === FSI) {
      if (depth === 0) {
        if (i > from) parts.push({ text: text.slice(from, i), isolated: false });
        from = i + 1;
      }
      depth++;
    } else if (ch === PDI && depth > 0) {
      depth--;
      if (depth === 0) {
        parts.push({ text: text.slice(from, i), isolated: true });
        from = i + 1;
      }
    }
  }
  // An isolate left open runs to the end, as the bidi algorithm reads it.
  if (from < text.length || depth > 0) parts.push({ text: text.slice(from), isolated: depth > 0 });
  return parts;
}

export function IsolatedText({ text }: { text: string }): ReactNode {
  return isolatedParts(text).map((p, i) => (p.isolated ? <bdi key={i}>{p.text}</bdi> : p.text));
}
