/**
 * Stage: each sentence's words, a view of the one tokenization (words.ts) that the trigger and
 * casualty finders read, and its clauses with tense, modality and negation (events/clauses.ts).
 */
import { findClauses, type ClauseSpan } from "../events/clauses";
import type { PipelineContext, PipelineState } from "../state";
import { lowerText, sentenceWords, type Word } from "../words";

export function clauseStage(ctx: PipelineContext, state: PipelineState): PipelineState {
  const words: Word[][] = [];
  const clauses: ClauseSpan[] = [];
  const lower = lowerText(ctx.text);
  state.sentences.forEach((s, i) => {
    const w = sentenceWords(ctx.text, state.tokens, s.start, s.end, lower);
    words.push(w);
    for (const c of findClauses(w, i)) clauses.push(c);
  });
  state.words = words;
  state.clauses = clauses;
  return state;
}
