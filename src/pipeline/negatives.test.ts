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
