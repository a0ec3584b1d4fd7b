/** "three days ago", "a week ago", "two months ago", "5 years ago". Vague amounts ("a few") are skipped. */
import { SMALL_NUMBER_RE, smallNumber } from "../lexicon";
import { regexParser } from "./regexParser";

const PATTERN = new RegExp(`(${SMALL_NUMBER_RE})\\s+(day|week|month|year)s?\\s+ago(?![\\p{L}])`, "iu");

export const agoParser = regexParser(PATTERN, (_text, m, index) => {
  const n = smallNumber(m[1] ?? "");
  if (n === null) return null;
  const unit = (m[2] ?? "").toLowerCase() as "day" | "week" | "month" | "year";
  return { index, text: m[0], meta: { kind: "ago", unit, n } };
});
