/**
 * Stage: each sentence's words, a view of the one tokenization (words.ts) that the trigger and
 * casualty finders read, each word's cue bits (modal, negation, clause word, purpose) that the clauses
 * and the trigger finder read, and its clauses with tense, modality and negation (events/clauses.ts).
 */
import { findClauses, wordCues, type ClauseSpan } from "../events/clauses";
import type { PipelineContext, PipelineState } from "../state";
import { lowerText, sentenceWords, type Word } from "../words";

export function clauseStage(ctx: PipelineContext, state: PipelineState): PipelineState {
  const words: Word[][] = [];
  const cues: Uint8Array[] = [];
  const clauses: ClauseSpan[] = [];
  const lower = lowerText(ctx.text);
  state.sentences.forEach((s, i) => {
    const w = sentenceWords(ctx.text, state.tokens, s.start, s.end, lower);
    const c = wordCues(w);
    words.push(w);
    cues.push(c);
    for (const clause of findClauses(w, i, c)) clauses.push(clause);
  });
  state.words = words;
  state.wordCues = cues;
  state.clauses = clauses;
  return state;
}
