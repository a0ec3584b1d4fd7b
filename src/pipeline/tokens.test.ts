import { describe, expect, it } from "vitest";
import { TokenFlag, tokenize } from "./tokens";

const words = (text: string) => {
  const t = tokenize(text);
  return Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i]));
};

describe("tokenize", () => {
  it("keeps dotted abbreviations and splits hyphens", () => {
    expect(words("U.S.-led talks in Iran-backed areas")).toEqual([
      "U.S.",
      "led",
      "talks",
      "in",
      "Iran",
      "backed",
      "areas",
    ]);
  });

  it("strips a possessive but keeps internal apostrophes", () => {
    const text = "Yemen's capital and Sana'a";
    const t = tokenize(text);
    expect(words(text)).toEqual(["Yemen", "capital", "and", "Sana'a"]);
    expect(t.flags[0]! & TokenFlag.Possessive).toBeTruthy();
    expect(t.flags[3]! & TokenFlag.Possessive).toBe(0);
  });

  it("flags capitals, all-caps words and numbers", () => {
    const t = tokenize("NATO met in Paris on 12 May");
    expect(t.flags[0]! & TokenFlag.AllCaps).toBeTruthy();
    expect(t.flags[3]! & TokenFlag.Cap).toBeTruthy();
    expect(t.flags[3]! & TokenFlag.AllCaps).toBe(0);
    expect(t.flags[5]! & TokenFlag.Number).toBeTruthy();
    expect(t.flags[1]! & TokenFlag.Cap).toBe(0);
  });

  it("finds nothing in text without words", () => {
    expect(tokenize("  ... -- !!").count).toBe(0);
  });
});

describe("tokenize: numbers", () => {
  it("keeps inner separators of a number in one token", () => {
    const text = "1,300 people and 1.5 million in 2016.";
    const t = tokenize(text);
    expect(words(text)).toEqual(["1,300", "people", "and", "1.5", "million", "in", "2016"]);
    expect(t.flags[0]! & TokenFlag.Number).toBeTruthy();
    expect(t.flags[3]! & TokenFlag.Number).toBeTruthy();
  });
});
