import { describe, expect, it } from "vitest";
import { run } from "../../testing/runPipeline";

const metonymic = (text: string) => run(text).toponyms.map((t) => `${t.text}:${t.metonymic}`);

describe("metonymy", () => {
  it("marks a capital standing for its government", () => {
    expect(metonymic("Beijing said the tariffs were unfair.")).toEqual(["Beijing:true"]);
    expect(metonymic("Analysts doubt Tokyo's commitment to the plan.")).toEqual(["Tokyo:true"]);
    expect(metonymic("The EU imposed sanctions on Ottawa over the dispute.")).toEqual(["Ottawa:true"]);
  });

  it("leaves a capital used as a place alone", () => {
    expect(metonymic("A bomb exploded in Nairobi on Monday.")).toEqual(["Nairobi:false"]);
  });
});
