/**
 * A month without a day: "in March", "March 2016", "October of next year", "early June", "last September",
 * "between April and June". A bare capitalised month needs a date context (a preposition such as "in",
 * "since", "by", or a neighbouring month): "May" the name or the modal and "march" the noun are not dates.
 * A month followed by a day number ("March 7") is left to chrono.
 */
import { MONTH_RE, monthNumber } from "../lexicon";
import type { VaguePart } from "../meta";
import { regexParser } from "./regexParser";

const PATTERN = new RegExp(
  `(?:([Ee]arly|[Ll]ate|[Mm]id)(?:-|\\s+)(?:in\\s+)?|([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(${MONTH_RE})(?![\\p{L}])`,
  "u",
);

/** Words after which a bare month is a date ("in May", "since March", "by June"). */
const CONTEXT_BEFORE = new Set(
  (
    "in since until till by during before after from through throughout between early late mid end beginning " +
    "start middle of as around last next this every each for until"
  ).split(" "),
);

/** "their January sales", "the March figures" (not for "May": "the May government"). */
const POSSESSIVE_BEFORE = new Set("its their his her our the".split(" "));

export const monthParser = regexParser(PATTERN, (text, m, index) => {
  const modPart = (m[1] ?? "").toLowerCase();
  const modRel = (m[2] ?? "").toLowerCase() as "" | "last" | "next" | "this";
  const word = m[3] ?? "";
  const month = monthNumber(word);
  if (month === null) return null;
  const end = index + m[0].length;
  const after = text.slice(end, end + 40);
  // A day number follows: chrono's month-day parsers own it.
  if (/^\.?\s*,?\s*\d{1,2}(?:st|nd|rd|th)?(?!\d)(?!\s*(?:%|,\d|\.\d))/.test(after)) return null;

  let yearText = "";
  let year: number | undefined;
  let yearShift: number | undefined;
  let ym = /^\s*,?\s*(?:of\s+)?(\d{4})(?![\d\p{L}])/u.exec(after);
  if (ym) {
    year = Number(ym[1]);
    yearText = ym[0];
  } else if ((ym = /^\s*'(\d\d)(?![\d\p{L}])/u.exec(after))) {
    const yy = Number(ym[1]);
    year = yy < 50 ? 2000 + yy : 1900 + yy;
    yearText = ym[0];
  } else if ((ym = /^\s+(?:of\s+)?(last|this|next)\s+year(?![\p{L}])/u.exec(after))) {
    yearShift = ym[1] === "last" ? -1 : ym[1] === "next" ? 1 : 0;
    yearText = ym[0];
  }

  const isAbbrev = word.length <= 4 && word !== "May" && word !== "June" && word !== "July";
  if (year === undefined && yearShift === undefined && !modPart && !modRel) {
    if (isAbbrev) return null;
    const before = text.slice(Math.max(0, index - 40), index);
    const prev = /([\p{L}]+)\s*$/u.exec(before)?.[1]?.toLowerCase() ?? "";
    let ok = CONTEXT_BEFORE.has(prev) || (word !== "May" && POSSESSIVE_BEFORE.has(prev));
    // "between April and June", "March or April", "from March to May"
    if (!ok && /^(?:and|or|to|through|till|until)$/.test(prev)) {
      ok = new RegExp(`${MONTH_RE}(?:\\s+\\d{1,2}|\\s+\\d{4})?\\s*,?\\s+\\p{L}+\\s*$`, "u").test(before);
    }
    // "May" the modal or the surname: a following verb or a preceding name rules it out.
    if (ok && word === "May" && /^\s+(?:be|have|not|also|said|says|has|had|is|was|will|would)\b/.test(after))
      ok = false;
    if (!ok) return null;
  }
  const meta = {
    kind: "month" as const,
    month,
    ...(year !== undefined ? { year } : {}),
    ...(yearShift !== undefined ? { yearShift } : {}),
    ...(modRel ? { mod: modRel } : {}),
    ...(modPart ? { part: modPart as VaguePart } : {}),
  };
  return { index, text: m[0] + yearText, meta };
});
