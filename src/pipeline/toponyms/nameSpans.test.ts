/**
 * tokenKey reads plain ASCII words from the character codes; it must give what its regex form gave
 * on any text, out-of-range token numbers included.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeName } from "../../gazetteer/normalize";
import { tokenize } from "../tokens";
import { tokenKey } from "./nameSpans";

function tokenKeyByExpression(text: string, tokens: ReturnType<typeof tokenize>, i: number): string {
  const w = text.slice(tokens.start[i], tokens.end[i]);
  return /^[A-Za-z]+$/.test(w) ? w.toLowerCase() : normalizeName(w);
}

describe("tokenKey", () => {
  it("gives what the regex form gives for every token, and for token numbers out of range", () => {
    const unit = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(..."AZaz@[`{ -.'’\n") },
      { weight: 2, arbitrary: fc.constantFrom("São", "Deir ez-Zor", "U.S.", "Sana'a", "Ünye", "42") },
      { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) },
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const tokens = tokenize(text);
        for (let i = -1; i <= tokens.count; i++)
          expect(tokenKey(text, tokens, i)).toBe(tokenKeyByExpression(text, tokens, i));
      }),
      { numRuns: 5_000 },
    );
  });
});
