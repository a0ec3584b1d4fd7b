/**
 * Splits an excerpt into plain and marked runs, from the contract's offsets (UTF-16 indices into the
 * article text), so the details can render it as React text nodes and <mark> elements — never HTML.
 */

/** place: a resolved toponym; metonymic: named for its government or as an adjective; unresolved: no referent. */
export type MarkKind = "place" | "date" | "trigger" | "unresolved" | "metonymic";

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
}

export interface Segment {
  text: string;
  kind: MarkKind | null;
  /** Index in `marks` of the mark this run belongs to (absent for plain runs). */
  mark?: number;
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
  // owner[i]: index of the mark owning character start + i, or -1.
  const owner = new Int32Array(end - start).fill(-1);
  marks.forEach((m, index) => {
    if (!(m.end > m.start)) return;
    for (let i = Math.max(m.start, start); i < Math.min(m.end, end); i++) {
      if (owner[i - start] === -1) owner[i - start] = index;
    }
  });
  const segments: Segment[] = [];
  let runStart = start;
  for (let i = start + 1; i <= end; i++) {
    if (i === end || owner[i - start] !== owner[runStart - start]) {
      const index = owner[runStart - start] ?? -1;
      const mark = marks[index];
      segments.push(
        mark
          ? { text: text.slice(runStart, i), kind: mark.kind, mark: index }
          : { text: text.slice(runStart, i), kind: null },
      );
      runStart = i;
    }
  }
  return segments;
}

/** Embedding, override and isolate controls (U+202A-202E, U+2066-2069): what can reorder the text after them. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** Whether a run of article text carries a bidirectional control, so it must be shown isolated (<bdi>). */
export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}
