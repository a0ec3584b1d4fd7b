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
 * "nearly", "up to", "as many as") are part of the span, the count is the number as written (a lower bound for
 * "more than 600") and the qualifier is kept as a CasualtyQualifier ("more than"). Quantities that name a
 * magnitude count as the smallest round figure the word names (a conservative stand-in), with the magnitude
 * as qualifier: "dozens" 12, "scores" 20, "hundreds" 100, "thousands" 1,000, "tens of thousands" 10,000,
 * "hundreds of thousands" 100,000, "millions" 1,000,000. Quantities with no magnitude ("several", "many", "a
 * few") give a span with `value: null, vague: true` and leave killed/wounded null: no invented figure.
 *
 * Zero: a negated casualty is a count of 0, not a missing one: "no one was hurt", "nobody was killed", "none of
 * the passengers were injured", "no civilians were hurt" (a negative subject before a casualty participle);
 * "there were no injuries", "no casualties were reported", "without casualties", "causing no casualties" ("no" or
 * "without" directly before a casualty noun; "casualties" zeroes both kinds); "killed no one". A negation that
 * does not govern the casualty word counts nothing ("no one knew how many were killed"; "no immediate word on
 * casualties" is unknown, not zero).
 *
 * Passive and relative forms: "12 people were reported killed", "were said to have been killed", "20 people, who
 * were killed ...", "the 12 killed".
 *
 * Time is linear in the sentence: clause bounds and cumulative flags are computed once per sentence, and every
 * look-ahead is bounded.
 *
 * Cumulative tolls ("The conflict has killed as many as half a million people since 2011", "killed in 39 days")
 * are reported as spans with `cumulative: true` and do NOT count in killed/wounded (an incident's toll is not the
 * war's). A span is cumulative when its clause (up to the next comma) has "since <year/the start/last ...>",
 * "so far", "to date", "in total", "over the past ...", "in/during/within N days/months/years", or a war-like
 * subject with "has/have killed". When several counts of a kind remain, the largest is taken ("12 were killed,
 * including four children" -> 12), not the sum.
 */
import type { CasualtyQualifier } from "../contract";
import { wordsOf, type Word } from "../words";
import { isClauseBreak } from "./clauses";
import { ONES } from "../lexicon/numberWords";

export type CasualtyKind = "killed" | "wounded";
export type { CasualtyQualifier };

export interface CasualtySpan {
  start: number;
  end: number;
  text: string;
  kind: CasualtyKind;
  /** The count (0 for "no one was hurt"); null for a quantity with no magnitude ("several"). */
  value: number | null;
  vague?: boolean;
  /** How the count was stated when it is not exact ("about", "at least", "dozens"). */
  qualifier?: CasualtyQualifier;
  /** A cumulative toll (over a war, months or years), not one incident's. */
  cumulative?: boolean;
}

export interface Casualties {
  killed: number | null;
  wounded: number | null;
  /** The qualifier of the span that gave `killed` / `wounded`, when that count is not exact. */
  killedQualifier?: CasualtyQualifier;
  woundedQualifier?: CasualtyQualifier;
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

/** Quantities that name a magnitude: the smallest round figure the word names. */
const MAGNITUDE: Record<string, [number, CasualtyQualifier]> = {
  dozens: [12, "dozens"],
  scores: [20, "scores"],
  hundreds: [100, "hundreds"],
  thousands: [1000, "thousands"],
  millions: [1_000_000, "millions"],
};
/** "tens of thousands", "hundreds of thousands". */
const MAGNITUDE_OF: Record<string, [number, CasualtyQualifier]> = {
  "tens thousands": [10_000, "tens of thousands"],
  "hundreds thousands": [100_000, "hundreds of thousands"],
};
/** Quantities without a magnitude: a span, no count. */
const VAGUE = new Set(["tens", "several", "many", "numerous", "countless"]);

/**
 * Qualifiers before a number, with what they say about it (null: the figure stands as written:
 * "a total of", "another"). Longest first.
 */
const QUALIFIER_TABLE: [string, CasualtyQualifier | null][] = [
  ["as many as", "up to"],
  ["as few as", null],
  ["a total of", null],
  ["a further", null],
  ["more than", "more than"],
  ["less than", "fewer than"],
  ["fewer than", "fewer than"],
  ["at least", "at least"],
  ["at most", "up to"],
  ["up to", "up to"],
  ["upwards of", "more than"],
  ["in excess of", "more than"],
  ["close to", "nearly"],
  ["just over", "more than"],
  ["just under", "nearly"],
  ["an estimated", "about"],
  ["well over", "more than"],
  ["some", "about"],
  ["about", "about"],
  ["around", "about"],
  ["nearly", "nearly"],
  ["almost", "nearly"],
  ["approximately", "about"],
  ["roughly", "about"],
  ["over", "more than"],
  ["under", "fewer than"],
  ["estimated", "about"],
  ["only", null],
  ["another", null],
  ["all", null],
  ["total", null],
  ["reportedly", null],
  ["least", "at least"],
  ["at", null],
];
const QUALIFIERS: { words: string[]; says: CasualtyQualifier | null }[] = QUALIFIER_TABLE.map(
  ([q, says]) => ({
    words: q.split(" "),
    says,
  }),
).sort((a, b) => b.words.length - a.words.length);

/** First words of qualifiers: a number phrase may start with them ("at least 12 people were killed"). */
const QUALIFIER_HEADS = new Set(QUALIFIERS.map((q) => q.words[0] ?? ""));
/** At most this many qualifiers stack before a number ("at least some 40"); longer runs are not a count. */
const MAX_QUALIFIERS = 3;

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

/** Casualty nouns that "no" / "without" make zero, and the kinds they zero. */
const ZERO_NOUNS: Record<string, readonly CasualtyKind[]> = {
  casualties: ["killed", "wounded"],
  casualty: ["killed", "wounded"],
  victims: ["killed", "wounded"],
  injuries: ["wounded"],
  injured: ["wounded"],
  wounded: ["wounded"],
  deaths: ["killed"],
  dead: ["killed"],
  fatalities: ["killed"],
};

/** Any word that can anchor a count. */
const CASUALTY_WORDS = new Set([
  ...KILLED_AFTER,
  ...WOUNDED_AFTER,
  ...KILLED_VERB,
  ...WOUNDED_VERB,
  ...Object.keys(ZERO_NOUNS),
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

/** "were said to have been killed", "believed to be dead": a hedge between a count and its participle. */
const HEDGE_VERBS = new Set("said believed feared reported thought understood known presumed".split(" "));

/** Auxiliaries and adverbs between a subject and its casualty participle ("were reportedly", "had been"). */
const AUXILIARY = new Set(
  (
    "was were is are has have had been be being got reportedly reported seriously critically badly " +
    "slightly immediately also either ever"
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
  qualifier?: CasualtyQualifier;
  /** Token index of the first and one past the last token of the number (qualifiers included). */
  from: number;
  to: number;
  /** "a"/"an"/"one": counts 1 only where a singular noun follows. */
  singular: boolean;
}

type NumAt = Omit<Num, "from">;

function w(toks: readonly Word[], i: number): string {
  const t = toks[i];
  return t && !t.punct ? t.w : "";
}

/** Qualifiers by their first word. */
const QUALIFIERS_BY_HEAD = new Map<string, typeof QUALIFIERS>();
for (const q of QUALIFIERS) {
  const head = q.words[0] ?? "";
  const list = QUALIFIERS_BY_HEAD.get(head);
  if (list) list.push(q);
  else QUALIFIERS_BY_HEAD.set(head, [q]);
}

/** Skips up to MAX_QUALIFIERS qualifiers from i; returns where the number should start and what they say. */
function skipQualifiers(toks: readonly Word[], i: number): { at: number; says?: CasualtyQualifier } {
  let says: CasualtyQualifier | undefined;
  for (let n = 0; n < MAX_QUALIFIERS; n++) {
    let moved = false;
    for (const q of QUALIFIERS_BY_HEAD.get(w(toks, i)) ?? []) {
      let ok = true;
      for (let k = 0; k < q.words.length; k++) {
        if (w(toks, i + k) !== q.words[k]) {
          ok = false;
          break;
        }
      }
      // "at" alone only before "least"/"most" (handled above); never consume a lone "at".
      if (ok && !(q.words.length === 1 && q.words[0] === "at")) {
        i += q.words.length;
        says ??= q.says ?? undefined;
        moved = true;
        break;
      }
    }
    if (!moved) break;
  }
  return says ? { at: i, says } : { at: i };
}

/** Read a number starting exactly at token i (no qualifiers). */
function readNumberAt(toks: readonly Word[], i: number): NumAt | null {
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
  } else if (x in MAGNITUDE || VAGUE.has(x)) {
    // "dozens of", "hundreds of thousands of", "tens of thousands"
    let k = i + 1;
    let key = x;
    const n2 = w(toks, k + 1);
    if (w(toks, k) === "of" && (n2 in MAGNITUDE || VAGUE.has(n2))) {
      key = `${x} ${n2}`;
      k += 2;
    }
    const mag = MAGNITUDE_OF[key] ?? (key === x ? MAGNITUDE[x] : undefined);
    if (mag) return { value: mag[0], vague: false, qualifier: mag[1], to: k, singular: false };
    return { value: null, vague: true, to: k, singular: false };
  } else {
    return null;
  }
  // Multipliers: "two hundred", "1.5 million", "3 thousand", "two dozen"; "two hundred and fifty".
  // Each multiplier is larger than the last, so the loop is bounded (dozen < hundred < thousand < million).
  let lastMult = 1;
  for (;;) {
    const m = w(toks, j);
    const f = m === "dozen" ? 12 : (MULT[m] ?? 0);
    if (f <= lastMult || !(m === "dozen" || f > value)) break;
    value *= f;
    lastMult = f;
    j++;
    if (m !== "dozen" && w(toks, j) === "and" && (w(toks, j + 1) in ONES || w(toks, j + 1) in TENS)) {
      const rest = readNumberAt(toks, j + 1);
      if (rest && rest.value !== null && rest.value < f) {
        value += rest.value;
        j = rest.to;
      }
    }
  }
  return { value, vague: false, to: j, singular: false };
}

/** A number at i, with its leading qualifiers. */
function readNumber(toks: readonly Word[], i: number): Num | null {
  const q = skipQualifiers(toks, i);
  const n = readNumberAt(toks, q.at);
  if (!n) return null;
  const qualifier = n.qualifier ?? q.says;
  const { qualifier: _q, ...rest } = n;
  return qualifier ? { ...rest, qualifier, from: i } : { ...rest, from: i };
}

function isYearLike(toks: readonly Word[], n: Num): boolean {
  const t = toks[n.to - 1];
  if (!t || !t.num || n.value === null) return false;
  return n.value >= 1900 && n.value <= 2100 && !t.w.includes(",");
}

const MONTH_WORDS = new Set(
  (
    "january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);
/** A capitalised month name ("March", "Sept."; "may" the verb is lower-case). */
const isMonth = (t: Word | undefined) => !!t && !t.punct && t.cap && MONTH_WORDS.has(t.w);

/**
 * Is the number a day of the month, a date's number and not a count? "12 March", and "March 12" (or
 * "Sept. 12") unless a noun follows it: "on March 12 killed four" is a date, "in March 12 people
 * were killed" a count after a month.
 */
function isDayOfMonth(toks: readonly Word[], n: Num): boolean {
  const t = toks[n.from];
  if (n.to !== n.from + 1 || !t?.num || n.value === null || n.value < 1 || n.value > 31) return false;
  if (isMonth(toks[n.to])) return true;
  const before = toks[n.from - 1]?.w === "." ? toks[n.from - 2] : toks[n.from - 1];
  if (!isMonth(before)) return false;
  const next = toks[n.to];
  return !next || next.punct || next.num || casualtyKindOf(next.w) !== null;
}

/** Is the word after the number a unit ("3 days") rather than people? */
function unitFollows(toks: readonly Word[], n: Num): boolean {
  return UNITS.has(w(toks, n.to));
}

function spanOf(
  text: string,
  toks: readonly Word[],
  a: number,
  b: number,
): { start: number; end: number; text: string } {
  const s = toks[a]?.start ?? 0;
  const e = toks[b]?.end ?? s;
  return { start: s, end: e, text: text.slice(s, e) };
}

const isBreak = isClauseBreak;

/**
 * Clauses of the sentence (comma-delimited), computed once: `clause[i]` is the clause index of token i
 * and `cumulative[c]` whether clause c states a cumulative toll.
 */
function clausesOf(toks: readonly Word[]): { clause: Int32Array; cumulative: boolean[] } {
  const clause = new Int32Array(toks.length);
  const cumulative: boolean[] = [];
  let c = 0;
  let a = 0;
  for (let i = 0; i <= toks.length; i++) {
    if (i === toks.length || (i > a && isBreak(toks[i]))) {
      cumulative.push(cumulativeClause(toks, a, i - 1));
      if (i === toks.length) break;
      c++;
      a = i;
    }
    clause[i] = c;
  }
  return { clause, cumulative };
}

/** Does the clause [a, b] state a cumulative toll? */
function cumulativeClause(toks: readonly Word[], a: number, b: number): boolean {
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
  qualifier?: CasualtyQualifier;
  a: number;
  b: number;
}

function hitOf(
  kind: CasualtyKind,
  n: { value: number | null; vague: boolean; qualifier?: CasualtyQualifier },
  a: number,
  b: number,
): Hit {
  return n.qualifier
    ? { kind, value: n.value, vague: n.vague, qualifier: n.qualifier, a, b }
    : { kind, value: n.value, vague: n.vague, a, b };
}

function casualtyKindOf(x: string): CasualtyKind | null {
  return KILLED_AFTER.has(x) ? "killed" : WOUNDED_AFTER.has(x) ? "wounded" : null;
}

/**
 * The casualty participle(s) at j after a subject, past auxiliaries and adverbs ("were reportedly
 * killed", "had been injured", "was killed or injured"): the kinds and the last token, or null.
 */
function participleAt(toks: readonly Word[], j: number): { kinds: CasualtyKind[]; end: number } | null {
  for (let k = 0; k < 4 && AUXILIARY.has(w(toks, j)); k++) j++;
  const kind = casualtyKindOf(w(toks, j));
  if (!kind) return null;
  const c1 = w(toks, j + 1);
  const other = casualtyKindOf(w(toks, j + 2));
  if ((c1 === "or" || c1 === "and") && other && other !== kind) return { kinds: [kind, other], end: j + 2 };
  return { kinds: [kind], end: j };
}

/**
 * Shape 0: a count of zero. "no one / nobody / none (of the X) / no civilians" + a casualty participle;
 * "no" / "without" (+ "any") + a casualty noun; "killed no one" is read by verbFirst. Returns the last
 * token read (or i when nothing was read).
 */
function zeroCount(toks: readonly Word[], i: number, hits: Hit[]): number {
  const x = w(toks, i);
  const zero = { value: 0, vague: false };
  if (x === "no" || x === "without" || x === "zero") {
    const k = w(toks, i + 1) === "any" ? i + 2 : i + 1;
    const kinds = ZERO_NOUNS[w(toks, k)];
    if (kinds) {
      for (const kind of kinds) hits.push(hitOf(kind, zero, i, k));
      return k;
    }
  }
  // The negative subject: "no one", "nobody", "none (of the passengers)", "no (two words) civilians".
  let j: number;
  if (x === "nobody" || x === "noone") j = i + 1;
  else if (x === "no" && w(toks, i + 1) === "one") j = i + 2;
  else if (x === "none") {
    j = i + 1;
    if (w(toks, j) === "of") {
      j++;
      for (let k = 0; k < 3 && w(toks, j) && !AUXILIARY.has(w(toks, j)); k++) j++;
    }
  } else if (x === "no") {
    j = i + 1;
    for (let k = 0; k < 2 && w(toks, j) && !AUXILIARY.has(w(toks, j)) && !STOP.has(w(toks, j)); k++) j++;
    if (j === i + 1) return i;
  } else return i;
  if (w(toks, j) === "else") j++;
  const p = participleAt(toks, j);
  if (!p) return i;
  for (const kind of p.kinds) hits.push(hitOf(kind, zero, i, p.end));
  return p.end;
}

/** Shape 1: a number (or coordinated numbers) and, within a few words, a casualty keyword. */
function numberFirst(toks: readonly Word[], i: number, hits: Hit[]): number {
  const n = readNumber(toks, i);
  if (!n || (n.value === null && !n.vague) || unitFollows(toks, n) || isDayOfMonth(toks, n)) return i;
  if (isYearLike(toks, n) && /^(in|since|of|by|until|before|after|during|from)$/.test(w(toks, i - 1)))
    return i;
  let value = n.value;
  let vague = n.vague;
  let qualifier = n.qualifier;
  let sawWas = false;
  let nounJoined = false;
  let j = n.to;
  let steps = 0;
  const hit = (kind: CasualtyKind, b: number) =>
    hits.push(hitOf(kind, qualifier ? { value, vague, qualifier } : { value, vague }, i, b));
  while (j < toks.length && steps < 8) {
    const t = toks[j];
    if (!t) break;
    if (t.punct) {
      const nx = w(toks, j + 1);
      // ", including four children," — skip a parenthesis that qualifies the count.
      if (
        t.w === "," &&
        (nx === "including" || nx === "among" || nx === "mostly" || nx === "most" || nx === "many")
      ) {
        let k = j + 1;
        const limit = j + 12;
        while (k < toks.length && k < limit && !toks[k]?.punct) k++;
        if (toks[k]?.w === ",") {
          j = k + 1;
          steps++;
          continue;
        }
      }
      // "20 people, who were killed ...": a relative clause that says what happened to them.
      if (t.w === "," && (nx === "who" || nx === "all")) {
        const p = participleAt(toks, j + 2);
        if (p && p.kinds.length === 1) {
          hit(p.kinds[0]!, p.end);
          return p.end;
        }
      }
      break;
    }
    const x = t.w;
    const kind = casualtyKindOf(x);
    if (kind) {
      if (n.singular && !sawWas && x !== "dead" && x !== "died") break;
      // "were killed and injured": a combined count, not split.
      const c1 = w(toks, j + 1);
      const c2 = w(toks, j + 2);
      if ((c1 === "and" || c1 === "or") && (KILLED_AFTER.has(c2) || WOUNDED_AFTER.has(c2)) && c2 !== x)
        return j + 2;
      hit(kind, j);
      return j;
    }
    if (x === "lost" && w(toks, j + 1) === "their" && w(toks, j + 2) === "lives") {
      hit("killed", j + 2);
      return j + 2;
    }
    // "were said to have been killed", "were feared dead".
    if (HEDGE_VERBS.has(x)) {
      j += w(toks, j + 1) === "to" ? 2 : 1;
      steps++;
      continue;
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
      qualifier ??= m.qualifier;
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
function verbFirst(toks: readonly Word[], i: number, kind: CasualtyKind, hits: Hit[]): void {
  // "kills and injures 7": one combined count, not split.
  const conj = w(toks, i - 1);
  const other = kind === "killed" ? WOUNDED_VERB : KILLED_VERB;
  if ((conj === "and" || conj === "or") && other.has(w(toks, i - 2))) return;
  // "killed no one", "injuring nobody", "killed no civilians".
  const o = w(toks, i + 1);
  if (
    o === "nobody" ||
    o === "none" ||
    (o === "no" && (w(toks, i + 2) === "one" || !STOP.has(w(toks, i + 2))))
  ) {
    const end = o === "no" ? i + 2 : i + 1;
    hits.push(hitOf(kind, { value: 0, vague: false }, i, end));
    return;
  }
  const n = readNumber(toks, i + 1);
  if (!n || (n.value === null && !n.vague) || unitFollows(toks, n) || isYearLike(toks, n)) return;
  let value = n.value;
  let vague = n.vague;
  let qualifier = n.qualifier;
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
      qualifier ??= m.qualifier;
      end = m.to - 1;
    }
  }
  // Include the noun right after the number in the span ("140 people").
  if (w(toks, end + 1) === "of" && (vague || qualifier)) end++; // "dozens of" + noun
  const noun = toks[end + 1];
  if (noun && !noun.punct && !STOP.has(noun.w) && noun.w !== "and" && noun.w !== "of" && !UNITS.has(noun.w))
    end++;
  hits.push(hitOf(kind, qualifier ? { value, vague, qualifier } : { value, vague }, i, end));
}

/**
 * The count of each kind from spans: the largest non-cumulative figure (a zero only when nothing
 * larger is stated), with its qualifier.
 */
export function tollOf(
  spans: readonly CasualtySpan[],
): Pick<Casualties, "killed" | "wounded" | "killedQualifier" | "woundedQualifier"> {
  const best: Partial<Record<CasualtyKind, CasualtySpan>> = {};
  for (const s of spans) {
    if (s.cumulative || s.value === null) continue;
    const b = best[s.kind];
    if (!b || s.value > (b.value ?? -1)) best[s.kind] = s;
  }
  const k = best.killed;
  const wd = best.wounded;
  return {
    killed: k?.value ?? null,
    wounded: wd?.value ?? null,
    ...(k?.qualifier ? { killedQualifier: k.qualifier } : {}),
    ...(wd?.qualifier ? { woundedQualifier: wd.qualifier } : {}),
  };
}

/** The sentence's casualty counts; `toks` are its words when the clauses stage has them (else tokenized here). */
export function findCasualties(
  text: string,
  sentence: { start: number; end: number },
  toks: readonly Word[] = wordsOf(text, sentence.start, sentence.end),
): Casualties {
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
    if (x === "no" || x === "nobody" || x === "none" || x === "without" || x === "zero" || x === "noone") {
      const k = zeroCount(toks, i, hits);
      if (k > i) {
        i = k;
        continue;
      }
      // "no one knew how many ...": "one" after "no" is no count.
      if (x === "no" && w(toks, i + 1) === "one") {
        i++;
        continue;
      }
    }
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
          hits.push(hitOf("killed", n, a, n.to - 1));
          break;
        }
      }
    }
    if (
      t.num ||
      x in ONES ||
      x in TENS ||
      x in MAGNITUDE ||
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
  let cumulative = false;
  const seen = new Set<string>();
  const clauses = hits.length > 0 ? clausesOf(toks) : undefined;
  for (const h of hits) {
    const key = `${h.kind}:${h.a}:${h.b}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // The hit's clause, and any later clause it runs into (", including four children, were killed").
    let cum = false;
    if (clauses) {
      const c1 = clauses.clause[Math.min(h.b, toks.length - 1)] ?? 0;
      for (let c = clauses.clause[h.a] ?? 0; c <= c1 && !cum; c++) cum = clauses.cumulative[c] ?? false;
    }
    const span: CasualtySpan = { ...spanOf(text, toks, h.a, h.b), kind: h.kind, value: h.value };
    if (h.vague) span.vague = true;
    if (h.qualifier) span.qualifier = h.qualifier;
    if (cum) {
      span.cumulative = true;
      cumulative = true;
    }
    spans.push(span);
  }
  spans.sort((p, q) => p.start - q.start);
  return { ...tollOf(spans), spans, cumulative };
}

/** An event's casualty fields from a toll (null counts when there is none). */
export type TollFields = Pick<Casualties, "killed" | "wounded" | "killedQualifier" | "woundedQualifier">;

export function tollFields(t: TollFields | undefined): TollFields {
  return {
    killed: t?.killed ?? null,
    wounded: t?.wounded ?? null,
    ...(t?.killedQualifier ? { killedQualifier: t.killedQualifier } : {}),
    ...(t?.woundedQualifier ? { woundedQualifier: t.woundedQualifier } : {}),
  };
}

/**
 * Two reports of one incident: each count is the larger stated, with its qualifier. Qualifier keys are
 * always present (undefined when exact), so spreading the result over an event replaces the event's own.
 */
export interface MergedToll {
  killed: number | null;
  wounded: number | null;
  killedQualifier: CasualtyQualifier | undefined;
  woundedQualifier: CasualtyQualifier | undefined;
}

export function mergeTolls(a: TollFields, b: TollFields): MergedToll {
  const bTakes = (x: number | null, y: number | null) => y !== null && (x === null || y > x);
  const k = bTakes(a.killed, b.killed) ? b : a;
  const wd = bTakes(a.wounded, b.wounded) ? b : a;
  return {
    killed: k.killed,
    wounded: wd.wounded,
    killedQualifier: k.killedQualifier,
    woundedQualifier: wd.woundedQualifier,
  };
}
