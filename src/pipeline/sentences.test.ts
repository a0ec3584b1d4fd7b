import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

const split = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe("splitSentences", () => {
  it("splits on . ! ? before a capital and trims whitespace", () => {
    expect(split("  The rain stopped. Then it snowed!  Did it? Yes.  ")).toEqual([
      "The rain stopped.",
      "Then it snowed!",
      "Did it?",
      "Yes.",
    ]);
  });

  it("gives offsets into the original string", () => {
    const text = "First one here.   Second one.";
    const spans = splitSentences(text);
    expect(spans).toEqual([
      { start: 0, end: 15 },
      { start: 18, end: 29 },
    ]);
  });

  it("treats each line (headline, caption, paragraph) as its own sentence", () => {
    const text =
      "Storm hits coast\n\nA storm reached the coast on Friday.\r\n(Photo: Jane Doe/Agency)\nMore to come";
    expect(split(text)).toEqual([
      "Storm hits coast",
      "A storm reached the coast on Friday.",
      "(Photo: Jane Doe/Agency)",
      "More to come",
    ]);
  });

  it("does not split on abbreviations, titles, months and initials", () => {
    const cases = [
      "The U.S. Navy and the U.N. Security Council met Dr. Brown and Mr. Green on Sept. 12 in the city.",
      "Gen. Jones and Lt. Col. Park spoke at St. Mary's church, No. 4 on the list.",
      "He arrived at 9 a.m. Monday and left at 5 p.m. Tuesday with J. R. Smith.",
      "Several animals, e.g. Horses and cows, were moved on Jan. 3.",
    ];
    for (const c of cases) expect(split(c)).toEqual([c]);
  });

  it("splits after a dotted abbreviation when a typical sentence opener follows", () => {
    expect(split("The envoy flew to the U.S. The talks began later.")).toEqual([
      "The envoy flew to the U.S.",
      "The talks began later.",
    ]);
  });

  it("does not split decimals or lower-case continuations", () => {
    expect(split("Prices rose 3.5 percent. it was odd.")).toEqual(["Prices rose 3.5 percent. it was odd."]);
  });

  it("keeps a closing quote with its sentence and does not split inside a quotation", () => {
    expect(split('She said: "We tried. We failed." Then she left.')).toEqual([
      'She said: "We tried. We failed."',
      "Then she left.",
    ]);
    expect(split("He said \u201cenough.\u201d The crowd cheered.")).toEqual([
      "He said \u201cenough.\u201d",
      "The crowd cheered.",
    ]);
  });

  it("splits before a quote or a digit that opens the next sentence", () => {
    expect(split('The vote ended. "It is over," he said. 40 people stayed.')).toEqual([
      "The vote ended.",
      '"It is over," he said.',
      "40 people stayed.",
    ]);
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n\n \t ")).toEqual([]);
  });

  it("ends the last sentence at the end of text without punctuation", () => {
    expect(split("No full stop at the end")).toEqual(["No full stop at the end"]);
  });
});
