/**
 * Splits an excerpt into plain and marked runs, from the contract's offsets (UTF-16 indices into the
 * article text), so the details can render it as React text nodes and <mark> elements — never HTML.
 */

export type MarkKind = "place" | "date" | "trigger";

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
}

export interface Segment {
  text: string;
  kind: MarkKind | null;
}

/**
 * The runs of `text.slice(span.start, span.end)`. Marks are clipped to the span; where marks overlap,
 * the one listed first wins the overlapping characters. Offsets out of range are ignored.
 */
export function excerptSegments(
  text: string,
  span: { start: number; end: number },
  marks: readonly Mark[],
): Segment[] {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const owner: (MarkKind | null)[] = new Array<MarkKind | null>(end - start).fill(null);
  for (const m of marks) {
    if (!(m.end > m.start)) continue;
    for (let i = Math.max(m.start, start); i < Math.min(m.end, end); i++) {
      if (owner[i - start] === null) owner[i - start] = m.kind;
    }
  }
  const segments: Segment[] = [];
  let runStart = start;
  for (let i = start + 1; i <= end; i++) {
    if (i === end || owner[i - start] !== owner[runStart - start]) {
      segments.push({ text: text.slice(runStart, i), kind: owner[runStart - start] ?? null });
      runStart = i;
    }
  }
  return segments;
}
