import { describe, expect, it } from "vitest";
import type { ArticleResult, ToponymOut } from "../../pipeline/contract";
import { articleMarks } from "./articleMarks";

const text = "Officials in Oslo said fighting near Kvaløya and in Narvik on 3 May stopped.";
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
const place = (s: string, over: Partial<ToponymOut> = {}): ToponymOut =>
  ({
    ...at(s),
    name: s,
    countryCode: "NO",
    lat: 60,
    lon: 10,
    score: 0.9,
    metonymic: false,
    alternatives: [],
    ...over,
  }) as ToponymOut;

const article = {
  id: "a",
  title: "Fixture",
  text,
  published: "2020-05-04",
  toponyms: [place("Narvik"), place("Oslo", { metonymic: true })],
  unresolved: [{ ...at("Kvaløya"), reason: "no gazetteer entry" }],
  dates: [{ ...at("on 3 May"), dateStart: "2020-05-03", dateEnd: "2020-05-03", precision: "day" }],
  events: [],
} as ArticleResult;

describe("articleMarks", () => {
  it("marks resolved, metonymic and unresolved names and dates, in text order", () => {
    const marks = articleMarks(article);
    expect(marks.map((m) => [text.slice(m.start, m.end), m.kind, m.target.kind])).toEqual([
      ["Oslo", "metonymic", "place"],
      ["Kvaløya", "unresolved", "none"],
      ["Narvik", "place", "place"],
      ["on 3 May", "date", "date"],
    ]);
    expect(marks[0]?.target.label).toContain("not as a location");
    expect(marks[1]?.target.label).toContain("no gazetteer entry");
  });
  it("marks nothing in an article where nothing was recognised", () => {
    expect(articleMarks({ ...article, toponyms: [], unresolved: [], dates: [] })).toEqual([]);
  });
});
