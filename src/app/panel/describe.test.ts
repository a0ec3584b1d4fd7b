import { describe, expect, it } from "vitest";
import type { ArticleResult, EventOut } from "../../pipeline/contract";
import {
  casualtiesText,
  dateHowText,
  featureLabel,
  precisionText,
  scoreText,
  signed,
  whyPlace,
} from "./describe";
import type { ToponymOut } from "../../pipeline/contract";

const article = {
  toponyms: [{ name: "Aleppo" }],
  dates: [{ text: "on Monday", precision: "day", how: "Monday -> Mon 19 Sep 2016" }],
} as unknown as ArticleResult;

const event = (over: Partial<EventOut>): EventOut =>
  ({
    precision: "city",
    placeName: "Aleppo",
    toponym: 0,
    date: 0,
    dateSource: "text",
    killed: null,
    wounded: null,
    ...over,
  }) as EventOut;

describe("describe", () => {
  it("names the precision", () => {
    expect(precisionText(event({ precision: "near" }), article)).toMatch(/^near Aleppo/);
    expect(precisionText(event({ precision: "country" }), article)).toMatch(/^whole country/);
    expect(precisionText(event({ precision: "city" }), article)).toBe("city");
  });
  it("says how far and which way from its town an incident on a named side of it was put", () => {
    const town = { toponyms: [{ name: "Karmel", lat: 36, lon: 37 }], dates: [] } as unknown as ArticleResult;
    const kmPerLon = 111.2 * Math.cos((36 * Math.PI) / 180);
    const east = event({ precision: "near", lat: 36, lon: 37 + 25 / kmPerLon });
    expect(precisionText(east, town)).toBe("near Karmel: about 25 km east of it");
    const southWest = event({ precision: "near", lat: 36 - 17.7 / 111.2, lon: 37 - 17.7 / kmPerLon });
    expect(precisionText(southWest, town)).toBe("near Karmel: about 25 km south-west of it");
    // At the town's own point: no direction to give.
    expect(precisionText(event({ precision: "near", lat: 36, lon: 37 }), town)).toBe(
      "near Karmel (somewhere around it)",
    );
  });
  it("says how the date was found", () => {
    expect(dateHowText(event({}), article)).toBe("“on Monday”: Monday -> Mon 19 Sep 2016");
    expect(dateHowText(event({ dateSource: "published", date: null }), article)).toMatch(/^publication date/);
  });
  it("reports casualties only where reported", () => {
    expect(casualtiesText(event({}))).toBe("none reported");
    expect(casualtiesText(event({ killed: 0 }))).toBe("0 killed");
    expect(casualtiesText(event({ killed: 140, wounded: 600 }))).toBe("140 killed, 600 wounded");
  });
  it("formats scores", () => {
    expect(scoreText(0.9312)).toBe("0.93");
    expect(scoreText(undefined)).toBe("—");
  });
});

describe("whyPlace", () => {
  const toponym = (why: unknown) => ({ name: "X", why }) as unknown as ToponymOut;
  it("puts the largest contributions first, with readable labels, and names the runner-up", () => {
    const why = whyPlace(
      toponym({
        features: { prior: 6.04, parent: 6, ownName: 1.5, countryContext: 5, near: -2.5, listKind: 0 },
        total: 16.04,
        runnerUp: { name: "Y Region", countryCode: "ML", score: 0.18, total: 14.5, features: { prior: 6 } },
      }),
      3,
    )!;
    expect(why.features.map((f) => f.name)).toEqual(["prior", "parent", "countryContext"]);
    expect(why.features[0]!.label).toBe("kind and population");
    expect(why.total).toBe(16.04);
    expect(why.runnerUp).toEqual({ name: "Y Region", countryCode: "ML", score: 0.18, total: 14.5 });
  });
  it("reads features it does not know (a fitted model's), and skips what is not a number", () => {
    const why = whyPlace(toponym({ features: { logPopulationBin: -0.7, bad: "x", nan: NaN }, total: 2 }))!;
    expect(why.features).toEqual([{ name: "logPopulationBin", label: "log population bin", value: -0.7 }]);
    expect(why.runnerUp).toBeNull();
    expect(whyPlace(toponym(undefined))).toBeNull();
    expect(whyPlace(toponym({ features: {}, total: 0 }))).toBeNull();
    expect(featureLabel("home_admin1")).toBe("home admin1");
    expect(signed(-1.5)).toBe("−1.50");
    expect(signed(2)).toBe("+2.00");
  });
});
