import { describe, expect, it } from "vitest";
import { addDays, formatYmd, isoWeek, isoWeekMonday, parsePublished, ymd } from "./calendar";

describe("calendar", () => {
  it("does ISO weeks", () => {
    expect(isoWeek(ymd(2016, 10, 15))).toEqual({ year: 2016, week: 41 });
    expect(isoWeek(ymd(2010, 1, 3))).toEqual({ year: 2009, week: 53 });
    expect(formatYmd(isoWeekMonday(ymd(2016, 10, 16)))).toBe("2016-10-10");
  });
  it("adds days across months and leap years", () => {
    expect(formatYmd(addDays(ymd(2016, 2, 28), 1))).toBe("2016-02-29");
    expect(formatYmd(addDays(ymd(2016, 1, 1), -1))).toBe("2015-12-31");
  });
  it("parses publication dates", () => {
    expect(parsePublished("2016-10-15")).toEqual(ymd(2016, 10, 15));
    expect(parsePublished("2016-10-15T08:00:00Z")).toEqual(ymd(2016, 10, 15));
    expect(parsePublished("03-02-2009")).toEqual(ymd(2009, 2, 3));
    expect(parsePublished("2016-13-01")).toBeNull();
  });
});
