/**
 * What an input file is from its name and size alone: its format by extension (case-insensitive)
 * and the problems known before reading it. Apart from parseInputFile.ts (which re-exports these),
 * so that the extract command's main thread, which only reads files and hands them to its workers,
 * does not load the HTML and Markdown readers.
 */
import { escapeControls } from "./escapeControls";
import { extension } from "./fileName";
import { formatBytes, MAX_FILE_BYTES, MAX_JSONL_FILE_BYTES } from "./limits";
import type { InputFormat, InputProblem } from "./types";

export const SUPPORTED_EXTENSIONS = ["txt", "md", "markdown", "html", "htm", "jsonl"] as const;

export function formatOf(name: string): Exclude<InputFormat, "paste"> | null {
  switch (extension(name)) {
    case "txt":
    case "text":
      return "txt";
    case "md":
    case "markdown":
      return "md";
    case "html":
    case "htm":
      return "html";
    case "jsonl":
      return "jsonl";
    default:
      return null;
  }
}

/**
 * What can be said of a file from its name and size alone (an unsupported kind, too large), so a
 * caller can skip reading it; null when it is to be read.
 */
export function problemBeforeReading(name: string, size: number): InputProblem | null {
  const shown = escapeControls(name);
  const format = formatOf(name);
  const ext = extension(name);
  if (!format)
    return {
      source: shown,
      message: `${shown}: not a supported kind of file (expected .txt, .md, .html or .jsonl, got ${ext ? "." + escapeControls(ext) : "no extension"})`,
    };
  const limit = format === "jsonl" ? MAX_JSONL_FILE_BYTES : MAX_FILE_BYTES;
  if (size > limit)
    return {
      source: shown,
      message: `${shown}: the file is too large (${formatBytes(size)}; the limit is ${formatBytes(limit)})`,
    };
  return null;
}
