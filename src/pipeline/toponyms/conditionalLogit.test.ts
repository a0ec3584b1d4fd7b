import { describe, expect, it } from "vitest";
import { fitConditionalLogit, type ChoiceInstance } from "./conditionalLogit";

describe("conditional logit fit", () => {
  // Two features: the first marks the right alternative 80% of the time, the second is noise.
  const instances: ChoiceInstance[] = Array.from({ length: 200 }, (_, i) => {
    const right = i % 5 !== 0;
    const noise = (i * 7) % 3;
    return {
      x: [
        [right ? 1 : 0, noise],
        [right ? 0 : 1, 2 - noise],
      ],
      y: [0],
    };
  });

  it("recovers the log-odds of an informative feature and leaves noise near its prior", () => {
    const r = fitConditionalLogit(instances, [0, 0], { lambda: 1e-6, prior: [0, 0] });
    // P(right) = 0.8 from a difference of one unit of feature 0: w0 = log(0.8 / 0.2).
    expect(r.weights[0]).toBeCloseTo(Math.log(4), 2);
    expect(Math.abs(r.weights[1]!)).toBeLessThan(0.05);
    expect(r.meanLogLik).toBeLessThan(0);
  });

  it("does not choose between alternatives that are both right", () => {
    // Alternatives 0 and 1 are both right; feature 0 tells them apart, feature 1 marks the right set.
    const x = [
      [1, 1],
      [-1, 1],
      [0, 0],
    ];
    const both = Array.from({ length: 50 }, (): ChoiceInstance => ({ x, y: [0, 1] }));
    const r = fitConditionalLogit(both, [0, 0], { lambda: 1, prior: [0, 0] });
    expect(Math.abs(r.weights[0]!)).toBeLessThan(1e-6);
    expect(r.weights[1]).toBeGreaterThan(1);
    // Had alternative 0 alone been right, feature 0 would have learnt to prefer it.
    const one = Array.from({ length: 50 }, (): ChoiceInstance => ({ x, y: [0] }));
    expect(fitConditionalLogit(one, [0, 0], { lambda: 1, prior: [0, 0] }).weights[0]).toBeGreaterThan(1);
  });

  it("pulls toward the prior as the penalty grows, and is deterministic", () => {
    const weak = fitConditionalLogit(instances, [0, 0], { lambda: 1, prior: [3, 0] });
    const strong = fitConditionalLogit(instances, [0, 0], { lambda: 1e4, prior: [3, 0] });
    expect(Math.abs(strong.weights[0]! - 3)).toBeLessThan(Math.abs(weak.weights[0]! - 3));
    expect(fitConditionalLogit(instances, [0, 0], { lambda: 1, prior: [3, 0] })).toEqual(weak);
  });
});
