/** The streaming JSONL reader: the same entries whatever the chunking, memory bounded by one line. */
import { describe, expect, it } from "vitest";
import { JsonlReader } from "./jsonl";
import { MAX_JSONL_LINE_BYTES } from "./limits";
import type { InputEntry } from "./types";

const enc = new TextEncoder();
const describeEntry = (e: InputEntry) =>
  "article" in e ? `${e.article.id}=${e.article.text}` : e.problem.message;

function readInChunks(bytes: Uint8Array, size: number): InputEntry[] {
  const reader = new JsonlReader("feed.jsonl");
  const out: InputEntry[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(...reader.push(bytes.subarray(i, i + size)));
  return [...out, ...reader.end()];
}

describe("JsonlReader", () => {
  it("gives the same entries for any chunk size, multi-byte characters cut across chunks included", () => {
    const lines = [
      JSON.stringify({ id: "a", text: "Explosions in Mosul — «ночь» 爆発 🙂" }),
      "{broken",
      JSON.stringify({ id: "c", text: "Clashes near Goma." }),
    ];
    const bytes = enc.encode("\ufeff" + lines.join("\n"));
    const whole = readInChunks(bytes, bytes.length).map(describeEntry);
    expect(whole).toEqual([
      "a=Explosions in Mosul — «ночь» 爆発 🙂",
      expect.stringMatching(/^feed\.jsonl:2: not valid JSON/),
      "c=Clashes near Goma.",
    ]);
    for (const size of [1, 2, 3, 7, 64]) expect(readInChunks(bytes, size).map(describeEntry)).toEqual(whole);
  });

  it("skips a line longer than the limit without holding it, and goes on with the next", () => {
    const reader = new JsonlReader("big.jsonl");
    const out: InputEntry[] = [];
    out.push(...reader.push(enc.encode('{"id":"huge","text":"')));
    const chunk = new Uint8Array(1 << 20).fill(0x61);
    for (let sent = 0; sent <= MAX_JSONL_LINE_BYTES; sent += chunk.length) out.push(...reader.push(chunk));
    out.push(...reader.push(enc.encode('"}\n{"id":"next","text":"Fighting in Juba."}\n')));
    out.push(...reader.end());
    expect(out.map(describeEntry)).toEqual([
      "big.jsonl:1: the line is longer than 16,000,000 bytes, too long for one article; the line was skipped",
      "next=Fighting in Juba.",
    ]);
  });

  it("reports a binary file once, not once per line", () => {
    const reader = new JsonlReader("image.jsonl");
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x0a, 0x0a, 0x0a,
    ]);
    const out = [...reader.push(png), ...reader.push(png), ...reader.end()];
    expect(out.map(describeEntry)).toEqual([
      "image.jsonl: contains binary data (a NUL byte at byte 8); the file was skipped",
    ]);
  });

  it("says a file with only blank lines is empty", () => {
    const reader = new JsonlReader("blank.jsonl");
    expect([...reader.push(enc.encode("\n  \n\r\n")), ...reader.end()].map(describeEntry)).toEqual([
      "blank.jsonl: the file is empty (no JSON lines)",
    ]);
  });
});
