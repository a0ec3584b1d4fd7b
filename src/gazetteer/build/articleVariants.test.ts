import { describe, expect, it } from "vitest";
import { ARABIC_SPEAKING, articleVariants, regionArticleVariants } from "./articleVariants";

describe("articleVariants", () => {
  it("gives a name with an Arabic article its bare and 'al' spellings", () => {
    expect(articleVariants("al anbar")).toEqual(["anbar"]);
    expect(articleVariants("ash shihr")).toEqual(["shihr", "al shihr"]);
    expect(articleVariants("ash shihr", false)).toEqual(["al shihr"]);
  });

  it("keeps a short bare name whole and leaves a name without article alone", () => {
    expect(articleVariants("al bab")).toEqual([]);
    expect(articleVariants("el oued")).toEqual(["al oued"]);
    expect(articleVariants("mosul")).toEqual([]);
    expect(articleVariants("bab al hawa")).toEqual([]);
  });

  it("gives a first-level region's name without article the 'al' spelling too", () => {
    expect(regionArticleVariants("quneitra")).toEqual(["al quneitra"]);
    expect(regionArticleVariants("al anbar")).toEqual(["anbar"]);
    // Negative: a town's name without article gets none.
    expect(articleVariants("quneitra")).toEqual([]);
  });

  it("applies to Arabic-speaking countries only", () => {
    expect(ARABIC_SPEAKING.has("IQ")).toBe(true);
    expect(ARABIC_SPEAKING.has("US")).toBe(false);
    expect(ARABIC_SPEAKING.has("SV")).toBe(false);
  });
});
