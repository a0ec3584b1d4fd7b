/**
 * Text where nothing should be found: people named like places, everyday words that are also
 * place names, months, street addresses, newspapers, hypothetical talk.
 */
import { describe, expect, it } from "vitest";
import { run } from "../testing/runPipeline";

const NOTHING = [
  "Jordan Smith met Sydney Brown for lunch; Smith paid and Brown left early.",
  "We roasted a turkey and watched the parade with Victoria Adams, and Adams laughed.",
  "Police said the store at 1935 Orchard Street was closed for inventory.",
  "The Washington Post and the New York Times ran the story about the White House.",
  "Reading is fun, and Hope said she would bring the charger.",
  "I've been told it may rain, and we'll march on regardless.",
];

describe("text with nothing to find", () => {
  it.each(NOTHING)("%s", (text) => {
    const r = run(text);
    expect(r.toponyms.map((t) => t.text)).toEqual([]);
    expect(r.events).toEqual([]);
  });

  it("finds no date in durations, modal verbs and people called May", () => {
    const r = run("The talks lasted five and a half years; Theresa May said it may take a one-hour meeting.");
    expect(r.dates.map((d) => d.text)).toEqual([]);
  });
});

describe("wire-copy negatives", () => {
  it("counts a negation only where it governs the casualty word", () => {
    const r = run("No one knew how many were killed in the shelling of Mosul that killed 5 people.");
    expect(r.events.map((e) => [e.placeName, e.killed, e.wounded])).toEqual([["Mosul", 5, null]]);
  });

  it("reads no zero from an unknown toll", () => {
    const r = run("Artillery shelled Kirkuk on Monday. There was no immediate word on casualties in Kirkuk.");
    expect(r.events.every((e) => e.killed === null && e.wounded === null)).toBe(true);
  });

  it("takes no date's number for a count", () => {
    const r = run("Gunmen on March 12 killed four people in Mosul.");
    expect(r.events.map((e) => [e.placeName, e.killed])).toEqual([["Mosul", 4]]);
    // The negative case: a count right after a month name ("in March, 12 people").
    expect(run("In March 12 people were killed in Mosul.").events.map((e) => e.killed)).toEqual([12]);
  });

  it("makes no range of a count of people", () => {
    const r = run("Between 3 and 5 people were hurt in Mosul on 5 June.");
    expect(r.dates.map((d) => d.text)).toEqual(["on 5 June"]);
  });

  it("flags no exact date as vague", () => {
    const r = run("Artillery shelled Mosul on Monday and again on 3 June.");
    expect(r.dates.length).toBeGreaterThan(0);
    expect(r.dates.some((d) => d.vague)).toBe(false);
  });
});
