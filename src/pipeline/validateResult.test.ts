import { describe, expect, it } from "vitest";
import { realGazetteer } from "../testing/realGazetteer";
import type { ArticleResult } from "./contract";
import { extractArticle } from "./extract";
import { isIsoDay, validateResult } from "./validateResult";

const good = (): ArticleResult =>
  extractArticle(
    { id: "v", text: "Airstrikes hit Mosul on Saturday, killing about 20 people.", published: "2023-06-05" },
    realGazetteer(),
  );

describe("validateResult", () => {
  it("accepts a real result", () => {
    const r = good();
    expect(r.events).toHaveLength(1);
    expect(validateResult(r)).toEqual([]);
  });

  it.each<[string, (r: ArticleResult) => void, RegExp]>([
    ["a span past the text", (r) => (r.toponyms[0]!.end = r.text.length + 1), /toponyms\[0\]: offsets/],
    ["words that are not the slice", (r) => (r.dates[0]!.text = "Sunday"), /dates\[0\]: text.slice/],
    ["an inverted interval", (r) => (r.events[0]!.dateStart = "2023-06-09"), /events\[0\]: inverted/],
    ["a non-ISO day", (r) => (r.dates[0]!.dateEnd = "10000-01-01"), /dates\[0\]: not ISO/],
    ["year 0000", (r) => (r.dates[0]!.dateStart = "0000-12-31"), /dates\[0\]: not ISO/],
    ["a latitude out of range", (r) => (r.toponyms[0]!.lat = 91), /lat 91/],
    ["an unknown event type", (r) => ((r.events[0] as { type: string }).type = "riot"), /type riot/],
    ["a negative count", (r) => (r.events[0]!.killed = -1), /killed -1/],
    ["a dangling date index", (r) => (r.events[0]!.date = 7), /date index 7/],
    [
      "an unresolved date in a dated article",
      (r) => (r.dates[0]!.unresolved = "needs-published"),
      /dates\[0\]/,
    ],
  ])("reports %s", (_what, breakIt, message) => {
    const r = good();
    breakIt(r);
    expect(validateResult(r).join("\n")).toMatch(message);
  });

  it("knows real days", () => {
    expect(["0001-01-01", "9999-12-31", "2016-02-29"].every(isIsoDay)).toBe(true);
    expect(["0000-01-01", "2015-02-29", "2016-13-01", "16-01-01", "10000-01-01"].some(isIsoDay)).toBe(false);
  });
});
