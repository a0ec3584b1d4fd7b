/**
 * Dates at the edges: the calendar's first and last years, both ends of a range, vague spans.
 * Every interval is ISO (YYYY-MM-DD, years 0001-9999) and never inverted.
 */
import { describe, expect, it } from "vitest";
import { addDays, daysInMonth, diffDays, formatYmd, weekdayOf, ymd } from "./calendar";
import { findDates } from "./findDates";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function dates(text: string, published: string) {
  const found = findDates(text, published);
  for (const d of found) {
    expect(text.slice(d.start, d.end)).toBe(d.text);
    for (const x of [d.dateStart, d.dateEnd]) {
      expect(x).toMatch(ISO);
      expect(x! >= "0001-01-01" && x! <= "9999-12-31", `${x} in ${d.text}`).toBe(true);
    }
    expect(d.dateStart! <= d.dateEnd!).toBe(true);
  }
  return found.map((d) => [d.text, d.dateStart, d.dateEnd]);
}

/** Each found date's range: its words and interval (undefined for a date outside a range). */
function ranges(text: string, published: string) {
  return findDates(text, published).map((d) => d.range && [d.range.text, d.range.dateStart, d.range.dateEnd]);
}

describe("calendar arithmetic in the first centuries", () => {
  it("counts days and weekdays in years 1-99 (not as 1901-1999)", () => {
    expect(weekdayOf(ymd(1, 1, 1))).toBe(1); // a Monday in the proleptic Gregorian calendar
    expect(formatYmd(addDays(ymd(1, 1, 1), -0))).toBe("0001-01-01");
    expect(formatYmd(addDays(ymd(1, 12, 31), 1))).toBe("0002-01-01");
    expect(diffDays(ymd(100, 1, 1), ymd(99, 12, 31))).toBe(1);
    expect(diffDays(ymd(2, 1, 1), ymd(1, 1, 1))).toBe(365);
    expect(daysInMonth(100, 2)).toBe(28);
    expect(daysInMonth(4, 2)).toBe(29);
    expect(weekdayOf(ymd(50, 3, 3))).toBe(weekdayOf(addDays(ymd(50, 3, 10), -7)));
  });
});

describe("relative dates at the calendar's edges stay inside years 0001-9999", () => {
  it.each([
    ["It happened last year.", "0001-01-01"],
    ["It happened yesterday.", "0001-01-01"],
    ["It happened last week.", "0001-01-01"],
    ["It happened last month.", "0001-01-15"],
    ["It will happen next month.", "9999-12-31"],
    ["It will happen tomorrow.", "9999-12-31"],
    ["It will happen next year.", "9999-12-31"],
    ["It will happen next week.", "9999-12-28"],
  ])("%s (published %s) gives no date outside the calendar", (text, published) => {
    expect(dates(text, published)).toEqual([]);
  });

  it("resolves what lies inside", () => {
    expect(dates("It happened on Saturday.", "0001-01-08")).toEqual([
      ["on Saturday", "0001-01-06", "0001-01-06"],
    ]);
    expect(dates("It happened yesterday.", "0001-01-02")).toEqual([
      ["yesterday", "0001-01-01", "0001-01-01"],
    ]);
    expect(dates("It happened last year.", "0099-06-01")).toEqual([
      ["last year", "0098-01-01", "0098-12-31"],
    ]);
    expect(dates("It will happen in January.", "9999-12-31")).toEqual([
      ["January", "9999-01-01", "9999-01-31"],
    ]);
    expect(dates("It happened in December.", "0001-01-03")).toEqual([
      ["December", "0001-12-01", "0001-12-31"],
    ]);
    expect(dates("It happened on 31 December 9999.", "2016-10-15")).toEqual([
      ["on 31 December 9999", "9999-12-31", "9999-12-31"],
    ]);
  });

  it("clips a week that straddles the calendar's start", () => {
    // 0001-01-01 is a Monday: "the weekend" before it is 0000-12-30/31, outside; this week is inside.
    expect(dates("It happened this week.", "0001-01-03")).toEqual([
      ["this week", "0001-01-01", "0001-01-07"],
    ]);
  });

  it("reads no year past 9999", () => {
    expect(dates("It will happen in 10000.", "2016-10-15")).toEqual([]);
    expect(dates("Dated 10000-01-01 on the stone.", "2016-10-15")).toEqual([]);
  });
});

describe("both ends of a range", () => {
  it.each([
    ["Raids between 3 and 5 June killed dozens.", "between 3 and 5 June", "2016-06-03", "2016-06-05"],
    ["Raids between June 3 and 5 killed dozens.", "between June 3 and 5", "2016-06-03", "2016-06-05"],
    [
      "Raids between 3 and 5 June 2014 killed dozens.",
      "between 3 and 5 June 2014",
      "2014-06-03",
      "2014-06-05",
    ],
    ["Raids from 3 to 5 June killed dozens.", "3 to 5 June", "2016-06-03", "2016-06-05"],
  ])("%s", (text, span, from, to) => {
    expect(dates(text, "2016-10-15")).toEqual([[span, from, to]]);
  });

  it.each([
    [
      "Sieges lasted from March to May 2016.",
      [
        ["March", "2016-03-01", "2016-03-31"],
        ["May 2016", "2016-05-01", "2016-05-31"],
      ],
      ["from March to May 2016", "2016-03-01", "2016-05-31"],
    ],
    [
      "Talks ran from 28 December to 2 January.",
      [
        ["28 December", "2015-12-28", "2015-12-28"],
        ["2 January", "2016-01-02", "2016-01-02"],
      ],
      ["from 28 December to 2 January", "2015-12-28", "2016-01-02"],
    ],
  ])("%s: each end, and the range on both", (text, each, range) => {
    expect(dates(text, "2016-10-15")).toEqual(each);
    expect(ranges(text, "2016-10-15")).toEqual([range, range]);
  });

  it("does not make a range of a count and a date", () => {
    expect(dates("Between 3 and 5 people died on 5 June.", "2016-10-15")).toEqual([
      ["on 5 June", "2016-06-05", "2016-06-05"],
    ]);
  });
});

describe("vague expressions are spans flagged vague", () => {
  it.each([
    ["Raids have grown in recent months.", "in recent months", "2016-07-15", "2016-10-15"],
    ["Raids have grown in recent weeks.", "in recent weeks", "2016-09-17", "2016-10-15"],
    ["Raids have grown in recent days.", "in recent days", "2016-10-08", "2016-10-15"],
    ["Raids recently grew.", "recently", "2016-09-15", "2016-10-15"],
    ["Raids grew over the past few weeks.", "over the past few weeks", "2016-09-17", "2016-10-15"],
    ["Raids will grow in the coming weeks.", "in the coming weeks", "2016-10-15", "2016-11-12"],
  ])("%s", (text, span, from, to) => {
    const found = findDates(text, "2016-10-15");
    expect(found.map((d) => [d.text, d.dateStart, d.dateEnd, d.vague])).toEqual([[span, from, to, true]]);
  });

  it("leaves exact dates unflagged", () => {
    expect(findDates("Raids grew on 3 June.", "2016-10-15")[0]?.vague).toBeUndefined();
  });

  it("waits for the publication date in an undated article", () => {
    expect(findDates("Raids have grown in recent months.", "")).toMatchObject([
      {
        text: "in recent months",
        dateStart: null,
        dateEnd: null,
        vague: true,
        unresolved: "needs-published",
      },
    ]);
  });
});

describe("a range whose two ends both guess their year", () => {
  it("keeps them in one range, ending in the last end's year", () => {
    expect(ranges("Sieges lasted from March to May.", "1970-01-01")).toEqual([
      ["from March to May", "1969-03-01", "1969-05-31"],
      ["from March to May", "1969-03-01", "1969-05-31"],
    ]);
  });
});
