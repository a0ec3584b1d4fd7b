/**
 * The tense that governs a date expression: whether "Friday" or "March 7" points back from the
 * publication date (the default in news) or forward ("will meet on Friday", "is due to ... on
 * Friday"). Read from the words layer (words.ts): the nearest future or past marker among the ten
 * words before the expression in its sentence (dates/tense.ts), counted in words, not characters.
 *
 * The look-back crosses clause punctuation on purpose: a date set off by commas ("agreed to meet
 * again, on Friday, to ...") takes the tense of the clause it interrupts. Reading the tense of the
 * date's own clause instead (events/clauses.ts, whole clause or its words before the date) was
 * measured and loses: MEANTIME value accuracy 0.926 -> 0.917 (whole clause) and a required seed
 * incident (both).
 */
import { tenseOfClauseWords } from "../events/clauses";
import { splitSentences } from "../sentences";
import { tokenize } from "../tokens";
import { lowerText, sentenceWords, type Word } from "../words";
import type { Tense } from "./tense";

/** The tense governing a date expression that starts at this offset. */
export type TenseAt = (index: number) => Tense;

/** Words read back from a date expression. */
const WINDOW_WORDS = 10;

/** The first index in [0, n) whose key is greater than `x` (keys ascending). */
function upperBound(n: number, key: (i: number) => number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(mid) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The lookup over the sentences and their words (the clauses stage's `words`). */
export function tenseAtWords(
  sentences: readonly { start: number; end: number }[],
  words: readonly (readonly Word[])[],
): TenseAt {
  return (index) => {
    const s = upperBound(sentences.length, (i) => sentences[i]!.start, index) - 1;
    const ws = words[s];
    if (!ws) return null;
    const before = upperBound(ws.length, (i) => ws[i]!.start, index - 1);
    return tenseOfClauseWords(ws, 0, before, WINDOW_WORDS);
  };
}

/** The same lookup for a caller without the text layer: tokenizes and splits `text` itself. */
export function textTenseAt(text: string): TenseAt {
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  const lower = lowerText(text);
  return tenseAtWords(
    sentences,
    sentences.map((s) => sentenceWords(text, tokens, s.start, s.end, lower)),
  );
}
