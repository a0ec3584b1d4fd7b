import { describe, expect, it } from "vitest";
import { findDates } from "./findDates";

// Publication date used throughout: Saturday 15 October 2016 (ISO week 41: Mon 10 – Sun 16 Oct).
const P = "2016-10-15";

/** The single date found in `text`, as [text, dateStart, dateEnd, precision]. */
function one(text: string, published = P): [string, string | null, string | null, string] {
  const found = findDates(text, published);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const d = found[0];
  if (!d) throw new Error("no date");
  expect(text.slice(d.start, d.end)).toBe(d.text);
  return [d.text, d.dateStart, d.dateEnd, d.precision];
}

describe("explicit dates", () => {
  it.each([
    ["The accord was signed on September 20, 2016 in the capital.", "September 20, 2016", "2016-09-20"],
    ["The accord was signed on Sept. 20 in the capital.", "Sept. 20", "2016-09-20"],
    ["The accord was signed on 20 September 2016 in the capital.", "on 20 September 2016", "2016-09-20"],
    ["The accord was signed on 2016-09-20 in the capital.", "2016-09-20", "2016-09-20"],
    ["Fighting broke out on March 7 near the border.", "March 7", "2016-03-07"],
    ["A dateline in the American style: 7/8/16.", "7/8/16", "2016-07-08"],
  ])("%s", (text, span, day) => {
    expect(one(text)).toEqual([span, day, day, "day"]);
  });

  it("takes the previous year for a month-day well after publication", () => {
    expect(one("The convoy left on December 28 with supplies.", "2017-01-05")).toEqual([
      "December 28",
      "2016-12-28",
      "2016-12-28",
      "day",
    ]);
  });

  it("takes the next occurrence when the clause speaks of the future", () => {
    expect(one("The new round of talks will open on January 9.", "2016-12-20")[1]).toBe("2017-01-09");
  });

  it("reads a bare month in a date context as the whole month", () => {
    expect(one("Clashes intensified in March, residents said.")).toEqual([
      "March",
      "2016-03-01",
      "2016-03-31",
      "month",
    ]);
    expect(one("The siege has lasted since June 2015.")).toEqual([
      "June 2015",
      "2015-06-01",
      "2015-06-30",
      "month",
    ]);
  });

  it("reads years only in a date context", () => {
    expect(one("The town was retaken in 2014 by the army.")).toEqual([
      "2014",
      "2014-01-01",
      "2014-12-31",
      "year",
    ]);
    expect(one("The war has gone on since 2011.")).toEqual(["2011", "2011-01-01", "2011-12-31", "year"]);
    expect(one("Unlike 2014's talks, these ended well.")[1]).toBe("2014-01-01");
    expect(findDates("About 2014 people were evacuated from the area.", P)).toEqual([]);
    expect(findDates("The convoy carried $2015 worth of food.", P)).toEqual([]);
  });

  it("does not take a headline's year and the dateline below it as one date", () => {
    const found = findDates("Peace talks resume after 2014\nOctober 15 , 2016\nDelegates met", P);
    expect(found.map((d) => d.text)).toEqual(["2014", "October 15 , 2016"]);
  });
});

describe("weekdays", () => {
  it.each([
    ["The talks took place on Saturday.", "on Saturday", "2016-10-15"],
    ["Saturday's meeting ended without a deal.", "Saturday", "2016-10-15"],
    ["He hoped to be able to build on Saturday's meeting.", "on Saturday", "2016-10-15"],
    ["Diplomats gathered ahead of Monday's vote.", "Monday", "2016-10-17"],
    ["Officials said Thursday that the road was open.", "Thursday", "2016-10-13"],
    ["Two shells hit the market on Monday.", "on Monday", "2016-10-10"],
    ["The ministers will meet on Friday in the capital.", "on Friday", "2016-10-21"],
    ["He said the vote would be on Monday.", "on Monday", "2016-10-17"],
    ["The report is due to be published on Friday.", "on Friday", "2016-10-21"],
    ["They reached an agreement to meet again, on Friday, in the same city.", "on Friday", "2016-10-21"],
    ["The envoy arrives next Monday.", "next Monday", "2016-10-17"],
    ["The envoy arrived last Monday.", "last Monday", "2016-10-10"],
    ["Last Saturday the envoy visited the camp.", "Last Saturday", "2016-10-08"],
  ])("%s", (text, span, day) => {
    expect(one(text)).toEqual([span, day, day, "day"]);
  });

  it("does not take named days for weekdays", () => {
    expect(findDates("Markets recalled Black Monday.", P)).toEqual([]);
  });

  it("reads 'plans' as a noun when no infinitive follows", () => {
    expect(one("The company announced plans Friday to close two plants.")[1]).toBe("2016-10-14");
  });
});

describe("relative expressions", () => {
  it.each([
    ["Aid arrived today.", "today", "2016-10-15", "2016-10-15", "day"],
    ["Aid arrived yesterday.", "yesterday", "2016-10-14", "2016-10-14", "day"],
    ["More aid is expected tomorrow.", "tomorrow", "2016-10-16", "2016-10-16", "day"],
    ["The town fell three days ago.", "three days ago", "2016-10-12", "2016-10-12", "day"],
    [
      "The town fell the day before yesterday.",
      "the day before yesterday",
      "2016-10-13",
      "2016-10-13",
      "day",
    ],
    ["The town fell last week.", "last week", "2016-10-03", "2016-10-09", "week"],
    ["The town fell this week.", "this week", "2016-10-10", "2016-10-16", "week"],
    ["Talks resume next week.", "next week", "2016-10-17", "2016-10-23", "week"],
    ["Fighting flared last weekend.", "last weekend", "2016-10-08", "2016-10-09", "week"],
    ["Fighting flared this weekend.", "this weekend", "2016-10-15", "2016-10-16", "week"],
    ["Prices rose last month.", "last month", "2016-09-01", "2016-09-30", "month"],
    ["Prices rose earlier this month.", "earlier this month", "2016-10-01", "2016-10-31", "month"],
    ["Elections are planned for next month.", "next month", "2016-11-01", "2016-11-30", "month"],
    ["The deal collapsed last year.", "last year", "2015-01-01", "2015-12-31", "year"],
    ["The deal may be revived this year.", "this year", "2016-01-01", "2016-12-31", "year"],
    ["The deal may be revived next year.", "next year", "2017-01-01", "2017-12-31", "year"],
  ])("%s", (text, span, from, to, precision) => {
    expect(one(text)).toEqual([span, from, to, precision]);
  });

  it("resolves 'the previous day' against the day mentioned last", () => {
    const found = findDates("The strike came on Thursday. The previous day, a convoy was hit.", P);
    expect(found.map((d) => [d.text, d.dateStart])).toEqual([
      ["on Thursday", "2016-10-13"],
      ["The previous day", "2016-10-12"],
    ]);
  });

  it("resolves 'the same month a year ago' against the month mentioned last", () => {
    const found = findDates("Sales fell in September, compared to the same month a year ago.", P);
    expect(found.map((d) => [d.dateStart, d.dateEnd])).toEqual([
      ["2016-09-01", "2016-09-30"],
      ["2015-09-01", "2015-09-30"],
    ]);
  });

  it("finds the last week of a month", () => {
    expect(one("Sales recovered in the last week of March 2009.")).toEqual([
      "the last week of March 2009",
      "2009-03-23",
      "2009-03-29",
      "week",
    ]);
  });
});

describe("ranges", () => {
  /** [each end's words and interval], then the range's words, interval and precision. */
  const ends = (text: string) => {
    const found = findDates(text, P);
    const range = found[0]?.range;
    for (const d of found) expect(d.range).toEqual(range);
    return [
      found.map((d) => [d.text, d.dateStart, d.dateEnd]),
      range && [range.text, range.dateStart, range.dateEnd, range.precision],
    ];
  };

  it.each([
    [
      "Talks ran between May 3 and May 5 in the capital.",
      [
        ["May 3", "2016-05-03", "2016-05-03"],
        ["May 5", "2016-05-05", "2016-05-05"],
      ],
      ["between May 3 and May 5", "2016-05-03", "2016-05-05", "day"],
    ],
    [
      "Talks ran from Monday to Wednesday.",
      [
        ["Monday", "2016-10-10", "2016-10-10"],
        ["Wednesday", "2016-10-12", "2016-10-12"],
      ],
      ["from Monday to Wednesday", "2016-10-10", "2016-10-12", "day"],
    ],
    [
      "Output fell between April and June.",
      [
        ["April", "2016-04-01", "2016-04-30"],
        ["June", "2016-06-01", "2016-06-30"],
      ],
      ["between April and June", "2016-04-01", "2016-06-30", "month"],
    ],
    [
      "The plan covers 2009-2011.",
      [
        ["2009", "2009-01-01", "2009-12-31"],
        ["2011", "2011-01-01", "2011-12-31"],
      ],
      ["2009-2011", "2009-01-01", "2011-12-31", "year"],
    ],
    [
      "Deliveries run from 2009 to 2011.",
      [
        ["2009", "2009-01-01", "2009-12-31"],
        ["2011", "2011-01-01", "2011-12-31"],
      ],
      ["from 2009 to 2011", "2009-01-01", "2011-12-31", "year"],
    ],
    [
      "Output fell between September and October of 2007.",
      [
        ["September", "2007-09-01", "2007-09-30"],
        ["October of 2007", "2007-10-01", "2007-10-31"],
      ],
      ["between September and October of 2007", "2007-09-01", "2007-10-31", "month"],
    ],
  ])("each end of %s is a date, and both carry the range", (text, each, range) => {
    expect(ends(text)).toEqual([each, range]);
  });

  it("keeps one expression's day range one date ('May 3-5')", () => {
    expect(findDates("Talks ran May 3-5 in the capital.", P)).toMatchObject([
      { text: "May 3-5", dateStart: "2016-05-03", dateEnd: "2016-05-05", precision: "day" },
    ]);
    expect(findDates("Talks ran May 3-5 in the capital.", P)[0]?.range).toBeUndefined();
  });

  it("links no two dates that the text does not make a range ('in 2009 and 2011')", () => {
    const found = findDates("Elections were held in 2009 and 2011.", P);
    expect(found.map((d) => [d.text, d.range])).toEqual([
      ["2009", undefined],
      ["2011", undefined],
    ]);
  });
});

describe("the dates layer", () => {
  it("carries day numbers, the anchor and the range's day numbers", () => {
    const [a, b] = findDates("Output fell between April and June.", P);
    expect(a).toMatchObject({ days: { start: 16892, end: 16921 }, anchor: "published-year" });
    expect(b?.rangeDays).toEqual({ start: 16892, end: 16982 });
    expect(findDates("Raids hit on 3 June 2015.", P)[0]).toMatchObject({ anchor: "none" });
    expect(findDates("Raids hit on Saturday.", P)[0]).toMatchObject({ anchor: "published" });
    const [, same] = findDates("Raids hit on 3 June 2015. The same day, talks failed.", P);
    expect(same).toMatchObject({
      anchor: "antecedent",
      antecedent: "on 3 June 2015",
      days: { start: 16589 },
    });
  });

  it("has no day numbers while a date waits for the publication date", () => {
    expect(findDates("Raids hit on Saturday.", "")[0]).toMatchObject({ days: null, anchor: "published" });
  });
});

describe("not dates", () => {
  it.each([
    "Theresa May said the plan was sound.",
    "It may rain in the north.",
    "They held a one-hour meeting.",
    "He served 5-1/2 years in prison.",
    "Thousands joined a march on the capital.",
    "The ceasefire held for two weeks.",
    "Shops are open 24/7 in the old town.",
    "The meeting starts at 3 p.m. sharp.",
    "March organisers expect thousands.",
    "Fighting has gone on for years.",
    "Music of the late 1980's is back.",
  ])("%s", (text) => {
    expect(findDates(text, P)).toEqual([]);
  });
});

describe("output", () => {
  it("is sorted, non-overlapping and explained", () => {
    const text = "On Saturday, 20 years after the war began in 1996, leaders met; next week they meet again.";
    const found = findDates(text, P);
    for (let i = 1; i < found.length; i++)
      expect(found[i]?.start).toBeGreaterThanOrEqual(found[i - 1]?.end ?? 0);
    for (const d of found) expect(d.how).toMatch(/→/);
    expect(found.map((d) => d.text)).toEqual(["On Saturday", "1996", "next week"]);
  });

  it("explains a weekday with the rule that chose it", () => {
    expect(findDates("Talks were held on Saturday.", P)[0]?.how).toBe(
      "on Saturday → Sat 15 Oct 2016 (the last Saturday on or before publication)",
    );
  });

  it("rejects an unreadable publication date", () => {
    expect(() => findDates("today", "soon")).toThrow();
  });
});

describe("since the start of a period", () => {
  it.each([
    ["Prices have fallen since the start of this year.", "the start of this year", "2016-01-01"],
    ["Prices have fallen since the beginning of the month.", "the beginning of the month", "2016-10-01"],
    ["Prices have fallen since the start of last year.", "the start of last year", "2015-01-01"],
  ])("%s is the period's first day", (text, span, day) => {
    expect(one(text)).toEqual([span, day, day, "day"]);
  });

  it("leaves 'at the start of this year' the whole year", () => {
    expect(one("Prices fell at the start of this year.")).toEqual([
      "the start of this year",
      "2016-01-01",
      "2016-12-31",
      "year",
    ]);
  });
});

describe("since a date: from it up to publication", () => {
  it.each([
    [
      "Shelling has killed 30 since Wednesday.",
      "Wednesday",
      "2016-10-12",
      "since Wednesday",
      "2016-10-12",
      "day",
    ],
    ["Clashes have killed 340 since June.", "June", "2016-06-01", "since June", "2016-06-01", "month"],
    [
      "The toll rose to 184 since late April 2016.",
      "late April 2016",
      "2016-04-01",
      "since late April 2016",
      "2016-04-01",
      "month",
    ],
    [
      "Clashes have killed 340 since the 19th of April 2016.",
      "19th of April 2016",
      "2016-04-19",
      "since the 19th of April 2016",
      "2016-04-19",
      "day",
    ],
  ])("%s", (text, words, from, rangeWords, rangeFrom, precision) => {
    const [d] = findDates(text, P);
    expect([d?.text, d?.dateStart]).toEqual([words, from]);
    expect(d?.range).toMatchObject({ text: rangeWords, dateStart: rangeFrom, dateEnd: P, precision });
  });

  it("leaves a date without 'since' alone ('on Wednesday', 'in June')", () => {
    expect(findDates("Shelling killed 30 on Wednesday.", P)[0]?.range).toBeUndefined();
    expect(findDates("Clashes killed 340 in June.", P)[0]?.range).toBeUndefined();
  });

  it("stays the date it names in an undated article (nothing to run up to)", () => {
    const [d] = findDates("The toll rose since June 2014.", "");
    expect(d).toMatchObject({ dateStart: "2014-06-01", dateEnd: "2014-06-30" });
    expect(d?.range).toBeUndefined();
  });
});
