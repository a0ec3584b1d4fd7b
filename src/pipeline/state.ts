/**
 * What the stages pass along. A stage is `(ctx, state) => state`: it reads what earlier stages left
 * and adds its own layer. Stages may mutate the state they receive (it is private to one run).
 */
import type { Gazetteer, Place } from "../gazetteer/types";
import type { UnresolvedOut } from "./contract";
import type { DateMention } from "./dates/mention";
import { tokenize, type Tokens } from "./tokens";
import type { Dateline } from "./dateline/findDateline";
import type { ScoreWhy } from "./toponyms/scoreFeatures";
import type { DemonymCandidate, NameCandidate } from "./toponyms/nameCandidates";
import type { PersonMarks } from "./toponyms/persons";
import type { Trigger } from "./events/triggers";
import type { Casualties } from "./events/casualties";
import type { Word } from "./words";
import type { ClauseSpan } from "./events/clauses";
import type { EventRecord } from "./incidents/eventRecord";

export interface PipelineContext {
  readonly text: string;
  /** Publication date, YYYY-MM-DD. */
  readonly published: string;
  readonly gazetteer: Gazetteer;
  /** Optional sink for stage diagnostics (never required for results). */
  readonly debug?: (stage: string, message: string) => void;
}

export interface SentenceSpan {
  start: number;
  end: number;
  /** Index of the paragraph (block separated by a blank line, or a line) the sentence belongs to. */
  paragraph: number;
}

/** A local cue that decided or constrained a referent. */
export type Cue = "capital-of" | "largest-city" | "parent" | "near";

export interface ScoredPlace {
  place: Place;
  score: number;
  /** The named parts of the score (resolve.ts), on the chosen place and its runner-up. */
  why?: ScoreWhy;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  /** normalizeName of the name part (without possessive or descriptive words). */
  key: string;
  /** Token range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  candidates: readonly Place[];
  /** Referent fixed by a descriptive reference ("Kenya's capital"). */
  forced?: Place;
  cue?: Cue;
  /** Index of the mention that follows as "X, Parent" (e.g. a state after a city). */
  parent?: number;
  /** The place is the reference point of a "near X" phrase. */
  near?: boolean;
  /** Inside the name of an organisation or event ("X Media Center"): a toponym, but not a location. */
  inName?: boolean;
  metonymic?: boolean;
  /** Part of the article's dateline ("KHARTOUM, June 3 -"): where it was filed, not where anything happened. */
  dateline?: boolean;
  /** A demonym or adjective standing for a country ("Kenyan"): a reference, never a location. */
  adjectival?: boolean;
  /** Resolution result. */
  chosen?: ScoredPlace;
  alternatives?: ScoredPlace[];
}

/** A name candidate a filter dropped, with the filter's name and its reason (nameFilters.ts). */
export interface DroppedSpan {
  start: number;
  end: number;
  text: string;
  tokenStart: number;
  tokenEnd: number;
  filter: string;
  reason: string;
}

/** A trigger of one sentence, with its token range [tokenStart, tokenEnd). */
export interface TriggerSpan extends Trigger {
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  /** Weighs enough and is no generic plural ("several attacks"): it may report an incident. */
  reports: boolean;
  /** The sentence's main trigger: the most incident-like that reports, is not hypothetical nor negated. */
  main?: boolean;
}

/** The casualty counts of a sentence, for its main trigger (an index into `triggers`). */
export interface SentenceCasualties extends Casualties {
  sentence: number;
  trigger: number;
}

export interface PipelineState {
  sentences: SentenceSpan[];
  tokens: Tokens;
  /** Each sentence's words with clause punctuation (words.ts: a view of `tokens`), read by triggers and casualties. */
  words: Word[][];
  /** Each sentence's words' cue bits (events/clauses.ts `Cue`), read by the clauses and the triggers. */
  wordCues: Uint8Array[];
  /** Every sentence's clauses, in text order, with tense, modality and negation. */
  clauses: ClauseSpan[];
  /** Tokens of people's names, and their surnames: what the name filters read. */
  persons: PersonMarks;
  /** Spans the finders propose as names, before any filter. */
  nameCandidates: NameCandidate[];
  /** Capitalised demonyms ("Kenyan"): references to their countries. */
  demonymCandidates: DemonymCandidate[];
  /** Name candidates the filters dropped, with the reason. */
  dropped: DroppedSpan[];
  mentions: Mention[];
  /** The kind a list of names imposes on its members ("Michigan, Oregon, Washington and Ohio": states). */
  listKinds: Map<Mention, Place["kind"]>;
  /** Country codes named by demonyms ("Kenyan"), with counts: context for resolution. */
  demonymCountries: Map<string, number>;
  unresolved: UnresolvedOut[];
  /** The wire dateline at the top of the article, if any (dateline/): context, not an incident's place or date. */
  dateline?: Dateline;
  /** The dates layer (dates/mention.ts): DateOut plus day numbers, anchor and a range end's range. */
  dates: DateMention[];
  /** Every sentence's triggers, in text order. */
  triggers: TriggerSpan[];
  /** The casualty counts of each sentence with a main trigger. */
  casualties: SentenceCasualties[];
  /** The events layer (incidents/eventRecord.ts): each points at its mention and date. */
  events: EventRecord[];
}

/** The state the first stage receives: every layer empty (the `tokens` stage tokenizes the text). */
export function initialState(): PipelineState {
  return {
    sentences: [],
    tokens: tokenize(""),
    words: [],
    wordCues: [],
    clauses: [],
    persons: { inPerson: new Uint8Array(0), surnames: new Set() },
    nameCandidates: [],
    demonymCandidates: [],
    dropped: [],
    mentions: [],
    listKinds: new Map(),
    demonymCountries: new Map(),
    unresolved: [],
    dates: [],
    triggers: [],
    casualties: [],
    events: [],
  };
}
