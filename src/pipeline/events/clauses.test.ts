import { describe, expect, it } from "vitest";
import { Cue, findClauses, wordCues } from "./clauses";
import { wordsOf } from "../words";

function clauses(text: string) {
  return findClauses(wordsOf(text), 0).map((c) => ({
    text: text.slice(c.start, c.end),
    tense: c.tense,
    modal: c.modal,
    negated: c.negated,
  }));
}

describe("findClauses", () => {
  it("cuts at clause punctuation and clause words, not at quotes", () => {
    expect(
      clauses('Gunmen attacked a "safe" village, which troops left after dawn.').map((c) => c.text),
    ).toEqual(['Gunmen attacked a "safe" village', "which troops left", "after dawn"]);
  });

  it("reads tense, modality and negation per clause", () => {
    expect(clauses("The army will not withdraw; rebels shelled the town.")).toEqual([
      { text: "The army will not withdraw", tense: "future", modal: true, negated: true },
      { text: "rebels shelled the town", tense: "past", modal: false, negated: false },
    ]);
    expect(clauses("They didn't attack")[0]).toMatchObject({ negated: true, tense: "past" });
  });

  it("takes a capitalised May inside a sentence for a month, not the modal", () => {
    expect(clauses("Fighting resumed in May")[0]).toMatchObject({ modal: false, tense: "past" });
    expect(clauses("Fighting may resume")[0]).toMatchObject({ modal: true, tense: "future" });
  });

  it("reads an infinitive of purpose as modal", () => {
    expect(clauses("Troops arrived to stop the fighting")[0]?.modal).toBe(true);
    expect(clauses("Troops went to the market")[0]?.modal).toBe(false);
  });

  it("gives a sentence of punctuation only no clause", () => {
    expect(clauses(" -- ; ...")).toEqual([]);
  });
});

describe("wordCues", () => {
  const cues = (text: string) => {
    const words = wordsOf(text);
    const bits = wordCues(words);
    return words.flatMap((w, i) => (bits[i] ? [`${w.w}:${bits[i]}`] : []));
  };

  it("marks modal, negation, clause and purpose words once for the clauses and the triggers", () => {
    expect(cues("Troops didn't come to stop fighting, which may resume")).toEqual([
      `didn't:${Cue.Negation}`,
      `to:${Cue.Purpose}`,
      `stop:${Cue.Hypothetical}`,
      `which:${Cue.ClauseWord}`,
      `may:${Cue.Hypothetical}`,
    ]);
  });

  it("gives a capitalised May inside a sentence no modal bit", () => {
    expect(cues("Fighting resumed in May")).toEqual([]);
  });
});
