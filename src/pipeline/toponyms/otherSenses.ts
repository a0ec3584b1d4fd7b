/**
 * Names that an article uses for something other than a place, in every mention: a disease named
 * after a small place ("Marburg virus ... Marburg kills"), a vehicle ("a 1992 Toyota ... the
 * Toyota"), a president's administration ("the Obama administration"). Big places keep their
 * sense ("Hong Kong flu"), and so do capitals and regions ("the 2008 Beijing Olympics"): their
 * names mean the place far more often.
 */
import type { Place } from "../../gazetteer/types";
import type { Tokens } from "../tokens";
import { TokenFlag } from "../tokens";
import type { NameSpan } from "./nameSpans";

export const DISEASE_AFTER =
  /^[\s-]+(?:virus|viruses|ebolavirus|fever|flu|influenza|strain|disease|syndrome|hemorrhagic|haemorrhagic)\b/i;
const ADMINISTRATION_AFTER = /^\s+administrations?\b/;
/** Words before "a 1992 X" that make the year a date, not a model year ("in 2008 X voted"). */
const DATE_PREPOSITIONS = new Set([
  "in",
  "since",
  "by",
  "until",
  "of",
  "during",
  "from",
  "after",
  "before",
  "for",
]);

const isCapitalOrRegion = (p: Place) =>
  (p.kind !== "city" && p.kind !== "admin2") || p.featureCode === "PPLC" || p.featureCode === "PPLA";

function isYearBefore(text: string, tokens: Tokens, i: number): boolean {
  const y = i - 1;
  if (y < 1 || !(tokens.flags[y]! & TokenFlag.Number) || text.slice(tokens.end[y], tokens.start[i]) !== " ")
    return false;
  const year = Number(text.slice(tokens.start[y], tokens.end[y]));
  if (year < 1900 || year > 2099) return false;
  const before = text.slice(tokens.start[y - 1], tokens.end[y - 1]).toLowerCase();
  return /^\p{Ll}+$/u.test(before) && !DATE_PREPOSITIONS.has(before);
}

/** Keys of the spans whose every mention in this article names something else. */
export function otherSenseNames(
  text: string,
  tokens: Tokens,
  spans: readonly NameSpan[],
  isMajor: (candidates: readonly Place[]) => boolean,
): Set<string> {
  const out = new Set<string>();
  for (const s of spans) {
    const end = tokens.end[s.tokenEnd - 1]!;
    const after = text.slice(end, end + 18);
    if (DISEASE_AFTER.test(after)) {
      if (!isMajor(s.candidates)) out.add(s.key);
    } else if (
      ADMINISTRATION_AFTER.test(after) ||
      (s.tokenEnd - s.tokenStart === 1 && isYearBefore(text, tokens, s.tokenStart))
    ) {
      // A president's administration, a model year before a brand named after a city ("a 1992
      // Toyota"). A capital, a region or a country keeps its sense ("the 2008 Beijing Olympics").
      if (!s.candidates.some(isCapitalOrRegion)) out.add(s.key);
    }
  }
  return out;
}
