/**
 * Vague spans around publication: "recently", "lately", "in recent days / weeks / months / years",
 * "over the past few weeks", "in the last several months", "in the coming days / weeks". Resolved as
 * an interval that ends (or starts) on the publication day and flagged `vague` (resolve.ts says how long).
 */
import { regexParser } from "./regexParser";

const PATTERN =
  /(?:(?:(?:in|over|during|within|throughout)\s+)?(?:(recent)|(?:the\s+)?(?:(past|last)|(coming|next))\s+(?:few|several|couple\s+of)\s*|the\s+(coming))\s*(days|weeks|months|years)|(recently|lately))(?![\p{L}])/iu;

export const recentParser = regexParser(PATTERN, (_text, m, index) => {
  const word = m[6];
  if (word) return { index, text: m[0], meta: { kind: "recent", unit: "month", dir: -1, word: true } };
  const unit = (m[5] ?? "").toLowerCase().replace(/s$/, "") as "day" | "week" | "month" | "year";
  const dir = m[3] || m[4] ? 1 : -1;
  return { index, text: m[0], meta: { kind: "recent", unit, dir } };
});
