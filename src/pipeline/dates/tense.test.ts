import { describe, expect, it } from "vitest";
import type { Tense } from "./tense";
import { textTenseAt } from "./tenseAt";

function at(sentence: string): Tense {
  const i = sentence.indexOf("@");
  return textTenseAt(sentence.replace("@", ""))(i);
}

describe("the tense governing a date (tenseAt)", () => {
  it.each([
    ["The envoys will meet on @Friday.", "future"],
    ["They'll meet again @Friday.", "future"],
    ["The verdict is due to be read on @Friday.", "future"],
    ["The two sides agreed to meet on @Friday.", "future"],
    ["The deal may be signed on @Friday.", "future"],
    ["The talks are scheduled for @Friday.", "future"],
    ["The envoys met on @Friday.", "past"],
    ["The deal was signed on @Friday.", "past"],
    ["The deal would have been signed on @Friday.", "past"],
    ["The company announced plans @Friday to close plants.", "past"],
    ["The company has a @June 1 deadline.", null],
    ["Officials said on @Friday.", "past"],
    ["He will return. Troops withdrew on @Friday.", "past"],
    ["They agreed to meet again, on @Friday, to talk.", "future"],
    ["Officials who will attend said the blast on @Friday killed two.", "past"],
    ["It will be held in 12 days, three weeks, four months or one year time from @Friday.", null],
  ])("%s", (s, tense) => {
    expect(at(s)).toBe(tense);
  });
});
