import { describe, expect, it } from "vitest";
import { run } from "../../testing/runPipeline";
import { realGazetteer } from "../../testing/realGazetteer";
import { extractArticle } from "../extract";
import { runStages } from "../runStages";
import { initialState } from "../state";
import { eventOut, layersOf } from "./eventRecord";

const PUBLISHED = "2020-06-13";

function stateOf(text: string) {
  return runStages({ text, published: PUBLISHED, gazetteer: realGazetteer() }, initialState());
}

describe("the events layer points at its trigger, mention and date", () => {
  it("reads the place, the interval and the trigger through the pointers", () => {
    const text = "Airstrikes hit a market in Mosul on Thursday, killing 12 people.";
    const state = stateOf(text);
    const [e] = state.events;
    expect(state.triggers[e!.trigger]!.text).toBe("Airstrikes");
    expect(state.mentions[e!.mention]!.text).toBe("Mosul");
    expect(state.dates[e!.date!]!.text).toBe("on Thursday");
    const out = eventOut(e!, layersOf(state, PUBLISHED));
    expect([out.type, out.placeName, out.dateStart, out.dateEnd, out.toponym, out.date]).toEqual([
      "airstrike",
      "Mosul",
      "2020-06-11",
      "2020-06-11",
      e!.mention,
      e!.date,
    ]);
    expect(out).toEqual(extractArticle({ id: "t", text, published: PUBLISHED }, realGazetteer()).events[0]);
  });

  it("dates an event with no date of its own from the publication day and the day before", () => {
    const state = stateOf("Shelling hit Kirkuk.");
    const [e] = state.events;
    expect(e!.date).toBeNull();
    const out = eventOut(e!, layersOf(state, PUBLISHED));
    expect([out.dateStart, out.dateEnd, out.dateSource]).toEqual(["2020-06-12", PUBLISHED, "published"]);
  });

  it("keeps only the side point it adds, beside its mention's place", () => {
    const state = stateOf("Shelling hit villages north of Kirkuk.");
    const [e] = state.events;
    const place = state.mentions[e!.mention]!.chosen!.place;
    expect(e!.point).not.toBeNull();
    expect(e!.point!.lat).toBeGreaterThan(place.lat);
    expect(run("Shelling hit villages north of Kirkuk.").events[0]!.lat).toBe(e!.point!.lat);
  });
});
