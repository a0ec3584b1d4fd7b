import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import { CHRONO_STRICT, chronoDateParsers } from "./chronoInstance";

describe("chrono's strict parsers by position", () => {
  it("names them as chrono does (the table is read by position)", () => {
    expect(chrono.strict.clone().parsers.map((p) => p.constructor.name)).toEqual(
      CHRONO_STRICT.map((p) => p.name),
    );
  });

  it("keeps those that can yield a date and drops the rest", () => {
    expect(chronoDateParsers().map((p) => p.constructor.name)).toEqual(
      CHRONO_STRICT.filter((p) => p.gate !== "drop").map((p) => p.name),
    );
  });
});
