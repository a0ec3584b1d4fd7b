/** today, tonight, yesterday (morning), tomorrow, last night, this morning, earlier today. */
import { regexParser } from "./regexParser";

const PATTERN =
  /(?:(?:[Ee]arlier|[Ll]ater)\s+(?:on\s+)?)?(today|tonight|yesterday|tomorrow|last night|this (?:morning|afternoon|evening))(?:\s+(?:morning|afternoon|evening|night))?(?![\p{L}])/iu;

export const dayParser = regexParser(PATTERN, (_text, m, index) => {
  const word = (m[1] ?? "").toLowerCase();
  const offset = word === "yesterday" || word === "last night" ? -1 : word === "tomorrow" ? 1 : 0;
  return { index, text: m[0], meta: { kind: "day", offset } };
});
