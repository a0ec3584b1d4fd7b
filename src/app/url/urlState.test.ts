import { describe, expect, it } from "vitest";
import { NO_FILTERS, type Filters } from "../store/filterSlice";
import { parseDay } from "../../time/days";
import { readUrlState, writeUrlState } from "./urlState";

describe("URL state", () => {
  it("round-trips the window, every filter and the selected incident", () => {
    const filters: Filters = {
      ...NO_FILTERS,
      types: ["airstrike", "aid"],
      article: "report 7.txt",
      minCasualties: 4,
      precisions: ["city", "near"],
      exactOnly: true,
      mineOnly: true,
      search: "market & port",
    };
    const state = {
      day: parseDay("2019-03-04"),
      windowLength: "range-12" as const,
      filters,
      selectedKey: "r7::e2",
    };
    const search = writeUrlState("?keep=1", state);
    expect(search).toContain("keep=1");
    const back = readUrlState(search);
    expect(back.day).toBe(state.day);
    expect(back.windowLength).toBe("range-12");
    expect(back.selectedKey).toBe(state.selectedKey);
    expect({ ...NO_FILTERS, ...back.filters }).toEqual(filters);
  });

  it("writes nothing for filters that are off, and drops its own old parameters", () => {
    const search = writeUrlState("?t=2001-01-01&q=old&i=x&other=2", {
      day: null,
      windowLength: "all",
      filters: NO_FILTERS,
      selectedKey: null,
    });
    expect(search).toBe("?other=2&w=all");
  });

  it("ignores what it cannot read", () => {
    const back = readUrlState("?t=2016-02-30&w=year&type=bogus,aid&prec=far&kmin=-3&exact=yes");
    expect(back.day).toBeNull();
    expect(back.windowLength).toBeNull();
    expect(back.filters).toEqual({ types: ["aid"] });
    expect(readUrlState("").selectedKey).toBeNull();
  });

  it("reads the old window lengths", () => {
    expect(readUrlState("?w=week").windowLength).toBe("week");
  });
});
