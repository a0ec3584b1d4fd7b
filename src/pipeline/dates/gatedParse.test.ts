import { readdirSync, readFileSync } from "node:fs";
import * as chrono from "chrono-node";
import type { ParsingResult } from "chrono-node";
import { describe, expect, it } from "vitest";
import { dateChrono } from "./chronoInstance";
import { gatedParse } from "./gatedParse";

/** The instance before pruning: every strict parser of chrono, then ours, run over the whole text. */
const unpruned = new chrono.Chrono({
  parsers: [
    ...chrono.strict.clone().parsers,
    // Ours are plain objects (parsers/regexParser.ts); chrono's are class instances.
    ...dateChrono.parsers.filter((p) => p.constructor === Object),
  ],
  refiners: dateChrono.refiners,
});

interface Components {
  knownValues: unknown;
  impliedValues: unknown;
}
const view = (results: readonly ParsingResult[]) =>
  results.map((r) => ({
    index: r.index,
    text: r.text,
    start: [(r.start as unknown as Components).knownValues, (r.start as unknown as Components).impliedValues],
    end: r.end
      ? [(r.end as unknown as Components).knownValues, (r.end as unknown as Components).impliedValues]
      : null,
    tags: [...r.tags()].sort(),
  }));

const filler = (n: number) => "The council met and talked about roads and schools. ".repeat(n);

const TEXTS = [
  "Tuesday, September 20, 2016 and the day before; at 5pm on Friday, within 3 days, two weeks ago.",
  // A date at each edge of the text, and one far from any other hit (its window alone).
  "March 3",
  "was 2016",
  `${filler(6)}On 12 May 2014 rebels attacked.${filler(6)}Last Friday, the same day.${filler(4)}`,
  // Hits just over a window's margin apart: two windows, each holding its whole date.
  `${filler(2)}between 3 and 5 March${"x".repeat(99)} 2010 and 7/8/07 in recent months`,
  // A long run of whitespace: parsed whole.
  `on March\n${" ".repeat(40)}\n12, 2009 and January${" ".repeat(30)}2010`,
  "the 1990s, '98, mid-2012, early June, the first week of May, 2011-02-03T10:00, 3/2012, 5-1/2",
  "Earlier today and later this morning; yesterday evening; the following week; by that time; recently.",
];

function seedTexts(): string[] {
  return readdirSync("seeds")
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(`seeds/${f}`, "utf8"));
}

describe("gatedParse", () => {
  const refs = [new Date(2010, 5, 15, 12), new Date(2017, 0, 1, 12)];
  it("drops only parsers whose results are always dropped, and the gates cut no date", () => {
    expect(dateChrono.parsers.length).toBeLessThan(unpruned.parsers.length);
    for (const ref of refs)
      for (const text of [...TEXTS, ...seedTexts()])
        expect(view(gatedParse(dateChrono, text, ref))).toEqual(
          view(unpruned.parse(text, ref) as ParsingResult[]),
        );
  });

  it("finds the dates of a text (the comparison is not vacuous)", () => {
    const found = gatedParse(dateChrono, TEXTS[3]!, refs[0]!).map((r) => r.text);
    expect(found.some((t) => /12 May 2014/.test(t))).toBe(true);
    expect(found.some((t) => /Friday/.test(t))).toBe(true);
  });
});
