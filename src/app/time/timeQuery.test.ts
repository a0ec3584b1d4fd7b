import { describe, expect, it } from "vitest";
import { parseDay } from "../../time/days";
import { readTimeQuery, writeTimeQuery } from "./timeQuery";

describe("time query", () => {
  it("reads the day and window", () => {
    expect(readTimeQuery("?t=2016-10-15&w=week")).toEqual({
      day: parseDay("2016-10-15"),
      windowLength: "week",
    });
  });
  it("ignores what it cannot read", () => {
    expect(readTimeQuery("?t=2016-02-30&w=year")).toEqual({ day: null, windowLength: null });
    expect(readTimeQuery("")).toEqual({ day: null, windowLength: null });
  });
  it("writes the day and keeps other parameters", () => {
    expect(writeTimeQuery("?x=1", parseDay("2016-09-20"), "day")).toBe("?x=1&t=2016-09-20&w=day");
    expect(writeTimeQuery("?t=2016-09-20&w=day", null, "all")).toBe("?w=all");
  });
});
