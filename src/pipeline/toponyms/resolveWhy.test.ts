/** The named parts of a resolution score (`why`): present, and adding up to what ranked the candidates. */
import { describe, expect, it } from "vitest";
import { realGazetteer } from "../../testing/realGazetteer";
import { extractArticle } from "../extract";
import { runStages } from "../runStages";
import { initialState } from "../state";
import { SCORE_FEATURES, sumFeatures } from "./scoreFeatures";
import { resolutionWeights } from "./resolutionWeights";

const TEXT =
  "HERAT, Afghanistan, June 3 (Reuters) - Gunmen attacked a checkpoint near Kandahar on Friday. " +
  "Shelling hit Lashkar Gah, Helmand, later that day, Afghan officials said. Kabul said talks would resume in Doha.";
const published = "2021-06-04";

describe("resolution features", () => {
  it("add up to each candidate's logit, and the logits' difference is the log of the scores' ratio", () => {
    const state = runStages({ text: TEXT, published, gazetteer: realGazetteer() }, initialState());
    const explained = state.mentions.filter((m) => m.chosen?.why);
    expect(explained.length).toBeGreaterThanOrEqual(6);
    let runnersUp = 0;
    for (const m of explained) {
      const why = m.chosen!.why!;
      expect(sumFeatures(why.features)).toBeCloseTo(why.total, 9);
      // Each feature's part is its weight times its raw value.
      for (const k of SCORE_FEATURES)
        expect(why.features[k]).toBeCloseTo(resolutionWeights()[k] * why.values[k], 12);
      const r = why.runnerUp;
      if (!r) continue;
      runnersUp++;
      expect(sumFeatures(r.why!.features)).toBeCloseTo(r.why!.total, 9);
      expect(why.total).toBeGreaterThanOrEqual(r.why!.total);
      expect(why.total - r.why!.total).toBeCloseTo(Math.log(m.chosen!.score / r.score), 9);
    }
    expect(runnersUp).toBeGreaterThan(0);
  });

  it("name the evidence: the parent of 'X, Parent' and the dateline's country", () => {
    const result = extractArticle({ id: "w", text: TEXT, published }, realGazetteer());
    const by = (t: string) => result.toponyms.find((x) => x.text === t)!;
    const lashkar = by("Lashkar Gah");
    expect(lashkar.countryCode).toBe("AF");
    const w = resolutionWeights();
    const round3 = (x: number) => Math.round(x * 1000) / 1000;
    expect(lashkar.why!.features).toMatchObject({
      parent: round3(w.parent),
      homeCountry: round3(w.homeCountry),
    });
    const kandahar = by("Kandahar").why!;
    expect(kandahar.runnerUp).toMatchObject({ countryCode: expect.any(String), score: expect.any(Number) });
    expect(kandahar.total).toBeGreaterThan(kandahar.runnerUp!.total);
    // The JSON keeps the non-zero features, rounded: they still add up to the total.
    for (const t of result.toponyms) {
      if (!t.why) continue;
      const sum = Object.values(t.why.features).reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - t.why.total)).toBeLessThan(0.01);
      for (const v of Object.values(t.why.features)) expect(v).not.toBe(0);
    }
    // A descriptive reference fixed "Afghan": nothing was scored.
    expect(by("Afghan").why).toBeUndefined();
  });
});
