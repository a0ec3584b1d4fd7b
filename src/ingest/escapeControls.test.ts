import { describe, expect, it } from "vitest";
import { escapeControls, escapeJsonControls } from "./escapeControls";

describe("escapeControls", () => {
  it("escapes C0, C1, DEL and bidirectional controls, and keeps other text", () => {
    expect(escapeControls("a\u001b[31mb\u0007\u009b\u007f\u202e\u2066é 爆")).toBe(
      "a\\x1B[31mb\\x07\\x9B\\x7F\\u202E\\u2066é 爆",
    );
  });

  it("escapes inside JSON to \\uXXXX so the JSON still parses to the same value", () => {
    const value = { text: "x\u009b1m\u202edone\u2028" };
    const json = escapeJsonControls(JSON.stringify(value));
    expect(json).not.toMatch(/[\u007f-\u009f\u202e\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
