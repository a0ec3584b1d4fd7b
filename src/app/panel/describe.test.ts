import { describe, expect, it } from "vitest";
import type { ArticleResult, EventOut } from "../../pipeline/contract";
import { casualtiesText, dateHowText, precisionText, scoreText } from "./describe";

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
