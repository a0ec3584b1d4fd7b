import { describe, expect, it } from "vitest";
import { realGazetteer } from "../testing/realGazetteer";
import { MAX_ARTICLE_CHARS } from "./cleanInput";
import { extractArticle } from "./extract";

const extract = (text: string, published: string | null = "2020-06-13") =>
  extractArticle({ id: "x", text, ...(published ? { published } : {}) }, realGazetteer());

describe("extractArticle on bad input", () => {
  it("explains empty, binary and oversized articles instead of failing", () => {
    expect(extract("   \n").error).toMatch(/empty/);
    expect(extract("\u0000\u0001\u0002PK\u0003\u0004".repeat(50)).error).toMatch(/binary/);
    expect(extract("word ".repeat(MAX_ARTICLE_CHARS / 5 + 1)).error).toMatch(/too long/);
  });

  it("explains a malformed or impossible publication date (a missing one is no error)", () => {
    expect(extract("Shelling hit Aleppo.", "2020-02-31").error).toMatch(/not a real day/);
    expect(extract("Shelling hit Aleppo.", "last Tuesday").error).toMatch(/YYYY-MM-DD/);
    expect(extract("Shelling hit Aleppo.", "0000-01-01").error).toMatch(/0001/);
    const bad = extractArticle(
      { id: "x", text: "Shelling hit Aleppo.", published: 20200613 as unknown as string },
      realGazetteer(),
    );
    expect(bad.error).toMatch(/YYYY-MM-DD/);
    for (const none of [undefined, null, "", "  "]) {
      const r = extractArticle(
        { id: "x", text: "Shelling hit Aleppo.", published: none as unknown as string },
        realGazetteer(),
      );
      expect(r.error).toBeUndefined();
      expect(r.published).toBe("");
    }
  });

  it("accepts a timestamp or a day-month-year publication date", () => {
    expect(extract("Shelling hit Aleppo.", "2016-09-20T14:05:00Z").published).toBe("2016-09-20");
    expect(extract("Shelling hit Aleppo.", "20-09-2016").published).toBe("2016-09-20");
  });

  it("turns HTML into text and keeps offsets consistent with the returned text", () => {
    const r = extract("<p>Rockets hit <b>Kabul</b> on Friday.</p><script>alert(1)</script>");
    expect(r.error).toBeUndefined();
    expect(r.text).toBe("Rockets hit Kabul on Friday.");
    for (const t of r.toponyms) expect(r.text.slice(t.start, t.end)).toBe(t.text);
    for (const d of r.dates) expect(r.text.slice(d.start, d.end)).toBe(d.text);
    expect(r.events[0]?.excerpt.text).toBe("Rockets hit Kabul on Friday.");
  });

  it("returns empty layers for an article with no places and no dates", () => {
    const r = extract("Nothing of note happened here, and nobody was there to see it.");
    expect(r.error).toBeUndefined();
    expect([r.toponyms, r.dates, r.events]).toEqual([[], [], []]);
  });
});

describe("extractArticle without a publication date", () => {
  const text =
    "Artillery shelled Mosul on 3 June 2023, killing four people. " +
    "Militants attacked a checkpoint in Kirkuk on Saturday.\n\n" +
    "Fighting erupted in Basra, witnesses said.";

  it("keeps places, absolute dates and their incidents; relative dates wait for the date", () => {
    const r = extract(text, null);
    expect(r.error).toBeUndefined();
    expect(r.published).toBe("");
    expect(r.toponyms.map((t) => t.text)).toEqual(["Mosul", "Kirkuk", "Basra"]);
    expect(r.dates.map((d) => [d.text, d.dateStart, d.dateEnd, d.precision, d.unresolved])).toEqual([
      ["on 3 June 2023", "2023-06-03", "2023-06-03", "day", undefined],
      ["on Saturday", null, null, "day", "needs-published"],
    ]);
    for (const d of r.dates) expect(r.text.slice(d.start, d.end)).toBe(d.text);
    // The absolutely dated incident is an ordinary event.
    expect(r.events.map((e) => [e.placeName, e.dateStart, e.dateEnd, e.killed])).toEqual([
      ["Mosul", "2023-06-03", "2023-06-03", 4],
    ]);
    // The others wait: one for its relative date, one for the publication date itself.
    expect(
      r.undatedEvents?.map((e) => [
        e.placeName,
        e.dateStart,
        e.dateEnd,
        e.datePrecision,
        e.dateSource,
        e.date,
      ]),
    ).toEqual([
      ["Kirkuk", null, null, null, "needs-published", 1],
      ["Basrah", null, null, null, "needs-published", null],
    ]);
  });

  it("resolves everything once the date is given (extraction run again)", () => {
    const r = extract(text, "2023-06-05");
    expect(r.undatedEvents).toBeUndefined();
    expect(r.dates.map((d) => [d.text, d.dateStart, d.unresolved])).toEqual([
      ["on 3 June 2023", "2023-06-03", undefined],
      ["on Saturday", "2023-06-03", undefined],
    ]);
    expect(r.events.map((e) => [e.placeName, e.dateStart, e.dateEnd])).toEqual([
      ["Mosul", "2023-06-03", "2023-06-03"],
      ["Kirkuk", "2023-06-03", "2023-06-03"],
      ["Basrah", "2023-06-04", "2023-06-05"],
    ]);
  });

  it("leaves every relative form unresolved, and resolves what an absolute date anchors", () => {
    const r = extract(
      "The ceasefire began in March 2021. The talks resumed the following month. " +
        "Officials met yesterday and again last week. A convoy was hit on 4 June. Fighting resumed in 2019.",
      null,
    );
    const by = Object.fromEntries(
      r.dates.map((d) => [d.text, [d.dateStart, d.dateEnd, d.unresolved ?? "ok"]]),
    );
    expect(by).toEqual({
      "March 2021": ["2021-03-01", "2021-03-31", "ok"],
      "the following month": ["2021-04-01", "2021-04-30", "ok"],
      yesterday: [null, null, "needs-published"],
      "last week": [null, null, "needs-published"],
      "on 4 June": [null, null, "needs-published"],
      "2019": ["2019-01-01", "2019-12-31", "ok"],
    });
  });

  it("takes the year of a range's other end ('from March to May 2016')", () => {
    const r = extract("Sieges lasted from March to May 2016.", null);
    expect(
      r.dates.map((d) => [d.text, d.dateStart, d.dateEnd, d.range?.dateStart, d.range?.dateEnd]),
    ).toEqual([
      ["March", "2016-03-01", "2016-03-31", "2016-03-01", "2016-05-31"],
      ["May 2016", "2016-05-01", "2016-05-31", "2016-03-01", "2016-05-31"],
    ]);
  });
});

describe("casualties in events", () => {
  it("keeps a zero and an approximation on the event", () => {
    const r = extract(
      "A rocket hit a school in Mosul on Monday; no one was hurt.\n\n" +
        "About 20 civilians were killed in the convoy attack near Kandahar on Tuesday.",
    );
    expect(r.events.map((e) => [e.placeName, e.killed, e.killedQualifier, e.wounded])).toEqual([
      ["Mosul", null, undefined, 0],
      ["Kandahār", 20, "about", null],
    ]);
  });
});

describe("HTML entities", () => {
  it("reads upper-case hex, out-of-range and surrogate references without failing", () => {
    const r = extract("<p>Rockets hit Kabul&#X2019;s edge &#99999999; &#xD800; &#0; &#39;x&#39; &bogus;</p>");
    expect(r.error).toBeUndefined();
    expect(r.text).toBe("Rockets hit Kabul’s edge \ufffd \ufffd \ufffd 'x' &bogus;");
    expect(r.toponyms.map((t) => t.text)).toEqual(["Kabul"]);
  });
});

describe("an event dated by 'since'", () => {
  it("runs from the date up to publication ('killed ... since June')", () => {
    const r = extract("Shelling has killed 340 people in Aleppo since June.");
    expect(r.events.map((e) => [e.dateStart, e.dateEnd, e.datePrecision])).toEqual([
      ["2020-06-01", "2020-06-13", "month"],
    ]);
  });
});
