/**
 * Text from the input that goes into a message (a file name, a JSON parser's complaint quoting a
 * line) is shown with its control characters escaped: C0 and C1 controls, DEL, line and paragraph
 * separators and the bidirectional marks and overrides, which could move the cursor, recolour the
 * terminal or reorder what is shown.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

function escapeOne(c: string): string {
  const code = c.charCodeAt(0);
  const hex = code.toString(16).toUpperCase();
  return code < 0x100 ? `\\x${hex.padStart(2, "0")}` : `\\u${hex.padStart(4, "0")}`;
}

export function escapeControls(text: string): string {
  return text.replace(CONTROL, escapeOne);
}

/** At most `max` characters of `text`, escaped, with an ellipsis when cut. */
export function quoteForMessage(text: string, max = 120): string {
  const cut = text.length > max ? text.slice(0, max) + "…" : text;
  return escapeControls(cut);
}

/**
 * The same characters escaped inside JSON text as \uXXXX, which JSON.stringify leaves raw above
 * U+001F: the output still parses to the same value.
 */
const JSON_RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

export function escapeJsonControls(json: string): string {
  return json.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
