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

  it("reports vague quantities as spans without a count", () => {
    const r = cas("Dozens were killed in the raid.");
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
});
