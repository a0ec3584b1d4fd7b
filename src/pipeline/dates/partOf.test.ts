import { describe, expect, it } from "vitest";
import { findDates } from "./findDates";

// Publication date: Saturday 15 October 2016.
const P = "2016-10-15";

/** The single date found in `text`: [text, dateStart, dateEnd, precision, vague]. */
function one(text: string): [string, string | null, string | null, string, boolean] {
  const found = findDates(text, P);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const d = found[0]!;
  return [d.text, d.dateStart, d.dateEnd, d.precision, d.vague === true];
}

describe("a named part of a month or year is the interval it names", () => {
  it.each([
    [
      "Shelling went on in the last third of August 2018.",
      "the last third of August 2018",
      "2018-08-21",
      "2018-08-31",
      "day",
    ],
    [
      "Raids peaked in the first third of March 2015.",
      "the first third of March 2015",
      "2015-03-01",
      "2015-03-10",
      "day",
    ],
    [
      "Raids peaked in the second third of March 2015.",
      "the second third of March 2015",
      "2015-03-11",
      "2015-03-20",
      "day",
    ],
    [
      "The offensive stalled in the second half of February 2012.",
      "the second half of February 2012",
      "2012-02-16",
      "2012-02-29",
      "day",
    ],
    ["Prices fell in the first half of 2015.", "the first half of 2015", "2015-01-01", "2015-06-30", "month"],
    [
      "Prices fell in the second quarter of 2015.",
      "the second quarter of 2015",
      "2015-04-01",
      "2015-06-30",
      "month",
    ],
    [
      "Prices fell in the final quarter of 2015.",
      "the final quarter of 2015",
      "2015-10-01",
      "2015-12-31",
      "month",
    ],
    ["Prices fell in the last third of 2015.", "the last third of 2015", "2015-09-01", "2015-12-31", "month"],
  ])("%s", (text, span, start, end, precision) => {
    expect(one(text)).toEqual([span, start, end, precision, false]);
  });

  it("anchors a year-less part on the publication date", () => {
    expect(one("Shelling went on in the last third of August.")).toEqual([
      "the last third of August",
      "2016-08-21",
      "2016-08-31",
      "day",
      false,
    ]);
    expect(one("The army advanced in the first half of last year.")).toEqual([
      "the first half of last year",
      "2015-01-01",
      "2015-06-30",
      "month",
      false,
    ]);
    expect(one("The army advanced in the first half of this year.")).toEqual([
      "the first half of this year",
      "2016-01-01",
      "2016-06-30",
      "month",
      false,
    ]);
    expect(one("Sales rose in the third quarter of the year.")).toEqual([
      "the third quarter of the year",
      "2016-07-01",
      "2016-09-30",
      "month",
      false,
    ]);
  });
});

describe("early / mid / late, the beginning / middle / end: the whole unit, flagged vague", () => {
  // TimeML's convention (MEANTIME's gold): the value is the whole month or year, the part a modifier.
  it.each([
    ["Fighting resumed in early June.", "early June", "2016-06-01", "2016-06-30", "month"],
    ["Fighting resumed in mid-June 2014.", "mid-June 2014", "2014-06-01", "2014-06-30", "month"],
    ["Fighting resumed in late 2015.", "late 2015", "2015-01-01", "2015-12-31", "year"],
    ["Fighting resumed at the end of last year.", "the end of last year", "2015-01-01", "2015-12-31", "year"],
    [
      "Fighting resumed at the beginning of March.",
      "the beginning of March",
      "2016-03-01",
      "2016-03-31",
      "month",
    ],
    [
      "Fighting resumed in the middle of May 2014.",
      "the middle of May 2014",
      "2014-05-01",
      "2014-05-31",
      "month",
    ],
    ["Fighting resumed at the end of 2014.", "the end of 2014", "2014-01-01", "2014-12-31", "year"],
  ])("%s", (text, span, start, end, precision) => {
    expect(one(text)).toEqual([span, start, end, precision, true]);
  });

  it("says which part in its how", () => {
    const d = findDates("Fighting resumed in early June.", P)[0]!;
    expect(d.how).toMatch(/first third/);
  });
});

describe("a day stays a day", () => {
  it.each([
    ["Troops arrived on 3 August 2016.", "on 3 August 2016", "2016-08-03"],
    ["Troops arrived on the third of August.", "third of August", "2016-08-03"],
    ["Troops arrived on the third of August 2015.", "third of August 2015", "2015-08-03"],
  ])("%s", (text, span, day) => {
    expect(one(text)).toEqual([span, day, day, "day", false]);
  });
});

describe("more parts", () => {
  it.each([
    ["Fighting resumed late last year.", "late last year", "2015-01-01", "2015-12-31", "year", true],
    ["Fighting resumed early this month.", "early this month", "2016-10-01", "2016-10-31", "month", true],
    [
      "Fighting resumed in the latter half of 2015.",
      "the latter half of 2015",
      "2015-07-01",
      "2015-12-31",
      "month",
      false,
    ],
    [
      "Fighting resumed in the first week of 2015.",
      "the first week of 2015",
      "2015-01-05",
      "2015-01-11",
      "week",
      false,
    ],
    [
      "Fighting resumed in the last week of the month.",
      "the last week of the month",
      "2016-10-24",
      "2016-10-30",
      "week",
      false,
    ],
    [
      "Fighting resumed in the last week of last year.",
      "the last week of last year",
      "2015-12-21",
      "2015-12-27",
      "week",
      false,
    ],
  ])("%s", (text, span, start, end, precision, vague) => {
    expect(one(text)).toEqual([span, start, end, precision, vague]);
  });

  it("keeps 'later this year' as it was (not a part)", () => {
    expect(one("Talks will resume later this year.")).toEqual([
      "later this year",
      "2016-01-01",
      "2016-12-31",
      "year",
      false,
    ]);
  });
});

describe("the first or last days of a month", () => {
  it.each([
    [
      "Raids went on in the first ten days of August 2015.",
      "the first ten days of August 2015",
      "2015-08-01",
      "2015-08-10",
    ],
    [
      "Raids went on in the last 5 days of February 2016.",
      "the last 5 days of February 2016",
      "2016-02-25",
      "2016-02-29",
    ],
    [
      "Raids went on in the first three days of August.",
      "the first three days of August",
      "2016-08-01",
      "2016-08-03",
    ],
  ])("%s", (text, span, start, end) => {
    expect(one(text)).toEqual([span, start, end, "day", false]);
  });

  it("leaves 'the last days of August' (no count) to the month", () => {
    expect(one("Raids went on in the last days of August.")[1]).toBe("2016-08-01");
  });
});

describe("parts in an undated article", () => {
  it("waits for the publication date when the part has no year, and not when it has one", () => {
    const found = findDates("Raids grew in the last third of August and in the first half of 2015.", "");
    expect(found.map((d) => [d.text, d.dateStart, d.dateEnd, d.unresolved ?? null])).toEqual([
      ["the last third of August", null, null, "needs-published"],
      ["the first half of 2015", "2015-01-01", "2015-06-30", null],
    ]);
  });

  it("keeps the calendar's edges: a part of the year 0001 or 9999 stays inside it", () => {
    expect(one("Raids grew in the last quarter of 9999.").slice(1, 3)).toEqual(["9999-10-01", "9999-12-31"]);
  });
});

describe("a vague part of a week", () => {
  it("is the whole week, flagged vague", () => {
    expect(one("Talks will resume early next week.")).toEqual([
      "early next week",
      "2016-10-17",
      "2016-10-23",
      "week",
      true,
    ]);
    expect(one("Talks resumed at the end of last week.")).toEqual([
      "the end of last week",
      "2016-10-03",
      "2016-10-09",
      "week",
      true,
    ]);
  });
});
