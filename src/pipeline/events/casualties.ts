/**
 * Casualty counts in a sentence: how many were killed and wounded.
 *
 * Three shapes are read, over the sentence's tokens:
 *  1. number first: NUMBER [up to 6 words: "children", "people were"] KEYWORD
 *     ("four children were killed", "12 dead", "20 civilians died", "140 deaths", "30 wounded");
 *  2. verb first: VERB [qualifier] NUMBER ("killed some 140 people", "wounding more than 600", "killing a child");
 *  3. toll: "death toll [rose to|of|at] NUMBER".
 * Coordinated counts add up ("3 soldiers and 2 civilians were killed" -> 5); a parenthesis after a comma is
 * skipped ("12 people, including four children, were killed" -> 12). Combined counts ("19 were killed and
 * injured") are not split and give nothing.
 *
 * Numbers: digits with "," (1,300) or "." (1.5 million), number words one..ninety-nine, hundred(s), thousand(s),
 * million, "a dozen", "half a million"/"a half-million"; qualifiers ("more than", "at least", "about", "some",
 * "nearly", "up to", "as many as") are part of the span, and the count is the number as written (a lower bound for
 * "more than 600"). Vague quantities ("dozens", "hundreds", "scores", "several", "tens of thousands") give a span
 * with `value: null, vague: true` and leave killed/wounded null: no invented figure.
 *
 * Cumulative tolls ("The conflict has killed as many as half a million people since 2011", "killed in 39 days")
 * are reported as spans with `cumulative: true` and do NOT count in killed/wounded (an incident's toll is not the
 * war's). A span is cumulative when its clause (up to the next comma) has "since <year/the start/last ...>",
 * "so far", "to date", "in total", "over the past ...", "in/during/within N days/months/years", or a war-like
 * subject with "has/have killed". When several counts of a kind remain, the largest is taken ("12 were killed,
 * including four children" -> 12), not the sum.
 */
import { tokenize, type Token } from "./lexicon-tokens";
import { ONES } from "../lexicon/numberWords";

export type CasualtyKind = "killed" | "wounded";

export interface CasualtySpan {
  start: number;
  end: number;
  text: string;
  kind: CasualtyKind;
  /** The count; null for a vague quantity ("dozens"). */
  value: number | null;
  vague?: boolean;
  /** A cumulative toll (over a war, months or years), not one incident's. */
  cumulative?: boolean;
}

export interface Casualties {
  killed: number | null;
  wounded: number | null;
  spans: CasualtySpan[];
  /** True when the sentence has a cumulative toll (see spans; it is not in killed/wounded). */
  cumulative: boolean;
}

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const MULT: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
const VAGUE = new Set([
  "dozens",
  "scores",
  "hundreds",
  "thousands",
  "millions",
  "tens",
  "several",
  "many",
  "numerous",
  "countless",
]);

/** Qualifiers before a number, as token sequences (longest first). */
const QUALIFIERS: string[][] = [
  "as many as",
  "as few as",
  "a total of",
  "a further",
  "more than",
  "less than",
  "fewer than",
  "at least",
  "at most",
  "up to",
  "upwards of",
  "close to",
  "just over",
  "just under",
  "an estimated",
  "well over",
  "some",
  "about",
  "around",
  "nearly",
  "almost",
  "approximately",
  "roughly",
  "over",
  "estimated",
  "only",
  "another",
  "all",
  "total",
  "reportedly",
  "least",
  "at",
]
  .map((q) => q.split(" "))
  .sort((a, b) => b.length - a.length);

/** First words of qualifiers: a number phrase may start with them ("at least 12 people were killed"). */
const QUALIFIER_HEADS = new Set(QUALIFIERS.map((q) => q[0] ?? ""));

const KILLED_AFTER = new Set(["killed", "dead", "died", "slain", "deaths", "fatalities", "perished", "die"]);
const WOUNDED_AFTER = new Set(["wounded", "injured", "hurt"]);
const KILLED_VERB = new Set([
  "killed",
  "killing",
  "kills",
  "kill",
  "slaying",
  "slew",
  "executed",
  "executes",
  "execute",
  "executing",
]);
const WOUNDED_VERB = new Set([
  "wounded",
  "wounding",
  "wounds",
  "injured",
  "injuring",
  "injures",
  "injure",
  "wound",
]);

/** Any word that can anchor a count. */
const CASUALTY_WORDS = new Set([
  ...KILLED_AFTER,
  ...WOUNDED_AFTER,
  ...KILLED_VERB,
  ...WOUNDED_VERB,
  "toll",
  "lives",
  "lost",
]);

/** Nouns after a number that make it no head count ("3 days", "5 km"). */
const UNITS = new Set(
  (
    "year years month months week weeks day days hour hours minute minutes second seconds km kilometres kilometers " +
    "kilometre kilometer mile miles metres meters metre meter percent per cent times o'clock am pm a.m p.m " +
    "tons tonnes dollars pounds euros bn billion yards feet foot"
  ).split(" "),
);

/** Words that end the stretch between a number and its keyword (shape 1). */
const STOP = new Set(
  (
    "in on from by near after before during since with for into across until to against under between " +
    "that which when where while if because but or than said says"
  ).split(" "),
);

const TOLL_LINK = new Set(
  "to at of reached reaches hit hits is was stands stood topped tops exceeded exceeds passed".split(" "),
);

const WAR_SUBJECTS = new Set(
  "war conflict uprising insurgency fighting violence crisis revolution wars".split(" "),
);

interface Num {
  value: number | null;
  vague: boolean;
  /** Token index of the first and one past the last token of the number (qualifiers included). */
  from: number;
  to: number;
  /** "a"/"an"/"one": counts 1 only where a singular noun follows. */
  singular: boolean;
}

function w(toks: readonly Token[], i: number): string {
  const t = toks[i];
  return t && !t.punct ? t.w : "";
}

/** Qualifiers by their first word. */
const QUALIFIERS_BY_HEAD = new Map<string, string[][]>();
for (const q of QUALIFIERS) {
  const head = q[0] ?? "";
  const list = QUALIFIERS_BY_HEAD.get(head);
  if (list) list.push(q);
  else QUALIFIERS_BY_HEAD.set(head, [q]);
}

function skipQualifiers(toks: readonly Token[], i: number): number {
  for (;;) {
    let moved = false;
    for (const q of QUALIFIERS_BY_HEAD.get(w(toks, i)) ?? []) {
      let ok = true;
      for (let k = 0; k < q.length; k++) {
        if (w(toks, i + k) !== q[k]) {
          ok = false;
          break;
        }
      }
      // "at" alone only before "least"/"most" (handled above); never consume a lone "at".
      if (ok && !(q.length === 1 && q[0] === "at")) {
        i += q.length;
        moved = true;
        break;
      }
    }
    if (!moved) return i;
  }
}

/** Read a number starting exactly at token i (no qualifiers). */
function readNumberAt(toks: readonly Token[], i: number): Omit<Num, "from"> | null {
  const t = toks[i];
  if (!t || t.punct) return null;
  const x = t.w;
  let value: number;
  let j = i + 1;
  if (t.num) {
    value = Number(x.replace(/,/g, ""));
    if (!Number.isFinite(value)) return null;
  } else if (x === "a" || x === "an") {
    const n1 = w(toks, i + 1);
    if (n1 === "dozen") return { value: 12, vague: false, to: i + 2, singular: false };
    if (n1 === "half" && (w(toks, i + 2) === "million" || w(toks, i + 2) === "dozen")) {
      return { value: w(toks, i + 2) === "million" ? 500_000 : 6, vague: false, to: i + 3, singular: false };
    }
    if (n1 === "hundred" || n1 === "thousand" || n1 === "million") {
      value = MULT[n1] ?? 0;
      j = i + 2;
    } else if (n1 === "few" || n1 === "number" || n1 === "handful" || n1 === "lot") {
      return { value: null, vague: true, to: w(toks, i + 2) === "of" ? i + 3 : i + 2, singular: false };
    } else {
      return { value: 1, vague: false, to: i + 1, singular: true };
    }
  } else if (x === "half" && w(toks, i + 1) === "a" && w(toks, i + 2) === "million") {
    return { value: 500_000, vague: false, to: i + 3, singular: false };
  } else if (x === "dozen") {
    value = 12;
  } else if (x in ONES) {
    value = ONES[x] ?? 0;
    if (x === "one") return { value: 1, vague: false, to: i + 1, singular: true };
  } else if (x in TENS) {
    value = TENS[x] ?? 0;
    const o = w(toks, j);
    if (o in ONES && (ONES[o] ?? 10) < 10) {
      value += ONES[o] ?? 0;
      j++;
    }
  } else if (VAGUE.has(x)) {
    // "dozens of", "hundreds of thousands of", "tens of thousands"
    let k = i + 1;
    if (w(toks, k) === "of" && VAGUE.has(w(toks, k + 1))) k += 2;
    return { value: null, vague: true, to: k, singular: false };
  } else {
    return null;
  }
  // Multipliers: "two hundred", "1.5 million", "3 thousand", "two dozen"; "two hundred and fifty".
  for (;;) {
    const m = w(toks, j);
    if (m === "dozen") {
      value *= 12;
      j++;
    } else if (m in MULT && (MULT[m] ?? 0) > value) {
      value *= MULT[m] ?? 1;
      j++;
      const a = w(toks, j);
      if (a === "and" && (w(toks, j + 1) in ONES || w(toks, j + 1) in TENS)) {
        const rest = readNumberAt(toks, j + 1);
        if (rest && rest.value !== null) {
          value += rest.value;
          j = rest.to;
        }
      }
    } else break;
  }
  return { value, vague: false, to: j, singular: false };
}

/** A number at i, with its leading qualifiers. */
function readNumber(toks: readonly Token[], i: number): Num | null {
  const k = skipQualifiers(toks, i);
  const n = readNumberAt(toks, k);
  if (!n) return null;
  return { ...n, from: i };
}

function isYearLike(toks: readonly Token[], n: Num): boolean {
  const t = toks[n.to - 1];
  if (!t || !t.num || n.value === null) return false;
  return n.value >= 1900 && n.value <= 2100 && !t.w.includes(",");
}

/** Is the word after the number a unit ("3 days") rather than people? */
function unitFollows(toks: readonly Token[], n: Num): boolean {
  return UNITS.has(w(toks, n.to));
}

function spanOf(
  text: string,
  toks: readonly Token[],
  a: number,
  b: number,
): { start: number; end: number; text: string } {
  const s = toks[a]?.start ?? 0;
  const e = toks[b]?.end ?? s;
  return { start: s, end: e, text: text.slice(s, e) };
}

/** Clause (comma-delimited) bounds around token i. */
function clauseBounds(toks: readonly Token[], i: number): [number, number] {
  let a = i;
  while (a > 0 && !isBreak(toks[a - 1])) a--;
  let b = i;
  while (b < toks.length - 1 && !isBreak(toks[b + 1])) b++;
  return [a, b];
}

function isBreak(t: Token | undefined): boolean {
  return !!t && t.punct && t.w !== '"' && t.w !== "\u201c" && t.w !== "\u201d";
}

/** Does the clause [a, b] state a cumulative toll? */
function cumulativeClause(toks: readonly Token[], a: number, b: number): boolean {
  let warSubject = false;
  for (let i = a; i <= b; i++) if (WAR_SUBJECTS.has(w(toks, i))) warSubject = true;
  for (let i = a; i <= b; i++) {
    const x = w(toks, i);
    const n1 = w(toks, i + 1);
    if (x === "since") {
      const t = toks[i + 1];
      if (t?.num && t.w.length === 4) return true;
      if (n1 === "the" || n1 === "it" || n1 === "its" || n1 === "last" || n1 === "early" || n1 === "late")
        return true;
    }
    if ((x === "so" && n1 === "far") || (x === "to" && n1 === "date") || (x === "in" && n1 === "total"))
      return true;
    if (x === "altogether" || x === "cumulative") return true;
    if (
      (x === "over" || x === "in" || x === "during" || x === "within") &&
      (n1 === "the" || n1 === "past" || n1 === "last")
    ) {
      const n2 = w(toks, i + 2);
      const n3 = w(toks, i + 3);
      if (/^(years?|months?|decades?|weeks)$/.test(n2) || /^(years?|months?|decades?|weeks)$/.test(n3))
        return true;
      if ((n1 === "past" || n1 === "last") && (toks[i + 2]?.num || n2 in ONES || n2 in TENS)) {
        if (/^(days|years|months|weeks|decades)$/.test(n3)) return true;
      }
    }
    if (
      (x === "in" || x === "during" || x === "within" || x === "over") &&
      (toks[i + 1]?.num || n1 in ONES || n1 in TENS)
    ) {
      const n2 = w(toks, i + 2);
      if (/^(days|weeks|months|years|decades)$/.test(n2)) return true;
    }
    // "The war has killed ...", "Thousands have died in the conflict": a present-perfect toll of a war.
    if (warSubject && (x === "has" || x === "have") && /^(killed|claimed|left|died|been|cost)$/.test(n1))
      return true;
  }
  return false;
}

interface Hit {
  kind: CasualtyKind;
  value: number | null;
  vague: boolean;
  a: number;
  b: number;
}

/** Shape 1: a number (or coordinated numbers) and, within a few words, a casualty keyword. */
function numberFirst(toks: readonly Token[], i: number, hits: Hit[]): number {
  const n = readNumber(toks, i);
  if (!n || (n.value === null && !n.vague) || unitFollows(toks, n)) return i;
  if (isYearLike(toks, n) && /^(in|since|of|by|until|before|after|during|from)$/.test(w(toks, i - 1)))
    return i;
  let value = n.value;
  let vague = n.vague;
  let sawWas = false;
  let nounJoined = false;
  let j = n.to;
  let steps = 0;
  while (j < toks.length && steps < 8) {
    const t = toks[j];
    if (!t) break;
    if (t.punct) {
      // ", including four children," — skip a parenthesis that qualifies the count.
      const nx = w(toks, j + 1);
      if (
        t.w === "," &&
        (nx === "including" || nx === "among" || nx === "mostly" || nx === "most" || nx === "many")
      ) {
        let k = j + 1;
        while (k < toks.length && !toks[k]?.punct) k++;
        if (toks[k]?.w === ",") {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    const x = t.w;
    const kind: CasualtyKind | null = KILLED_AFTER.has(x)
      ? "killed"
      : WOUNDED_AFTER.has(x)
        ? "wounded"
        : null;
    if (kind) {
      if (n.singular && !sawWas && x !== "dead" && x !== "died") break;
      // "were killed and injured": a combined count, not split.
      const c1 = w(toks, j + 1);
      const c2 = w(toks, j + 2);
      if ((c1 === "and" || c1 === "or") && (KILLED_AFTER.has(c2) || WOUNDED_AFTER.has(c2)) && c2 !== x)
        return j + 2;
      hits.push({ kind, value, vague, a: i, b: j });
      return j;
    }
    if (x === "lost" && w(toks, j + 1) === "their" && w(toks, j + 2) === "lives") {
      hits.push({ kind: "killed", value, vague, a: i, b: j + 2 });
      return j + 2;
    }
    if (x === "and") {
      // "3 soldiers and 2 civilians were killed"; "42 citizens and militia members dead"
      const m = readNumber(toks, j + 1);
      if (!m) {
        // A noun joined to the head ("citizens and militia members"), not a new verb ("... and wounded 600").
        const nx = w(toks, j + 1);
        if (!nx || CASUALTY_WORDS.has(nx) || STOP.has(nx)) break;
        nounJoined = true;
        j++;
        steps++;
        continue;
      }
      if (nounJoined || m.singular || unitFollows(toks, m)) break;
      if (m.value === null || value === null) {
        value = null;
        vague = true;
      } else value += m.value;
      j = m.to;
      steps++;
      continue;
    }
    if (STOP.has(x) || t.num || UNITS.has(x) || KILLED_VERB.has(x) || WOUNDED_VERB.has(x)) break;
    if (x === "was" || x === "were") sawWas = true;
    j++;
    steps++;
  }
  return i;
}

/** Shape 2: a casualty verb then a number ("killed some 140 people"); coordinated numbers add up. */
function verbFirst(toks: readonly Token[], i: number, kind: CasualtyKind, hits: Hit[]): void {
  // "kills and injures 7": one combined count, not split.
  const conj = w(toks, i - 1);
  const other = kind === "killed" ? WOUNDED_VERB : KILLED_VERB;
  if ((conj === "and" || conj === "or") && other.has(w(toks, i - 2))) return;
  const n = readNumber(toks, i + 1);
  if (!n || (n.value === null && !n.vague) || unitFollows(toks, n) || isYearLike(toks, n)) return;
  let value = n.value;
  let vague = n.vague;
  let end = n.to - 1;
  // "killing 3 soldiers and 2 civilians"
  let j = n.to;
  for (let k = 0; k < 3 && j < toks.length && !toks[j]?.punct && w(toks, j) !== "and"; k++) j++;
  if (w(toks, j) === "and") {
    const m = readNumber(toks, j + 1);
    if (m && !m.singular && !unitFollows(toks, m)) {
      if (m.value === null || value === null) {
        value = null;
        vague = true;
      } else value += m.value;
      end = m.to - 1;
    }
  }
  // Include the noun right after the number in the span ("140 people").
  if (w(toks, end + 1) === "of" && vague) end++; // "dozens of" + noun
  const noun = toks[end + 1];
  if (noun && !noun.punct && !STOP.has(noun.w) && noun.w !== "and" && noun.w !== "of" && !UNITS.has(noun.w))
    end++;
  hits.push({ kind, value, vague, a: i, b: end });
}

export function findCasualties(text: string, sentence: { start: number; end: number }): Casualties {
  const toks = tokenize(text, sentence.start, sentence.end);
  const hits: Hit[] = [];
  // Most sentences name no casualty at all: look for a keyword before reading numbers.
  let any = false;
  for (const t of toks) {
    if (!t.punct && CASUALTY_WORDS.has(t.w)) {
      any = true;
      break;
    }
  }
  if (!any) return { killed: null, wounded: null, spans: [], cumulative: false };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t || t.punct) continue;
    const x = t.w;
    if (KILLED_VERB.has(x)) verbFirst(toks, i, "killed", hits);
    else if (WOUNDED_VERB.has(x)) verbFirst(toks, i, "wounded", hits);
    else if (
      x === "toll" ||
      ((x === "deaths" || x === "death" || x === "killing" || x === "killings") && w(toks, i + 1) === "of") ||
      (x === "lives" && w(toks, i - 1) === "the")
    ) {
      // "death toll rose to 40", "the deaths of 12 people", "the killing of 35 members", "claimed the lives of 9"
      // The number comes after a linking word ("rose to", "of", "at", "reached"), within a few words.
      for (let j = i + 1; j < toks.length && j - i <= 7 && !toks[j]?.punct; j++) {
        if (!TOLL_LINK.has(w(toks, j))) continue;
        const n = readNumber(toks, j + 1);
        if (n && (n.value !== null || n.vague) && !isYearLike(toks, n) && !unitFollows(toks, n)) {
          const a = x === "toll" && w(toks, i - 1) === "death" ? i - 1 : i;
          hits.push({ kind: "killed", value: n.value, vague: n.vague, a, b: n.to - 1 });
          break;
        }
      }
    }
    if (
      t.num ||
      x in ONES ||
      x in TENS ||
      VAGUE.has(x) ||
      x === "a" ||
      x === "an" ||
      x === "half" ||
      QUALIFIER_HEADS.has(x)
    ) {
      const k = numberFirst(toks, i, hits);
      if (k > i) i = k;
    }
  }
  // Dedupe hits that cover the same tokens (the shapes can meet: "killed 12 ... 12 dead").
  const spans: CasualtySpan[] = [];
  let killed: number | null = null;
  let wounded: number | null = null;
  let cumulative = false;
  const seen = new Set<string>();
  for (const h of hits) {
    const key = `${h.kind}:${h.a}:${h.b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [ca, cb] = clauseBounds(toks, h.a);
    const cum = cumulativeClause(toks, ca, Math.max(cb, h.b));
    const span: CasualtySpan = { ...spanOf(text, toks, h.a, h.b), kind: h.kind, value: h.value };
    if (h.vague) span.vague = true;
    if (cum) {
      span.cumulative = true;
      cumulative = true;
    } else if (h.value !== null) {
      if (h.kind === "killed") killed = killed === null ? h.value : Math.max(killed, h.value);
      else wounded = wounded === null ? h.value : Math.max(wounded, h.value);
    }
    spans.push(span);
  }
  spans.sort((p, q) => p.start - q.start);
  return { killed, wounded, spans, cumulative };
}
