/** Stage: the article's one tokenization, which every later stage reads (tokens.ts). */
import type { PipelineContext, PipelineState } from "../state";
import { tokenize } from "../tokens";

export function tokenStage(ctx: PipelineContext, state: PipelineState): PipelineState {
  state.tokens = tokenize(ctx.text);
  return state;
}
