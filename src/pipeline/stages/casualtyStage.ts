/**
 * Stage: the casualty counts (events/casualties.ts) of each sentence that has a main trigger, each
 * pointing at that trigger. Sentences that report no incident are not read.
 */
import { findCasualties } from "../events/casualties";
import type { PipelineContext, PipelineState, SentenceCasualties } from "../state";

export function casualtyStage(ctx: PipelineContext, state: PipelineState): PipelineState {
  const out: SentenceCasualties[] = [];
  state.triggers.forEach((t, i) => {
    if (t.main)
      out.push({
        sentence: t.sentence,
        trigger: i,
        ...findCasualties(ctx.text, state.sentences[t.sentence]!, state.words[t.sentence]),
      });
  });
  state.casualties = out;
  return state;
}
