/**
 * "Cooke, Grayson and Love counties", "Jefferson and Orleans parishes": a plural head after a list
 * makes every listed name that head's kind. Each name becomes a mention of "X County" ("X Parish")
 * when the gazetteer has one, even where "X" alone would be a town or nothing at all.
 */
import type { Gazetteer } from "../../gazetteer/types";
import { TokenFlag, type Tokens } from "../tokens";
import { isStateOrCountry } from "../../gazetteer/placeKinds";
import { tokenKey, type NameSpan } from "./nameSpans";

/** Plural head -> the singular that ends the counties' names in the gazetteer. */
const PLURAL_HEADS: ReadonlyMap<string, string> = new Map([
  ["counties", "county"],
  ["parishes", "parish"],
]);
const HEAD_LENGTHS = new Set([...PLURAL_HEADS.keys()].map((k) => k.length));
/** Longest name in a list, in tokens ("Otter Tail", "St. Lucie"). */
const MAX_NAME_TOKENS = 3;

const isName = (tokens: Tokens, i: number) =>
  i >= 0 && (tokens.flags[i]! & TokenFlag.Cap) !== 0 && (tokens.flags[i]! & TokenFlag.Number) === 0;

export function countyListSpans(text: string, tokens: Tokens, gazetteer: Gazetteer): NameSpan[] {
  const out: NameSpan[] = [];
  const gap = (left: number) => text.slice(tokens.end[left], tokens.start[left + 1]);
  const word = (i: number) => text.slice(tokens.start[i], tokens.end[i]);
  const sameSentence = (i: number, h: number) =>
    i < tokens.count && tokens.sentence[i] === tokens.sentence[h];

  /** Tokens [s, e] as a county named with `head`, unless the name is a state's or a country's. */
  const county = (s: number, e: number, head: string): NameSpan | undefined => {
    let key = tokenKey(text, tokens, s);
    for (let k = s + 1; k <= e; k++) key += " " + tokenKey(text, tokens, k);
    const candidates = gazetteer.lookup(`${key} ${head}`).filter((p) => p.kind === "admin2");
    if (candidates.length === 0) return undefined;
    // "Indiana counties", "Georgia and Nassau counties": a state or a country is no county.
    if (gazetteer.lookup(key).some(isStateOrCountry)) return undefined;
    return { tokenStart: s, tokenEnd: e + 1, key: `${key} ${head}`, candidates };
  };

  /** "A, B and C counties": names read backwards from the token before the head. */
  const before = (h: number, head: string): NameSpan[] => {
    const found: NameSpan[] = [];
    let end = h - 1;
    while (isName(tokens, end) && sameSentence(end, h)) {
      let start = end;
      while (start > end - MAX_NAME_TOKENS + 1 && isName(tokens, start - 1) && /^[ .]+$/.test(gap(start - 1)))
        start--;
      // The longest tail of the capitalised run that is a county ("In Geauga" -> "Geauga").
      let span: NameSpan | undefined;
      for (let s = start; s <= end && !span; s++) span = county(s, end, head);
      if (!span) break;
      found.push(span);
      // The separator before this name: ", ", " and ", ", and ", " & ".
      const prev = span.tokenStart - 1;
      if (prev < 0) break;
      if (/^\s*[,&]\s*$/.test(gap(prev)) && isName(tokens, prev)) {
        end = prev;
      } else if (word(prev) === "and" && gap(prev) === " ") {
        end = prev - 1;
        if (end >= 0 && !/^,? $/.test(gap(end))) break;
      } else break;
    }
    return found.reverse();
  };

  /** "the counties of A, B and C", "three counties: A, B and C": names read forwards after the head. */
  const after = (h: number, head: string): NameSpan[] => {
    const found: NameSpan[] = [];
    let s = h + 1;
    if (!sameSentence(s, h)) return found;
    if (word(s) === "of" && gap(h) === " ") s++;
    else if (!/^\s*[:—–”"]\s*$/.test(gap(h))) return found;
    while (isName(tokens, s) && sameSentence(s, h)) {
      let end = s;
      while (end < s + MAX_NAME_TOKENS - 1 && isName(tokens, end + 1) && /^[ .]+$/.test(gap(end))) end++;
      // The longest head of the capitalised run that is a county.
      let span: NameSpan | undefined;
      for (let e = end; e >= s && !span; e--) span = county(s, e, head);
      if (!span) break;
      found.push(span);
      const next = span.tokenEnd;
      if (!sameSentence(next, h)) break;
      if (/^\s*[,&]\s*$/.test(gap(next - 1)) && isName(tokens, next)) s = next;
      else if (word(next) === "and" && /^,? $/.test(gap(next - 1)) && gap(next) === " ") s = next + 1;
      else break;
    }
    return found;
  };

  for (let h = 1; h < tokens.count; h++) {
    // Skip tokens of other lengths without building a string.
    if (!HEAD_LENGTHS.has(tokens.end[h]! - tokens.start[h]!)) continue;
    const head = PLURAL_HEADS.get(word(h).toLowerCase());
    if (!head) continue;
    // One name next to "counties" is a state's or a region's counties ("Ozark counties"), not a list.
    const listed = gap(h - 1) === " " ? before(h, head) : [];
    if (listed.length >= 2) out.push(...listed);
    else {
      const following = after(h, head);
      if (following.length >= 2) out.push(...following);
    }
  }
  return out;
}
