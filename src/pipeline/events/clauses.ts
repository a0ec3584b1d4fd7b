/**
 * The clause layer: each sentence's words (words.ts, a view of the one tokenization),
 * and the sentence cut into clauses, each with its tense, modality and negation.
 *
 * A clause ends at clause punctuation (quotes excepted: a quotation continues its clause) and a new
 * one opens at a clause word ("that", "which", "but", "after" ...; lexicon.ts). Within a clause:
 *  - tense: the nearest future or past marker read back from the clause's end (dates/tense.ts);
 *  - modal: a modal, wish, plan or condition word, or an infinitive of purpose ("to stop");
 *  - negated: a negation word ("not", "no", "never", "denied", "-n't" ...).
 * The trigger and casualty finders decide per word, relative to their own position in the clause (a
 * negation only counts close before a trigger); the clause flags say what the clause as a whole holds.
 */
import { tenseOfWords, type Tense } from "../dates/tense";
import { CLAUSE_WORDS, HYPOTHETICAL_CUES, INFINITIVE_VERBS, NEGATION_CUES } from "./lexicon";
import type { Word } from "../words";

export interface ClauseSpan {
  sentence: number;
  /** Word range [wordStart, wordEnd) in the sentence's words (`words[sentence]`). */
  wordStart: number;
  wordEnd: number;
  /** Character offsets of its first and last word. */
  start: number;
  end: number;
  tense: Tense;
  modal: boolean;
  negated: boolean;
}

/** Clause punctuation that ends a clause: every punctuation token but quotation marks. */
export function isClauseBreak(t: Word | undefined): boolean {
  return !!t && t.punct && t.w !== '"' && t.w !== "\u201c" && t.w !== "\u201d";
}

const CAPITAL_MODALS = new Set(["may", "will", "can", "shall", "must"]);

/** The clause's words as tense.ts reads them: "n't" and "'ll" split off, capitalised modals blanked. */
function tenseWords(words: readonly Word[], a: number, b: number): string[] {
  const out: string[] = [];
  for (let i = a; i < b; i++) {
    const t = words[i]!;
    if (t.punct || t.num) continue;
    const w = t.w;
    if (t.cap && CAPITAL_MODALS.has(w)) out.push("");
    else if (w.length > 3 && w.endsWith("n't")) out.push(w.slice(0, -3), "n't");
    else if (w.length > 3 && w.endsWith("'ll")) out.push(w.slice(0, -3), "'ll");
    else out.push(w);
  }
  return out;
}

/**
 * The tense of words [a, b) of a clause: the nearest future or past marker read back from b, over at
 * most `window` words (all of them by default).
 */
export function tenseOfClauseWords(words: readonly Word[], a: number, b: number, window?: number): Tense {
  const tense = tenseWords(words, a, b);
  return tenseOfWords(tense, window ?? tense.length);
}

/**
 * What a word says about its clause, as bits (wordCues): computed once per sentence, read by the clauses
 * below and by the trigger finder, which weighs them by their distance to the trigger.
 */
export const Cue = {
  /** A modal, wish, plan or condition word ("could", "plans", "if"); a capitalised "May" inside a sentence is not. */
  Hypothetical: 1,
  /** A negation word ("not", "never", "denied", "-n't"). */
  Negation: 2,
  /** A word that opens a clause ("that", "which", "but", "after"). */
  ClauseWord: 4,
  /** "to" before a verb of intention: an infinitive of purpose ("to stop"). */
  Purpose: 8,
} as const;

const INFINITIVE = 16;

/** Each cue word's roles as bits: one lookup per word. */
const WORD_BITS = new Map<string, number>();
for (const [words, bit] of [
  [HYPOTHETICAL_CUES, Cue.Hypothetical],
  [NEGATION_CUES, Cue.Negation],
  [CLAUSE_WORDS, Cue.ClauseWord],
  [INFINITIVE_VERBS, INFINITIVE],
] as const)
  for (const w of words) WORD_BITS.set(w, (WORD_BITS.get(w) ?? 0) | bit);

const bitsOf = (t: Word | undefined): number => (t && !t.punct ? (WORD_BITS.get(t.w) ?? 0) : 0);

/** The Cue bits of each of a sentence's words (0 for punctuation). */
export function wordCues(words: readonly Word[]): Uint8Array {
  const out = new Uint8Array(words.length);
  let next = bitsOf(words[0]);
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    const bits = next;
    next = bitsOf(words[i + 1]);
    if (t.punct) continue;
    let c = bits & (Cue.Negation | Cue.ClauseWord);
    // "May" inside a sentence is a month or a name, not the modal.
    if (bits & Cue.Hypothetical && !(t.w === "may" && t.cap && i > 0)) c |= Cue.Hypothetical;
    if (t.w === "to" && next & INFINITIVE) c |= Cue.Purpose;
    if (t.w.endsWith("n't")) c |= Cue.Negation;
    out[i] = c;
  }
  return out;
}

function clauseOf(
  words: readonly Word[],
  cues: Uint8Array,
  sentence: number,
  a: number,
  b: number,
): ClauseSpan {
  let any = 0;
  for (let i = a; i < b; i++) any |= cues[i]!;
  return {
    sentence,
    wordStart: a,
    wordEnd: b,
    start: words[a]!.start,
    end: words[b - 1]!.end,
    tense: tenseOfClauseWords(words, a, b),
    modal: (any & (Cue.Hypothetical | Cue.Purpose)) !== 0,
    negated: (any & Cue.Negation) !== 0,
  };
}

/** The clauses of one sentence's words, in order (sentences without words have none). */
export function findClauses(
  words: readonly Word[],
  sentence: number,
  cues: Uint8Array = wordCues(words),
): ClauseSpan[] {
  const out: ClauseSpan[] = [];
  let a = 0;
  const close = (b: number) => {
    while (a < b && words[a]!.punct) a++;
    let e = b;
    while (e > a && words[e - 1]!.punct) e--;
    if (e > a) out.push(clauseOf(words, cues, sentence, a, e));
  };
  for (let i = 0; i < words.length; i++) {
    const t = words[i]!;
    if (isClauseBreak(t)) {
      close(i);
      a = i + 1;
    } else if (i > a && cues[i]! & Cue.ClauseWord) {
      close(i);
      a = i;
    }
  }
  close(words.length);
  return out;
}
