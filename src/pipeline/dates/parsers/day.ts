/** today, tonight, yesterday (morning), tomorrow, last night, this morning, earlier today. */
import { regexParser } from "./regexParser";

const PATTERN =
  /(?:(?:[Ee]arlier|[Ll]ater)\s+(?:on\s+)?|([Tt]he\s+day\s+(?:before|after)\s+))?(today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))(?:\s+(?:morning|afternoon|evening|night))?(?![\p{L}])/iu;

export const dayParser = regexParser(PATTERN, (_text, m, index) => {
  const word = (m[2] ?? "").toLowerCase();
  let offset = word === "yesterday" || word === "last night" ? -1 : word === "tomorrow" ? 1 : 0;
  // "the day before yesterday", "the day after tomorrow"
  if (m[1]) offset += /before/i.test(m[1]) ? -1 : 1;
  return { index, text: m[0], meta: { kind: "day", offset } };
});
