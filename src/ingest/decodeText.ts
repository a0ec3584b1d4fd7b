/**
 * Bytes to text, with the reason when they are not text: binary data anywhere in the file (a NUL
 * byte, or a block dense with control bytes), bytes that are not UTF-8, or an empty file. A UTF-8
 * byte-order mark is dropped; UTF-16 with its byte-order mark is decoded too.
 */
import { formatCount, MAX_ARTICLE_CHARS } from "./limits";

/** Bytes scanned together for the share of control bytes. */
const BLOCK = 4096;

function isControlByte(b: number): boolean {
  // Tab, line feed, form feed and carriage return are text; so is ESC in old files, counted anyway.
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d;
}

/** Why these bytes are binary data, or null. Looks at the whole file, in linear time. */
export function binaryReason(bytes: Uint8Array): string | null {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `contains binary data (a NUL byte at byte ${formatCount(nul)})`;
  for (let start = 0; start < bytes.length; start += BLOCK) {
    const end = Math.min(bytes.length, start + BLOCK);
    let control = 0;
    for (let i = start; i < end; i++) if (isControlByte(bytes[i]!)) control++;
    if (control >= 8 && control > 0.02 * (end - start))
      return `contains binary data (${formatCount(control)} control bytes near byte ${formatCount(start)})`;
  }
  return null;
}

export type Decoded = { text: string } | { problem: string };

function utf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** Control characters other than tab, line breaks and form feed, as a share of the text. */
export function binaryTextReason(text: string): string | null {
  const nul = text.indexOf("\u0000");
  if (nul >= 0) return `contains binary data (a NUL character at character ${formatCount(nul)})`;
  let control = 0;
  for (let i = 0; i < text.length; i++) if (isControlByte(text.charCodeAt(i))) control++;
  return control >= 8 && control > 0.02 * text.length ? "contains binary data (control characters)" : null;
}

/** The file's text, or why it cannot be read as text (the reason completes "NAME: ..."). */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { problem: "the file is empty" };
  const wide = utf16(bytes);
  if (wide) {
    try {
      const text = new TextDecoder(wide, { fatal: true }).decode(bytes);
      const binary = binaryTextReason(text);
      return binary ? { problem: binary } : { text };
    } catch {
      return { problem: `starts as ${wide.toUpperCase()} text but is not valid ${wide.toUpperCase()}` };
    }
  }
  const binary = binaryReason(bytes);
  if (binary) return { problem: binary };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { problem: `not valid UTF-8 text (${firstInvalidUtf8(bytes)}); save it as UTF-8` };
  }
}

/** Where the first byte that breaks UTF-8 is, for the message. */
function firstInvalidUtf8(bytes: Uint8Array): string {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need =
      b < 0x80
        ? 0
        : b >= 0xc2 && b <= 0xdf
          ? 1
          : b >= 0xe0 && b <= 0xef
            ? 2
            : b >= 0xf0 && b <= 0xf4
              ? 3
              : -1;
    if (need < 0) break;
    let ok = true;
    for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) ok = false;
    if (!ok) break;
    i += need + 1;
  }
  if (i >= bytes.length) return "an invalid byte sequence";
  const hex = bytes[i]!.toString(16).toUpperCase().padStart(2, "0");
  return `byte 0x${hex} at byte ${formatCount(i)}`;
}

/** Why this article text cannot be processed (completes "SOURCE: ..."), or null. */
export function articleTextProblem(text: string): string | null {
  if (text.trim() === "") return "the article text is empty";
  if (text.length > MAX_ARTICLE_CHARS)
    return `the article is too long: ${formatCount(text.length)} characters (the limit is ${formatCount(MAX_ARTICLE_CHARS)})`;
  return binaryTextReason(text);
}
