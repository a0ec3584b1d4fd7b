/**
 * A county or province named in an article about its own country is that country's, not a US town
 * of the same name: the gazetteer must hold the region (at a point inside it) for resolution to
 * choose it, and the article's other places must carry the choice.
 */
import { describe, expect, it } from "vitest";
import { run } from "../../testing/runPipeline";

describe("regions of the article's own country", () => {
  it("a British county in a British article is Britain's", () => {
    const r = run(
      "LONDON — Flooding hit Norfolk on Tuesday and roads in Kent were closed, the British government said. " +
        "Police in Manchester and Leeds reported two deaths.",
    );
    for (const name of ["Norfolk", "Kent"]) {
      const t = r.toponyms.find((x) => x.text === name);
      expect(t?.countryCode, name).toBe("GB");
    }
  });

  it("the same name in an American article stays American (negative case)", () => {
    const r = run(
      "NORFOLK, Va. — The Navy said two sailors were hurt at the base in Norfolk, Virginia, on Tuesday.",
    );
    const t = r.toponyms.find((x) => x.text === "Norfolk" && x.start > 10);
    expect(t?.countryCode).toBe("US");
  });
});
