/**
 * looseKey (normalize.ts) is a loop over characters; it must give what its regular-expression form
 * gives, on every key of the real gazetteer and on arbitrary strings.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ARTICLES, looseKey } from "./normalize";

/** The form looseKey had before it was a loop, kept as its specification. */
function looseKeyByExpressions(key: string): string {
  if (!/ |(.)\1|[aeiou]h$|^(?:ash|[ae][bdnrstz])/.test(key)) return key;
  let out = "";
  for (const word of key.split(" ")) {
    if (ARTICLES.has(word)) continue;
    out += word.replace(/^(?:ash(?=sh)|[ae]([bdnrstz])(?=\1))/, "");
  }
  return out.replace(/(.)\1+/g, "$1").replace(/([aeiou])h$/, "$1");
}

describe("looseKey", () => {
  it("gives what the expressions give on every name and key of data/gazetteer.json", () => {
    const places = (
      JSON.parse(readFileSync("data/gazetteer.json", "utf8")) as {
        places: { name: string[]; keys: string[] };
      }
    ).places;
    const keys = [
      ...places.name.map((n) => n.toLowerCase()),
      ...places.keys.flatMap((k) => (k ? k.split("|") : [])),
    ];
    expect(keys.length).toBeGreaterThan(100_000);
    const differing = keys.filter((k) => looseKey(k) !== looseKeyByExpressions(k));
    expect(differing).toEqual([]);
  });

  it("gives what the expressions give on arbitrary strings", () => {
    // Mostly the letters and spaces the rules look at, with line terminators and other text mixed in.
    const unit = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(..."aeiouhsbdnrtz lm") },
      { weight: 1, arbitrary: fc.constantFrom("\n", "\r", "\u2028", "\u2029", "ash", "al ", "ez", "hh") },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 2 }) },
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 24 }), (parts) => {
        const key = parts.join("");
        expect(looseKey(key)).toBe(looseKeyByExpressions(key));
      }),
      { numRuns: 20_000 },
    );
  });
});
