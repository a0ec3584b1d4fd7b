import { describe, expect, it } from "vitest";
import { tenseBefore } from "./tense";

function at(sentence: string): ReturnType<typeof tenseBefore> {
  const i = sentence.indexOf("@");
  return tenseBefore(sentence.replace("@", ""), i);
}

describe("tenseBefore", () => {
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
  ])("%s", (s, tense) => {
    expect(at(s)).toBe(tense);
  });
});
