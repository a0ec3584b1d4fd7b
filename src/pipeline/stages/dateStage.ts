/**
 * Stage: temporal expressions, resolved against the publication date (see dates/); whether one points
 * forward is read from the words before it (the clauses stage's words layer, dates/tenseAt.ts).
 */
import { findDates } from "../dates/findDates";
import { tenseAtWords } from "../dates/tenseAt";
import type { PipelineContext, PipelineState } from "../state";

export function dateStage(ctx: PipelineContext, state: PipelineState): PipelineState {
  state.dates = findDates(ctx.text, ctx.published, tenseAtWords(state.sentences, state.words));
  return state;
}
