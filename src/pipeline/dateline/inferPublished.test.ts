import { describe, expect, it } from "vitest";
import { inferPublishedFromText } from "./inferPublished";

const at = (text: string) => {
  const r = inferPublishedFromText(text);
  return r && { date: r.date, source: r.source, text: text.slice(r.start, r.end) };
};

describe("inferPublishedFromText", () => {
  it("takes a dateline's date when it has a year", () => {
    expect(at("NAIROBI, Kenya, March 4, 2021 — Police said on Friday that ...")).toEqual({
      date: "2021-03-04",
      source: "dateline",
      text: "March 4, 2021",
    });
    expect(at("Floods hit the coast\n\nQUITO, 12 May 2019 (AFP) - Rivers rose ...")?.date).toBe("2019-05-12");
  });

  it("does not invent a year for a dateline without one", () => {
    expect(at("LIMA, June 3 (Reuters) - Protesters marched on Friday.")).toBeNull();
  });

  it("reads a Published or Posted line", () => {
    expect(at("Storm damage in the valley\nPublished on 7 August 2018\n\nWinds tore roofs ...")).toEqual({
      date: "2018-08-07",
      source: "published-line",
      text: "7 August 2018",
    });
    expect(at("Title\nPosted: November 30, 2015 10:42 am\nBody text.")?.date).toBe("2015-11-30");
  });

  it("falls back to a full date in the first paragraph", () => {
    expect(at("Rebels took the town of Goma on November 20, 2012, officials said.")).toEqual({
      date: "2012-11-20",
      source: "first-paragraph",
      text: "November 20, 2012",
    });
  });

  it("ignores incomplete dates and dates deep in the article", () => {
    expect(at("Rebels took the town on Tuesday.\n\nIn June, talks resumed.")).toBeNull();
    expect(at("Lead.\n\nSecond paragraph.\n\nThird, on May 5, 2010.")).toBeNull();
  });

  it("rejects impossible dates", () => {
    expect(at("ACCRA, Ghana, February 30, 2021 — x")).toBeNull();
  });
});
