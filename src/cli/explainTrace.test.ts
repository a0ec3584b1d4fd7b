import { describe, expect, it } from "vitest";
import { extractArticle } from "../pipeline/extract";
import { realGazetteer } from "../testing/realGazetteer";
import { traceStage } from "./explainTrace";

function trace(text: string): string[] {
  const lines: string[] = [];
  let i = 0;
  extractArticle({ id: "t", text, published: "2020-06-13" }, realGazetteer(), {
    onStage: (stage, state, ms, ctx) => lines.push(...traceStage(ctx.text, i++, stage, state, ms)),
  });
  return lines;
}

describe("the explain trace of the events layer", () => {
  it("shows the mention and the date each event points at", () => {
    const lines = trace(
      "Airstrikes hit a market in Mosul on Thursday, killing 12 people. Shelling hit Kirkuk.",
    );
    const events = lines.filter((l) => /^\s+(?:airstrike|shelling) /.test(l));
    expect(events.length).toBeGreaterThanOrEqual(2);
    expect(events[0]).toMatch(
      /at mention #0 "Mosul" 27-32 = Mosul, IQ .* on date #0 "on Thursday" 33-44 2020-06-11/,
    );
    expect(events[1]).toMatch(
      /\(trigger #\d+\) at mention #1 "Kirkuk" .* on the publication day or the day before/,
    );
  });
});
