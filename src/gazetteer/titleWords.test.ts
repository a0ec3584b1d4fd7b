import { describe, expect, it } from "vitest";
import { titleWordVariant } from "./titleWords";

describe("titleWordVariant", () => {
  it("abbreviates and expands a leading title word", () => {
    expect(titleWordVariant("mount pleasant")).toBe("mt pleasant");
    expect(titleWordVariant("mt pleasant")).toBe("mount pleasant");
    expect(titleWordVariant("saint marys")).toBe("st marys");
    expect(titleWordVariant("ft worth")).toBe("fort worth");
    expect(titleWordVariant("sainte genevieve")).toBe("ste genevieve");
  });

  it("leaves other names alone", () => {
    expect(titleWordVariant("mount")).toBeUndefined();
    expect(titleWordVariant("fortuna bay")).toBeUndefined();
    expect(titleWordVariant("new london")).toBeUndefined();
  });
});
