import { describe, expect, it } from "vitest";
import { run } from "../../testing/runPipeline";

const places = (text: string) =>
  run(text, "2022-03-15").events.map((e) => `${e.placeName}, ${e.countryCode} (${e.precision})`);

describe("an incident in a chain of containers ('the X area of Y district, Z governorate')", () => {
  it("takes the smallest place of the chain the gazetteer holds", () => {
    expect(places("Shelling hit the Bilozerka area of Kherson district, Kherson oblast, on Monday.")).toEqual(
      ["Bilozerka, UA (city)"],
    );
    // Negative: two places joined by "and" are two sites, not a chain.
    expect(places("Shelling hit Bilozerka and Mykolaiv on Monday.")).toHaveLength(2);
  });

  it("takes the smallest container, at the container's precision, when X is not in the gazetteer", () => {
    // "Qarya Zindo" is in no gazetteer: the district (named for its seat town) is the smallest container.
    expect(
      places(
        "Gunmen attacked the Qarya Zindo area of Tuz Khurmatu district, Saladin governorate, on Monday.",
      ),
    ).toEqual(["Ţūz Khūrmātū, IQ (region)"]);
    // Negative: the town itself named as the site keeps the town's precision.
    expect(places("Gunmen attacked Tuz Khurmatu on Monday.")).toEqual(["Ţūz Khūrmātū, IQ (city)"]);
  });

  it("moves up the chain when the name's only referents lie outside its container", () => {
    // The gazetteer's "Chora"s are Greek: not the district of an Afghan province.
    expect(places("Gunmen attacked a checkpoint in Chora district, Urozgan province, on Monday.")).toEqual([
      "Urozgan, AF (region)",
    ]);
    // Negative: with no container named, the name keeps its referent.
    // (which of the Greek places named Chora is the resolution model's choice, not this test's)
    expect(places("Gunmen attacked a checkpoint in Chora on Monday.")).toEqual([
      expect.stringMatching(/, GR \(city\)$/),
    ]);
  });
});
