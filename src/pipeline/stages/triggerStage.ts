/**
 * Stage: incident triggers (events/triggers.ts) of every sentence, with their token ranges. A
 * trigger that weighs too little or follows a generic plural ("several attacks") reports nothing;
 * of those that report, the most incident-like one that is neither hypothetical nor negated is the
 * sentence's main trigger, which assembly builds its event on.
 */
import { bestTrigger, findTriggers } from "../events/triggers";
import type { PipelineContext, PipelineState, TriggerSpan } from "../state";
import { tokenAt } from "../tokens";

/** Below this trigger weight a sentence does not report an incident (e.g. "said"). */
const MIN_TRIGGER_WEIGHT = 0.5;
/** The stage's settings, as the stage configuration (stages.ts) shows them. */
export const TRIGGER_SETTINGS = { MIN_TRIGGER_WEIGHT } as const;

const GENERIC_PLURAL_BEFORE =
  /\b(?:several|many|numerous|multiple|various|repeated|previous|past|series of|string of)\s+$/i;

export function triggerStage(ctx: PipelineContext, state: PipelineState): PipelineState {
  const { text } = ctx;
  const { tokens } = state;
  const out: TriggerSpan[] = [];
  state.sentences.forEach((sentence, s) => {
    const spans = findTriggers(text, sentence).map((t): TriggerSpan => ({
      ...t,
      sentence: s,
      tokenStart: tokenAt(tokens, t.start),
      tokenEnd: tokenAt(tokens, t.end),
      reports:
        t.weight >= MIN_TRIGGER_WEIGHT &&
        !GENERIC_PLURAL_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start)),
    }));
    const main = bestTrigger(spans.filter((t) => t.reports));
    if (main) main.main = true;
    out.push(...spans);
  });
  state.triggers = out;
  return state;
}
