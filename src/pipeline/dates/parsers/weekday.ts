/** "Saturday", "on Saturday", "last Monday", "next Friday", "this coming Tuesday". Not "Mondays", not "Black Monday". */
import { WEEKDAY_RE, weekdayNumber } from "../lexicon";
import { regexParser } from "./regexParser";

const PATTERN = new RegExp(
  `(?:([Oo]n|[Ll]ast|[Nn]ext|[Tt]his(?: past| coming)?|[Cc]oming|[Pp]ast)\\s+)?(${WEEKDAY_RE})(?![\\p{L}])`,
  "u",
);

const NAMED_DAY_BEFORE =
  /(?:^|[^\p{L}])(?:Black|Cyber|Good|Easter|Palm|Ash|Holy|Maundy|Super|Bloody|Blue|Whit|Shrove|Fat|Giving|Plough|Low|Orange|Red|Green|Great)\s+$/u;

export const weekdayParser = regexParser(PATTERN, (text, m, index) => {
  const modWord = (m[1] ?? "").toLowerCase();
  const name = m[2] ?? "";
  const wdIndex = index + m[0].length - name.length;
  // Named days are not calendar references to the nearest such weekday ("Black Monday", "Good Friday").
  if (!modWord && NAMED_DAY_BEFORE.test(text.slice(Math.max(0, wdIndex - 20), wdIndex))) return null;
  if (/^['’]?s\b/.test(text.slice(wdIndex + name.length)) && /^s/.test(text.slice(wdIndex + name.length)))
    return null;
  let mod: "last" | "next" | "this" | null = null;
  if (modWord === "last" || modWord === "past" || modWord === "this past") mod = "last";
  else if (modWord === "next" || modWord === "coming" || modWord === "this coming") mod = "next";
  else if (modWord === "this") mod = "this";
  const weekday = weekdayNumber(name);
  if (weekday === null) return null;
  return { index, text: m[0], meta: { kind: "weekday", weekday, mod } };
});
