import { describe, expect, it } from "vitest";
import { findCasualties, type Casualties } from "./casualties";

const cas = (s: string): Casualties => findCasualties(s, { start: 0, end: s.length });

describe("findCasualties", () => {
  it.each<[string, number | null, number | null]>([
    ["The raid on the wedding killed some 140 people and wounded more than 600.", 140, 600],
    ["Five pupils were killed by shells that hit the school.", 5, null],
    ["About 20 villagers were killed in the strike.", 20, null],
    ["The explosion tore through the bus station, killing at least 12 and injuring 30 others.", 12, 30],
    ["12 dead as storms of shelling hit the suburb.", 12, null],
    ["Eighty-three people died and forty-one were hurt.", 83, 41],
    ["Two soldiers and three civilians were killed on Monday.", 5, null],
    ["At least 14 people, including six children, were killed when the shelter was hit.", 14, null],
    ["A policeman was killed and 1,250 people were wounded.", 1, 1250],
    ["The death toll rose to 45 on Tuesday.", 45, null],
    ["A dozen fighters were slain near the bridge.", 12, null],
    ["The attack killed two hundred and fifty people.", 250, null],
    ["Gunmen killed a guard at the gate.", 1, null],
    ["Nearly 30 people were injured in the stampede.", null, 30],
    ["The blast claimed the lives of nine workers.", 9, null],
    ["The shelling led to the deaths of 11 villagers.", 11, null],
    ["The mine explosion left 42 farmers and shepherds dead.", 42, null],
    ["Militants executed 3 prisoners in the square.", 3, null],
  ])("%s", (sentence, killed, wounded) => {
    const r = cas(sentence);
    expect([r.killed, r.wounded]).toEqual([killed, wounded]);
  });

  it("gives spans with offsets and kinds", () => {
    const text = "The strike killed some 140 people and wounded more than 600.";
    const r = cas(text);
    expect(r.spans.map((s) => [s.text, s.kind])).toEqual([
      ["killed some 140 people", "killed"],
      ["wounded more than 600", "wounded"],
    ]);
    for (const s of r.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("reports quantities with no magnitude as spans without a count", () => {
    const r = cas("Several were killed in the raid.");
    expect(r.killed).toBeNull();
    expect(r.spans).toMatchObject([{ kind: "killed", value: null, vague: true }]);
  });

  it("flags a cumulative toll and keeps it out of killed", () => {
    const r = cas("The war has killed as many as half a million people since 2011, officials estimate.");
    expect(r.killed).toBeNull();
    expect(r.cumulative).toBe(true);
    expect(r.spans).toMatchObject([{ kind: "killed", value: 500_000, cumulative: true }]);
    expect(cas("Some 700 people have been killed in 39 days of the operation.").killed).toBeNull();
  });

  it("keeps an incident count beside a cumulative one", () => {
    const r = cas("A bombing killed 12 people on Monday, bringing the toll since 2014 to 3,000.");
    expect(r.killed).toBe(12);
    expect(r.cumulative).toBe(true);
  });

  it.each([
    "He was killed in 2014.",
    "The soldiers were killed 3 days ago.",
    "The weather was fine on Sunday with 25 degrees.",
    "About 19 persons were killed and injured in the bombardment.",
    "The 3 suspects were charged on Friday.",
    "The road is 12 km long and dead straight.",
    "The shelling kills and injures 7 people every week.",
    "More than 10 casualties and injuries were reported.",
  ])("finds no count in: %s", (sentence) => {
    const r = cas(sentence);
    expect([r.killed, r.wounded]).toEqual([null, null]);
  });

  it("reads a long run of counts without punctuation in linear time (the result on a big input)", () => {
    const n = 15_000;
    const text = "killing 12 and wounding 3 ".repeat(n);
    const r = cas(text);
    expect([r.killed, r.wounded, r.spans.length]).toEqual([12, 3, 2 * n]);
    expect(r.spans[2 * n - 1]).toMatchObject({ kind: "wounded", value: 3, text: "wounding 3" });
  });

  it("reads a long run of qualifiers without rescanning it", () => {
    const text = "about ".repeat(50_000) + "people were killed, and 20 more were killed.";
    const r = cas(text);
    expect(r.killed).toBe(20);
  });
});

describe("negated and zero casualties are zero", () => {
  it.each<[string, number | null, number | null]>([
    ["No one was hurt in the blast.", null, 0],
    ["Nobody was killed when the shell struck the empty school.", 0, null],
    ["The convoy was ambushed but passed without casualties.", 0, 0],
    ["There were no injuries.", null, 0],
    ["No casualties were reported.", 0, 0],
    ["No one was killed or injured in the strike.", 0, 0],
    ["None of the passengers were injured.", null, 0],
    ["No deaths were reported after the shelling.", 0, null],
    ["The rocket landed in a field, causing no casualties.", 0, 0],
    ["The blast killed three soldiers, but no civilians were hurt.", 3, 0],
    ["The strike killed no one.", 0, null],
  ])("%s", (sentence, killed, wounded) => {
    const r = cas(sentence);
    expect([r.killed, r.wounded]).toEqual([killed, wounded]);
  });

  it.each<[string, number | null, number | null]>([
    ["No one knew how many were killed in the attack that killed 5.", 5, null],
    ["No one knew how many were killed.", null, null],
    ["There was no immediate word on casualties.", null, null],
    ["There were no immediate reports of injuries.", null, null],
    ["No one claimed the bombing, which killed 7 people.", 7, null],
    ["It was not clear how many people were hurt.", null, null],
  ])("keeps what a negation does not govern: %s", (sentence, killed, wounded) => {
    const r = cas(sentence);
    expect([r.killed, r.wounded]).toEqual([killed, wounded]);
  });
});

describe("approximate figures keep their approximation", () => {
  it.each<[string, number | null, string | undefined, number | null, string | undefined]>([
    ["About 20 civilians were killed in the convoy attack.", 20, "about", null, undefined],
    ["At least 12 people were killed.", 12, "at least", null, undefined],
    ["More than 30 were wounded.", null, undefined, 30, "more than"],
    ["Dozens were killed in the raid.", 12, "dozens", null, undefined],
    ["Hundreds were wounded in the clashes.", null, undefined, 100, "hundreds"],
    ["Nearly 40 died in the fire.", 40, "nearly", null, undefined],
    ["Up to 15 people were killed.", 15, "up to", null, undefined],
    ["As many as 15 people were killed.", 15, "up to", null, undefined],
    ["The strike killed some 140 people and wounded more than 600.", 140, "about", 600, "more than"],
    ["The attack left 20 dead and dozens wounded.", 20, undefined, 12, "dozens"],
    ["Tens of thousands were killed in the offensive.", 10_000, "tens of thousands", null, undefined],
    ["Twelve people were killed.", 12, undefined, null, undefined],
  ])("%s", (sentence, killed, kq, wounded, wq) => {
    const r = cas(sentence);
    expect([r.killed, r.killedQualifier, r.wounded, r.woundedQualifier]).toEqual([killed, kq, wounded, wq]);
  });
});

describe("passive and relative forms", () => {
  it.each<[string, number | null, number | null]>([
    ["It left 20 people, who were killed instantly, and 3 wounded.", 20, 3],
    ["Officials counted 20 people, who had been killed in the raid.", 20, null],
    ["Twelve people were reported killed.", 12, null],
    ["Five people were reportedly killed.", 5, null],
    ["Mourners buried the 12 killed in the raid.", 12, null],
    ["Seven civilians were said to have been killed.", 7, null],
    ["Nine were feared dead after the collapse.", 9, null],
  ])("%s", (sentence, killed, wounded) => {
    const r = cas(sentence);
    expect([r.killed, r.wounded]).toEqual([killed, wounded]);
  });

  it("does not read a relative clause about something else", () => {
    const r = cas("The army freed 20 people, who were held in the basement.");
    expect([r.killed, r.wounded]).toEqual([null, null]);
  });
});

describe("a date's number is not a count", () => {
  it.each<[string, number | null, number | null]>([
    ["Gunmen on March 12 killed four people.", 4, null],
    ["Rebels on 12 March killed four villagers.", 4, null],
    ["On Sept. 3 killed two and wounded five, officials said.", 2, 5],
    ["Since May 21 killed 30 people in the valley.", 30, null],
  ])("%s", (sentence, killed, wounded) => {
    const r = cas(sentence);
    expect([r.killed, r.wounded]).toEqual([killed, wounded]);
  });

  it("still reads a count beside a month name (the negative case)", () => {
    expect(cas("In March 12 people were killed.").killed).toBe(12);
    expect(cas("Militants killed 12 on March 3.").killed).toBe(12);
    expect(cas("The attack killed 31 and wounded 40.").killed).toBe(31);
    // "may" as a verb is no month.
    expect(cas("Officials said 12 may have been killed.").killed).toBe(12);
  });
});
