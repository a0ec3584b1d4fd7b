import { describe, expect, it } from "vitest";
import { encodeLines, joinEncoded, sliceEncoded } from "./encodedLines";

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe("encodeLines", () => {
  it("encodes every JSON line and its newline as UTF-8, however many bytes a character takes", () => {
    // Past the first guess of one byte a character: three- and four-byte characters throughout.
    const lines = [
      { json: '{"id":"a"}' },
      { json: "", error: "a message only" },
      { json: `{"text":"${"爆".repeat(500)}😀"}`, error: "with a message" },
      { json: '{"id":"é"}' },
    ];
    const e = encodeLines(lines);
    expect(decode(e.bytes)).toBe(`${lines[0]!.json}\n${lines[2]!.json}\n${lines[3]!.json}\n`);
    expect(e.lines).toEqual([
      { bytes: 11 },
      { bytes: 0, error: "a message only" },
      { bytes: Buffer.byteLength(lines[2]!.json) + 1, error: "with a message" },
      { bytes: Buffer.byteLength(lines[3]!.json) + 1 },
    ]);
  });

  it("slices lines out and joins them back in order", () => {
    const e = encodeLines(["1", "22", "333", "4444"].map((json) => ({ json })));
    const head = sliceEncoded(e, 0, 1, 0);
    const tail = sliceEncoded(e, 2, 4, 2 + 3);
    expect(decode(head.bytes)).toBe("1\n");
    expect(decode(tail.bytes)).toBe("333\n4444\n");
    const middle = encodeLines([{ json: "x" }]);
    const all = joinEncoded([head, middle, tail]);
    expect(decode(all.bytes)).toBe("1\nx\n333\n4444\n");
    expect(all.lines.map((l) => l.bytes)).toEqual([2, 2, 4, 5]);
  });
});
