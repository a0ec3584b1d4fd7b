/**
 * The stage loop, with a hook after each stage: the benchmark times stages and a debug trace prints
 * each stage's output from the real loop instead of a copy of it.
 */
import type { PipelineContext, PipelineState } from "./state";
import { PIPELINE, type StageSpec } from "./stages";

/** Called after each stage with the state it left, the time it took and the run's context. */
export type OnStage = (stage: StageSpec, state: PipelineState, ms: number, ctx: PipelineContext) => void;

export function runStages(
  ctx: PipelineContext,
  initial: PipelineState,
  onStage?: OnStage,
  stages: readonly StageSpec[] = PIPELINE,
): PipelineState {
  let state = initial;
  for (const stage of stages) {
    const t0 = onStage ? performance.now() : 0;
    state = stage.run(ctx, state);
    if (onStage) onStage(stage, state, performance.now() - t0, ctx);
  }
  return state;
}
