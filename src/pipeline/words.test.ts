import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens";
import { sentenceWords, wordsOf } from "./words";

const ws = (text: string) => wordsOf(text).map((w) => (w.joined ? `+${w.w}` : w.w));

describe("words: a view of the one tokenization", () => {
  it("keeps a number's separators and a possessive on the word", () => {
    expect(ws("Russia's 1,300 troops, 1.5 million")).toEqual([
      "russia's",
      "1,300",
      "troops",
      ",",
      "1.5",
      "million",
    ]);
    expect(wordsOf("1,300 troops")[0]?.num).toBe(true);
  });

  it("reads clause punctuation from the gaps, not an abbreviation's periods", () => {
    expect(ws("U.S. forces (then) left - again; “done”.")).toEqual([
      "u.s.",
      "forces",
      "(",
      "then",
      ")",
      "left",
      "-",
      "again",
      ";",
      "“",
      "done",
      "”",
      ".",
    ]);
  });

  it("ties hyphenated words and keeps contractions whole", () => {
    expect(ws("I'm sure the cease-fire didn’t hold")).toEqual([
      "i'm",
      "sure",
      "the",
      "cease",
      "+fire",
      "didn't",
      "hold",
    ]);
  });

  it("gives the offsets of the text, cut to the sentence", () => {
    const text = "One. Two killed, 3 hurt.";
    const words = sentenceWords(text, tokenize(text), 5, text.length);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(["Two", "killed", ",", "3", "hurt", "."]);
    expect(words[0]?.cap).toBe(true);
  });
});
