import { describe, expect, it } from "vitest";
import { realGazetteer } from "../../testing/realGazetteer";
import { run } from "../../testing/runPipeline";
import { findDateline } from "./findDateline";

const events = (text: string, published = "2023-06-04") =>
  run(text, published).events.map(
    (e) => `${e.type} @ ${e.placeName} ${e.dateStart}..${e.dateEnd} ${e.dateSource}`,
  );
const country = (text: string, phrase: string) =>
  run(text).toponyms.find((t) => t.text === phrase)?.countryCode;

describe("findDateline", () => {
  const parts = (text: string) => {
    const d = findDateline(text, realGazetteer());
    return d && { place: d.place.text, parent: d.parent?.text, date: d.date?.text, agency: d.agency };
  };

  it("reads the wire forms at the top or after a headline line", () => {
    expect(parts("GOMA, Congo, May 10, 2021 — Rebels ...")).toEqual({
      place: "GOMA",
      parent: "Congo",
      date: "May 10, 2021",
      agency: undefined,
    });
    expect(parts("MOPTI, June 3 (Reuters) - Gunmen ...")).toMatchObject({ place: "MOPTI", date: "June 3" });
    expect(parts("Storm toll rises\n\nSAN SALVADOR (AP) -- Rains ...")).toMatchObject({
      place: "SAN SALVADOR",
      agency: "AP",
    });
    expect(parts("HERAT - Police said ...")).toMatchObject({ place: "HERAT" });
  });

  it("is not fooled by a headline word before a dash or a dash deep in the article", () => {
    expect(parts("BREAKING - Police said ...")).toBeUndefined();
    expect(parts("The army said - again - that ...")).toBeUndefined();
    expect(parts("One.\nTwo.\nThree.\nFour.\nHERAT, June 3 - x")).toBeUndefined();
  });
});

describe("the dateline is context, not an incident's place or date", () => {
  it("does not place an incident at the filing place or on the filing day", () => {
    // The incident's own place and weekday win over the dateline's.
    expect(
      events("MOPTI, June 3 - Gunmen attacked a village near Djenne on Thursday, residents said."),
    ).toEqual(["attack @ Djénné 2023-06-01..2023-06-01 text"]);
    // No place of its own: not mapped at the filing place.
    expect(
      events("MOPTI, June 3 (Reuters) - Gunmen killed five people on Thursday, residents said."),
    ).toEqual([]);
  });

  it("still maps the same city when the text itself says it happened there", () => {
    expect(events("Gunmen killed five people in Mopti on Thursday, residents said.")).toEqual([
      "attack @ Mopti 2023-06-01..2023-06-01 text",
    ]);
  });

  it("gives the filing country as evidence for the other names (home region)", () => {
    const text = "LONDON (Reuters) - Police closed roads near Heathrow. Floods hit Norfolk and Cambridge.";
    expect(country(text, "LONDON")).toBe("GB");
    expect(country(text, "Cambridge")).toBe("GB");
  });

  it("leaves an article without a dateline to its names", () => {
    expect(country("Police in London, Ohio, closed roads near Columbus.", "London")).toBe("US");
  });
});
