/** Stage: temporal expressions, resolved against the publication date (see dates/). */
import { findDates } from "../dates/findDates";
import type { PipelineContext, PipelineState } from "../state";

export function dateStage(ctx: PipelineContext, state: PipelineState): PipelineState {
  state.dates = findDates(ctx.text, ctx.published);
  return state;
}
