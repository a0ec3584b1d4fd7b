import { describe, expect, it } from "vitest";
import { isolated, isolatedParts } from "./isolated";

describe("isolatedParts", () => {
  it("finds the quoted article text of a sentence, override characters and all", () => {
    const title = "Attack \u202Eon Goma";
    const parts = isolatedParts(`“${isolated(title)}” was not added again.`);
    expect(parts).toEqual([
      { text: "“", isolated: false },
      { text: title, isolated: true },
      { text: "” was not added again.", isolated: false },
    ]);
  });
  it("keeps nested isolates inside theirs, and reads an open one to the end", () => {
    expect(isolatedParts(isolated(`a ${isolated("b")} c`))).toEqual([
      { text: "a \u2068b\u2069 c", isolated: true },
    ]);
    expect(isolatedParts("x \u2068y")).toEqual([
      { text: "x ", isolated: false },
      { text: "y", isolated: true },
    ]);
    expect(isolatedParts("plain \u2069 text")).toEqual([{ text: "plain \u2069 text", isolated: false }]);
  });
});
