/**
 * Output lines as UTF-8 bytes, made where the lines are made (in the workers): the main thread
 * then writes bytes as they come instead of receiving each line as a string (a copy on its heap,
 * then garbage), joining and encoding it again. Only the messages for stderr stay strings.
 */

/** One line of output: the JSON for stdout, and the message for stderr when something failed. */
export interface OutputLine {
  json: string;
  error?: string;
}

export interface EncodedLines {
  /** Every line's JSON and its "\n", one after the other. */
  bytes: Uint8Array;
  /** Per line: its length in `bytes` (0 for a line with no JSON) and its message, if any. */
  lines: { bytes: number; error?: string }[];
}

const encoder = new TextEncoder();

export function encodeLines(lines: readonly OutputLine[]): EncodedLines {
  let chars = 0;
  for (const l of lines) if (l.json) chars += l.json.length + 1;
  // Mostly ASCII: one byte a character, grown when a line needs more.
  let bytes = new Uint8Array(Math.max(16, chars + (chars >> 3)));
  let at = 0;
  const out: EncodedLines["lines"] = [];
  for (const l of lines) {
    const start = at;
    if (l.json) {
      const text = l.json + "\n";
      let read = 0;
      for (;;) {
        const r = encoder.encodeInto(read === 0 ? text : text.slice(read), bytes.subarray(at));
        read += r.read;
        at += r.written;
        if (read >= text.length) break;
        const bigger = new Uint8Array(bytes.length * 2 + 3 * (text.length - read));
        bigger.set(bytes.subarray(0, at));
        bytes = bigger;
      }
    }
    out.push(l.error === undefined ? { bytes: at - start } : { bytes: at - start, error: l.error });
  }
  return { bytes: bytes.subarray(0, at), lines: out };
}

/** The encoded lines of several batches in order, as one. */
export function joinEncoded(parts: readonly EncodedLines[]): EncodedLines {
  if (parts.length === 1) return parts[0]!;
  let total = 0;
  for (const p of parts) total += p.bytes.length;
  const bytes = new Uint8Array(total);
  let at = 0;
  const lines: EncodedLines["lines"] = [];
  for (const p of parts) {
    bytes.set(p.bytes, at);
    at += p.bytes.length;
    for (const l of p.lines) lines.push(l);
  }
  return { bytes, lines };
}

/** Lines [from, to) of `e`, whose first byte is at `byte`. */
export function sliceEncoded(e: EncodedLines, from: number, to: number, byte: number): EncodedLines {
  let end = byte;
  for (let i = from; i < to; i++) end += e.lines[i]!.bytes;
  return { bytes: e.bytes.subarray(byte, end), lines: e.lines.slice(from, to) };
}
