import { describe, expect, it } from "vitest";
import { describeDay, formatDay, parseDay } from "./days";

describe("days", () => {
  it("round-trips ISO days", () => {
    for (const s of ["1970-01-01", "2016-02-29", "2016-10-15", "1999-12-31"]) {
      const d = parseDay(s);
      expect(d).not.toBeNull();
      expect(formatDay(d as number)).toBe(s);
    }
    expect(parseDay("1970-01-02")).toBe(1);
  });

  it("keeps the years 1 to 99 (the pipeline dates them; Date.UTC would read them as 1901-1999)", () => {
    for (const s of ["0001-01-01", "0050-03-01", "0099-12-31"]) {
      const d = parseDay(s);
      expect(d).not.toBeNull();
      expect(formatDay(d as number)).toBe(s);
    }
    expect((parseDay("0100-01-01") as number) - (parseDay("0099-12-31") as number)).toBe(1);
  });

  it("rejects what is not a calendar day", () => {
    for (const s of ["", "2016-13-01", "2015-02-29", "2016-10-15T00:00", "15/10/2016", "yesterday"]) {
      expect(parseDay(s)).toBeNull();
    }
  });

  it("describes a day for people", () => {
    expect(describeDay(parseDay("2016-10-15") as number)).toBe("Sat 15 Oct 2016");
  });
});
