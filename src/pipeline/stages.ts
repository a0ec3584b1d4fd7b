/**
 * The pipeline's stages, in order. Each is `(ctx, state) => state` and lives in its own file.
 */
import type { PipelineContext, PipelineState } from "./state";
import { sentenceStage } from "./stages/sentenceStage";
import { recognizeToponyms } from "./toponyms/recognize";
import { datelineStage } from "./dateline/datelineStage";
import { applyLocalCues } from "./toponyms/cues";
import { resolveToponyms } from "./toponyms/resolve";
import { detectMetonymy } from "./toponyms/metonymy";
import { dateStage } from "./stages/dateStage";
import { assembleEvents } from "./incidents/assembleEvents";
import { mergeEvents } from "./incidents/mergeEvents";

export type Stage = (ctx: PipelineContext, state: PipelineState) => PipelineState;

export const STAGES: readonly [string, Stage][] = [
  // Sentences first: recognisers never join a name across a sentence boundary.
  ["sentences", sentenceStage],
  // Names before cues: cues look at the neighbours of names that are already found.
  ["toponyms", recognizeToponyms],
  // The dateline marks the names it holds (so after recognition); resolution reads the filing place
  // as the article's home region and assembly never takes it, or its date, for an incident's.
  ["dateline", datelineStage],
  ["cues", applyLocalCues],
  // Resolution needs every name of the article (co-location) and the cues (parents).
  ["resolve", resolveToponyms],
  // Metonymy is decided for the resolved referent (only capitals stand for governments).
  ["metonymy", detectMetonymy],
  // Dates are independent of places; they only need the publication date.
  ["dates", dateStage],
  // Events need resolved, non-metonymic places and dates.
  ["events", assembleEvents],
  ["merge", mergeEvents],
];
