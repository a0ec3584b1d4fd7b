/**
 * Stage: each sentence's words, tokenized once (the trigger and casualty finders read them), and its
 * clauses with tense, modality and negation (events/clauses.ts).
 */
import { findClauses, type ClauseSpan } from "../events/clauses";
import { tokenize, type Token } from "../events/lexicon-tokens";
import type { PipelineContext, PipelineState } from "../state";

export function clauseStage(ctx: PipelineContext, state: PipelineState): PipelineState {
  const words: Token[][] = [];
  const clauses: ClauseSpan[] = [];
  state.sentences.forEach((s, i) => {
    const w = tokenize(ctx.text, s.start, s.end);
    words.push(w);
    for (const c of findClauses(w, i)) clauses.push(c);
  });
  state.words = words;
  state.clauses = clauses;
  return state;
}
