/**
 * "Cooke, Grayson and Love counties", "Jefferson and Orleans parishes": a plural head after a list
 * makes every listed name that head's kind. Each name becomes a mention of "X County" ("X Parish")
 * when the gazetteer has one, even where "X" alone would be a town or nothing at all.
 */
import type { Gazetteer } from "../../gazetteer/types";
import { TokenFlag, type Tokens } from "../tokens";
import { tokenKey, type NameSpan } from "./nameSpans";

/** Plural head -> the singular that ends the counties' names in the gazetteer. */
const PLURAL_HEADS: ReadonlyMap<string, string> = new Map([
  ["counties", "county"],
  ["parishes", "parish"],
]);
const HEAD_LENGTHS = new Set([...PLURAL_HEADS.keys()].map((k) => k.length));
/** Longest name in a list, in tokens ("Otter Tail", "St. Lucie"). */
const MAX_NAME_TOKENS = 3;

const isStateOrCountry = (p: { kind: string }) => p.kind === "admin1" || p.kind === "country";
const isName = (tokens: Tokens, i: number) =>
  i >= 0 && (tokens.flags[i]! & TokenFlag.Cap) !== 0 && (tokens.flags[i]! & TokenFlag.Number) === 0;

export function countyListSpans(text: string, tokens: Tokens, gazetteer: Gazetteer): NameSpan[] {
  const out: NameSpan[] = [];
  const gap = (left: number) => text.slice(tokens.end[left], tokens.start[left + 1]);
  for (let h = 1; h < tokens.count; h++) {
    // Skip tokens of other lengths without building a string.
    if (!HEAD_LENGTHS.has(tokens.end[h]! - tokens.start[h]!)) continue;
    const head = PLURAL_HEADS.get(text.slice(tokens.start[h], tokens.end[h]).toLowerCase());
    if (!head || gap(h - 1) !== " ") continue;
    const found: NameSpan[] = [];
    let end = h - 1;
    while (isName(tokens, end) && tokens.sentence[end] === tokens.sentence[h]) {
      let start = end;
      while (start > end - MAX_NAME_TOKENS + 1 && isName(tokens, start - 1) && /^[ .]+$/.test(gap(start - 1)))
        start--;
      // The longest tail of the capitalised run that is a county ("In Geauga" -> "Geauga").
      let span: NameSpan | undefined;
      for (let s = start; s <= end && !span; s++) {
        let key = tokenKey(text, tokens, s);
        for (let k = s + 1; k <= end; k++) key += " " + tokenKey(text, tokens, k);
        const candidates = gazetteer.lookup(`${key} ${head}`).filter((p) => p.kind === "admin2");
        if (candidates.length > 0)
          span = { tokenStart: s, tokenEnd: end + 1, key: `${key} ${head}`, candidates };
      }
      // "Indiana counties", "Georgia and Nassau counties": a state or a country is no county.
      if (!span || gazetteer.lookup(span.key.slice(0, -head.length - 1)).some(isStateOrCountry)) break;
      found.push(span);
      // The separator before this name: ", ", " and ", ", and ", " & ".
      const before = span.tokenStart - 1;
      if (before < 0) break;
      if (/^\s*[,&]\s*$/.test(gap(before)) && isName(tokens, before)) {
        end = before;
      } else if (text.slice(tokens.start[before], tokens.end[before]) === "and" && gap(before) === " ") {
        end = before - 1;
        if (end >= 0 && !/^,? $/.test(gap(end))) break;
      } else break;
    }
    // One name before "counties" is a state's or a region's counties ("Ozark counties"), not a list.
    if (found.length >= 2) out.push(...found.reverse());
  }
  return out;
}
