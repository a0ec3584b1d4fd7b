/**
 * Stage: incident triggers (events/triggers.ts) of every sentence, with their token ranges. A
 * trigger that weighs too little or follows a generic plural ("several attacks") reports nothing;
 * of those that report, the most incident-like one that is neither hypothetical nor negated is the
 * sentence's main trigger, which assembly builds its event on.
 */
import { bestTrigger, findTriggers } from "../events/triggers";
import type { Word } from "../words";
import type { PipelineContext, PipelineState, TriggerSpan } from "../state";
import { tokenAt } from "../tokens";

/** Below this trigger weight a sentence does not report an incident (e.g. "said"). */
const MIN_TRIGGER_WEIGHT = 0.5;
/** The stage's settings, as the stage configuration (stages.ts) shows them. */
export const TRIGGER_SETTINGS = { MIN_TRIGGER_WEIGHT } as const;

/** Words right before a plural trigger that make it generic ("several attacks", "a series of raids"). */
const GENERIC_BEFORE = new Set([
  "several",
  "many",
  "numerous",
  "multiple",
  "various",
  "repeated",
  "previous",
  "past",
]);
const GENERIC_BEFORE_OF = new Set(["series", "string"]);

/** The index of the word that starts at `offset` (or the first after it). */
function wordAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Word i-1 directly precedes word i, with nothing but white space between them. */
function adjacent(text: string, words: readonly Word[], i: number): Word | undefined {
  const p = words[i - 1];
  const t = words[i];
  if (!p || !t || p.punct || p.end === t.start) return undefined;
  for (let k = p.end; k < t.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return undefined;
  }
  return p;
}

function genericPlural(text: string, words: readonly Word[], start: number): boolean {
  const i = wordAt(words, start);
  const p = adjacent(text, words, i);
  if (!p) return false;
  if (GENERIC_BEFORE.has(p.w)) return true;
  return p.w === "of" && GENERIC_BEFORE_OF.has(adjacent(text, words, i - 1)?.w ?? "");
}

export function triggerStage(ctx: PipelineContext, state: PipelineState): PipelineState {
  const { text } = ctx;
  const { tokens } = state;
  const out: TriggerSpan[] = [];
  state.sentences.forEach((sentence, s) => {
    const words = state.words[s] ?? [];
    const found = findTriggers(text, sentence, words, state.wordCues[s]);
    if (found.length === 0) return;
    const first = out.length;
    for (const t of found)
      out.push({
        ...t,
        sentence: s,
        tokenStart: tokenAt(tokens, t.start),
        tokenEnd: tokenAt(tokens, t.end),
        reports: t.weight >= MIN_TRIGGER_WEIGHT && !genericPlural(text, words, t.start),
      });
    const main = bestTrigger(out.slice(first).filter((t) => t.reports));
    if (main) main.main = true;
  });
  state.triggers = out;
  return state;
}
