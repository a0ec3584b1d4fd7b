/**
 * JSONL, one article a line: {"id","text","title"?,"published"?,"url"?}. A line that cannot be used
 * is a problem naming `file:line`; every other line goes on. Read incrementally from byte chunks
 * (the command line streams files of any size; the app can stream a File), with memory bounded by
 * the longest line accepted.
 */
import { articleTextProblem, binaryReason } from "./decodeText";
import { quoteForMessage } from "./escapeControls";
import { baseName } from "./fileName";
import { formatBytes, MAX_JSONL_LINE_BYTES } from "./limits";
import { normalizeDay } from "./normalizeDay";
import type { InputEntry } from "./types";

const NEWLINE = 0x0a;

export interface JsonlOptions {
  /** Publication date for lines that carry none. */
  published?: string;
}

/** One JSONL line, already decoded, to an article or a problem (null for a blank line). */
export function parseJsonlLine(
  name: string,
  lineNumber: number,
  line: string,
  options: JsonlOptions = {},
): InputEntry | null {
  if (line.trim() === "") return null;
  const source = `${name}:${lineNumber}`;
  const problem = (message: string, id?: string): InputEntry => ({
    problem: {
      source,
      message: `${source}: ${message}; the line was skipped`,
      ...(id !== undefined ? { id } : {}),
    },
  });
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return problem(`not valid JSON (${quoteForMessage(e instanceof Error ? e.message : String(e))})`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return problem('not a JSON object {"id","text",...}');
  const o = value as Record<string, unknown>;
  const givenId = typeof o.id === "string" || typeof o.id === "number" ? String(o.id).trim() : "";
  const id = givenId || `${baseName(name)}:${lineNumber}`;
  if (typeof o.text !== "string") return problem('it has no "text" string', givenId || undefined);
  const textProblem = articleTextProblem(o.text);
  if (textProblem) return problem(textProblem, givenId || undefined);
  const published =
    typeof o.published === "string" && o.published.trim() ? normalizeDay(o.published) : options.published;
  return {
    article: {
      id,
      text: o.text,
      ...(typeof o.title === "string" && o.title.trim() ? { title: o.title } : {}),
      ...(published ? { published } : {}),
      ...(typeof o.url === "string" && o.url.trim() ? { url: o.url.trim() } : {}),
      source,
      format: "jsonl",
    },
  };
}

/**
 * Feeds a JSONL file chunk by chunk. `push` and `end` return the entries of the lines completed so
 * far, in order. Lines are cut at byte 0x0A (never part of a multi-byte UTF-8 character), then each
 * is decoded on its own, so a bad byte costs one line. The file's first bytes are checked for binary
 * data (an image renamed .jsonl is one problem, not one per line).
 */
export class JsonlReader {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  private parts: Uint8Array[] = [];
  private partBytes = 0;
  private oversized = false;
  private lineNumber = 0;
  private started = false;
  private stopped = false;
  private articles = 0;
  private problems = 0;

  constructor(
    private readonly name: string,
    private readonly options: JsonlOptions = {},
  ) {}

  push(chunk: Uint8Array): InputEntry[] {
    const out: InputEntry[] = [];
    if (this.stopped || chunk.length === 0) return out;
    if (!this.started) {
      this.started = true;
      const binary = binaryReason(chunk.subarray(0, 4096));
      if (binary) {
        this.stopped = true;
        this.problems++;
        out.push({
          problem: { source: this.name, message: `${this.name}: ${binary}; the file was skipped` },
        });
        return out;
      }
    }
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(NEWLINE, start);
      if (nl < 0) break;
      this.take(chunk.subarray(start, nl));
      this.finishLine(out);
      start = nl + 1;
    }
    if (start < chunk.length) this.take(chunk.subarray(start));
    return out;
  }

  end(): InputEntry[] {
    const out: InputEntry[] = [];
    if (this.stopped) return out;
    if (this.partBytes > 0 || this.oversized) this.finishLine(out);
    if (this.articles === 0 && this.problems === 0)
      out.push({
        problem: { source: this.name, message: `${this.name}: the file is empty (no JSON lines)` },
      });
    this.stopped = true;
    return out;
  }

  private take(bytes: Uint8Array): void {
    if (this.oversized || bytes.length === 0) return;
    if (this.partBytes + bytes.length > MAX_JSONL_LINE_BYTES) {
      this.oversized = true;
      this.parts = [];
      this.partBytes = 0;
      return;
    }
    // Copied: the caller may reuse its chunk buffer.
    this.parts.push(bytes.slice());
    this.partBytes += bytes.length;
  }

  private finishLine(out: InputEntry[]): void {
    this.lineNumber++;
    const source = `${this.name}:${this.lineNumber}`;
    if (this.oversized) {
      this.oversized = false;
      this.problems++;
      out.push({
        problem: {
          source,
          message: `${source}: the line is longer than ${formatBytes(MAX_JSONL_LINE_BYTES)}, too long for one article; the line was skipped`,
        },
      });
      return;
    }
    const bytes = this.parts.length === 1 ? this.parts[0]! : concat(this.parts, this.partBytes);
    this.parts = [];
    this.partBytes = 0;
    let line: string;
    try {
      line = this.decoder.decode(bytes);
    } catch {
      this.problems++;
      out.push({
        problem: { source, message: `${source}: the line is not valid UTF-8 text; the line was skipped` },
      });
      return;
    }
    if (line.endsWith("\r")) line = line.slice(0, -1);
    const entry = parseJsonlLine(this.name, this.lineNumber, line, this.options);
    if (!entry) return;
    if ("article" in entry) this.articles++;
    else this.problems++;
    out.push(entry);
  }
}

function concat(parts: readonly Uint8Array[], total: number): Uint8Array {
  const all = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all;
}
