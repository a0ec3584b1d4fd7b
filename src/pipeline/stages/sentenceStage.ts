/** Stage: sentences with paragraph numbers, and tokens tagged with their sentence. */
import { splitSentences } from "../sentences";
import type { PipelineContext, PipelineState, SentenceSpan } from "../state";
import { assignSentences } from "../tokens";

export function sentenceStage(ctx: PipelineContext, state: PipelineState): PipelineState {
  const spans = splitSentences(ctx.text);
  const sentences: SentenceSpan[] = [];
  let paragraph = 0;
  let prevEnd = 0;
  for (const s of spans) {
    if (sentences.length > 0 && ctx.text.slice(prevEnd, s.start).includes("\n")) paragraph++;
    sentences.push({ start: s.start, end: s.end, paragraph });
    prevEnd = s.end;
  }
  state.sentences = sentences;
  assignSentences(state.tokens, sentences);
  return state;
}
