/**
 * The pipeline's stages, in order, spaCy-style: each declares its name, the layers of the state it
 * reads (`requires`) and writes (`assigns`), and its settings (the module constants it decides
 * with). Each is `(ctx, state) => state` and lives in its own file. `runStages` (runStages.ts) is
 * the loop, with an `onStage` hook for benchmarks and traces.
 */
import type { PipelineContext, PipelineState } from "./state";
import { tokenStage } from "./stages/tokenStage";
import { sentenceStage } from "./stages/sentenceStage";
import { clauseStage } from "./stages/clauseStage";
import { nameCandidateStage } from "./toponyms/nameCandidates";
import { nameFilterStage } from "./toponyms/recognize";
import { LIST_SETTINGS, listStage } from "./toponyms/listKinds";
import { datelineStage } from "./dateline/datelineStage";
import { DATELINE_SETTINGS } from "./dateline/findDateline";
import { applyLocalCues } from "./toponyms/cues";
import { RESOLVE_SETTINGS, resolveToponyms } from "./toponyms/resolve";
import { detectMetonymy } from "./toponyms/metonymy";
import { dateStage } from "./stages/dateStage";
import { TRIGGER_SETTINGS, triggerStage } from "./stages/triggerStage";
import { casualtyStage } from "./stages/casualtyStage";
import { ASSEMBLY_SETTINGS, assembleEvents } from "./incidents/assembleEvents";
import { MERGE_SETTINGS, mergeEvents } from "./incidents/mergeEvents";

export type Stage = (ctx: PipelineContext, state: PipelineState) => PipelineState;

/** A layer of the state: a field, or a field of every mention ("mentions.chosen"). */
export type Layer = keyof PipelineState | `mentions.${string}`;

export interface StageSpec {
  readonly name: string;
  readonly run: Stage;
  /** Why the stage sits where it does. */
  readonly why: string;
  readonly requires: readonly Layer[];
  readonly assigns: readonly Layer[];
  readonly settings: Readonly<Record<string, number>>;
}

export const PIPELINE: readonly StageSpec[] = [
  {
    name: "tokens",
    run: tokenStage,
    why: "first: every later stage reads the one tokenization of the text",
    requires: [],
    assigns: ["tokens"],
    settings: {},
  },
  {
    name: "sentences",
    run: sentenceStage,
    why: "first: recognisers never join a name across a sentence boundary",
    requires: ["tokens"],
    assigns: ["sentences"],
    settings: {},
  },
  {
    name: "clauses",
    run: clauseStage,
    why: "after sentences: each sentence's words once, and its clauses' tense, modality and negation, for the event stages",
    requires: ["sentences"],
    assigns: ["words", "wordCues", "clauses"],
    settings: {},
  },
  {
    name: "name-candidates",
    run: nameCandidateStage,
    why: "names before cues: cues look at the neighbours of names already found; finders propose, filters decide",
    requires: ["tokens", "sentences"],
    assigns: ["nameCandidates", "demonymCandidates", "persons", "demonymCountries"],
    settings: {},
  },
  {
    name: "name-filters",
    run: nameFilterStage,
    why: "each candidate in its context: a person's, a street's or an everyday word's span is dropped, with the reason",
    requires: ["tokens", "nameCandidates", "demonymCandidates", "persons"],
    assigns: ["mentions", "dropped", "unresolved"],
    settings: {},
  },
  {
    name: "dateline",
    run: datelineStage,
    why:
      "after recognition, to mark the names it holds; before resolution, which reads the filing " +
      "place as the article's home region, and assembly, which never takes it or its date for an incident's",
    requires: ["mentions"],
    assigns: ["dateline", "mentions.dateline"],
    settings: DATELINE_SETTINGS,
  },
  {
    name: "lists",
    run: listStage,
    why: "after the dateline, which may add the filing place's name; before resolution, which prefers the list's kind",
    requires: ["mentions"],
    assigns: ["listKinds"],
    settings: LIST_SETTINGS,
  },
  {
    name: "cues",
    run: applyLocalCues,
    why: "local cues ('X, Parent', 'near X') need the names and their sentences",
    requires: ["mentions", "sentences"],
    assigns: ["mentions.parent", "mentions.near", "mentions.cue"],
    settings: {},
  },
  {
    name: "resolve",
    run: resolveToponyms,
    why: "needs every name of the article (co-location), the cues (parents) and the dateline (home)",
    requires: ["mentions", "demonymCountries", "dateline", "listKinds"],
    assigns: ["mentions.chosen", "mentions.alternatives"],
    settings: RESOLVE_SETTINGS,
  },
  {
    name: "metonymy",
    run: detectMetonymy,
    why: "decided for the resolved referent: only capitals and countries stand for governments",
    requires: ["mentions.chosen"],
    assigns: ["mentions.metonymic"],
    settings: {},
  },
  {
    name: "dates",
    run: dateStage,
    why: "independent of places; needs the publication date, and the words before a date for its tense",
    requires: ["sentences", "words"],
    assigns: ["dates"],
    settings: {},
  },
  {
    name: "triggers",
    run: triggerStage,
    why: "independent of places and dates: the words of each sentence that report something happening",
    requires: ["tokens", "sentences", "words", "wordCues"],
    assigns: ["triggers"],
    settings: TRIGGER_SETTINGS,
  },
  {
    name: "casualties",
    run: casualtyStage,
    why: "read only in sentences with a main trigger, whose incident the counts belong to",
    requires: ["triggers", "sentences", "words"],
    assigns: ["casualties"],
    settings: {},
  },
  {
    name: "assembly",
    run: assembleEvents,
    why: "needs resolved, non-metonymic places, the dates, the dateline, the triggers and their casualties",
    requires: ["mentions.chosen", "mentions.metonymic", "dates", "dateline", "triggers", "casualties"],
    assigns: ["events"],
    settings: ASSEMBLY_SETTINGS,
  },
  {
    name: "merge",
    run: mergeEvents,
    why: "one incident reported in several sentences becomes one event",
    requires: ["events"],
    assigns: ["events"],
    settings: MERGE_SETTINGS,
  },
];
