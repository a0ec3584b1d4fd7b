import { describe, expect, it } from "vitest";
import { findClauses } from "./clauses";
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
