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

describe("a capital or a country as the actor", () => {
  const eventPlaces = (text: string) => run(text).events.map((e) => `${e.type} @ ${e.countryCode}`);

  it("is never an incident's place", () => {
    expect(metonymic("Shelling intensified overnight as Moscow launched barrages.")).toEqual(["Moscow:true"]);
    expect(metonymic("Washington said the raids near Taiz were justified.")).toEqual([
      "Washington:true",
      "Taiz:false",
    ]);
    expect(eventPlaces("Shelling intensified overnight as Moscow launched barrages.")).toEqual([]);
    expect(eventPlaces("Kyiv retaliated with drone strikes on Tuesday.")).toEqual([]);
    expect(metonymic("Russia fired missiles at Kharkiv.")).toEqual(["Russia:true", "Kharkiv:false"]);
    expect(run("Russia fired missiles at Kharkiv.").events.map((e) => e.placeName)).toEqual(["Kharkiv"]);
  });

  it("keeps a capital or a country that is where something happened", () => {
    expect(eventPlaces("Shelling in Moscow damaged a bridge on Tuesday.")).toEqual(["shelling @ RU"]);
    expect(metonymic("A missile strike hit Kyiv on Tuesday.")).toEqual(["Kyiv:false"]);
    expect(eventPlaces("A missile strike hit Kyiv on Tuesday.").map((e) => e.slice(-2))).toEqual(["UA"]);
    expect(metonymic("Fighting spread across Sudan.")).toEqual(["Sudan:false"]);
  });
});
