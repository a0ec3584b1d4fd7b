/**
 * Incident triggers: the words of a sentence that report something happening ("airstrikes", "shelled",
 * "clashes", "talks"), typed by the lexicon (lexicon.ts) and weighed by how incident-like they are.
 *
 * One pass over the sentence's tokens: longest lexicon phrase first at each token; ambiguous words are settled by
 * cue words anywhere in the sentence (an aircraft makes "bombing" an airstrike, teachers make "strike" a walkout,
 * a virus makes "died" no attack). Then each trigger's own clause is read for
 *  - hypothetical context: a modal, future or wish word before it ("could lead to a ceasefire", "wants a
 *    ceasefire"), an infinitive of purpose ("to stop the fighting"), or a modal right after it ("fighting would");
 *  - negation: "not", "no", "never", "denied", "without" ... shortly before it.
 * A clause ends at clause punctuation and at words such as "that", "which", "but", "after".
 */
import type { EventType } from "../contract";
import {
  AIR_CUES,
  FORWARD_HYPOTHETICAL,
  INFINITIVE_VERBS,
  LABOUR_CUES,
  LEXICON,
  MILITARY_CUES,
  NONVIOLENT_DEATH_CUES,
  OFFENSIVE_BEFORE,
  OFFENSIVE_NOT_NEXT,
  POLICE_CUES,
  type LexEntry,
} from "./lexicon";
import { wordsOf, type Word } from "../words";
import { Cue, wordCues } from "./clauses";

export interface Trigger {
  start: number;
  end: number;
  text: string;
  type: EventType;
  /** 0..1: confidence that this reports an incident. */
  weight: number;
  negated?: boolean;
  hypothetical?: boolean;
  /** A word for the toll ("killed", "casualties", "claimed the lives"): the result of an incident, not one of its own. */
  casualty?: true;
}

/** Prefixes that keep the word after the hyphen a trigger ("re-shelled", "counter-attack"). */
const PREFIXES = new Set(["re", "counter", "pre", "mid"]);

/** How far back (tokens) in its clause a trigger looks for modal/negation words. */
const BACK_WINDOW = 8;
/** Negation must sit this close before the trigger ("did not attack", "no sign of fighting"). */
const NEG_WINDOW = 5;
/** How far after the trigger a modal still governs it ("talks are expected", "fighting would not end"). */
const FORWARD_WINDOW = 3;

interface Cues {
  air: boolean;
  military: boolean;
  labour: boolean;
  police: boolean;
  nonviolent: boolean;
}

const CUE_AIR = 1;
const CUE_MILITARY = 2;
const CUE_LABOUR = 4;
const CUE_POLICE = 8;
const CUE_NONVIOLENT = 16;

/** Each cue word's kinds as bits: one lookup per word of the sentence. */
const CUE_BITS = new Map<string, number>();
for (const [words, bit] of [
  [AIR_CUES, CUE_AIR],
  [MILITARY_CUES, CUE_MILITARY],
  [LABOUR_CUES, CUE_LABOUR],
  [POLICE_CUES, CUE_POLICE],
  [NONVIOLENT_DEATH_CUES, CUE_NONVIOLENT],
] as const)
  for (const w of words) CUE_BITS.set(w, (CUE_BITS.get(w) ?? 0) | bit);

function sentenceCues(toks: readonly Word[]): Cues {
  let bits = 0;
  for (const t of toks) if (!t.punct) bits |= CUE_BITS.get(t.w) ?? 0;
  return {
    air: (bits & CUE_AIR) !== 0,
    military: (bits & CUE_MILITARY) !== 0,
    labour: (bits & CUE_LABOUR) !== 0,
    police: (bits & CUE_POLICE) !== 0,
    nonviolent: (bits & CUE_NONVIOLENT) !== 0,
  };
}

function matchAt(toks: readonly Word[], i: number, words: readonly string[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const t = toks[i + k];
    if (!t || t.punct || t.w !== words[k]) return false;
  }
  return true;
}

/** Settle an entry's type and weight from the sentence; null drops it. */
function resolve(
  e: LexEntry,
  toks: readonly Word[],
  i: number,
  n: number,
  cues: Cues,
): { type: EventType; weight: number } | null {
  if (e.type === null) return null;
  const w = e.weight;
  switch (e.rule) {
    case undefined:
      return { type: e.type, weight: w };
    case "bomb":
      return cues.air ? { type: "airstrike", weight: 0.9 } : { type: "attack", weight: w };
    case "bombard":
      return cues.air ? { type: "airstrike", weight: 0.9 } : { type: "shelling", weight: w };
    case "strike": {
      if (cues.air) return { type: "airstrike", weight: w };
      if (cues.labour) return { type: "other", weight: 0.35 };
      if (cues.military) return { type: "airstrike", weight: w };
      return toks[i]?.w === "strikes" ? { type: "airstrike", weight: 0.45 } : null;
    }
    case "struck":
      return (cues.air || cues.military) && !cues.nonviolent ? { type: "airstrike", weight: w } : null;
    case "raid":
      if (cues.air) return { type: "airstrike", weight: 0.9 };
      if (cues.police) return { type: "other", weight: 0.45 };
      return { type: "attack", weight: w };
    case "kill":
      return cues.nonviolent ? { type: "other", weight: 0.15 } : { type: e.type, weight: w };
    case "death":
      if (cues.nonviolent) return { type: "other", weight: 0.15 };
      return cues.military || cues.air ? { type: e.type, weight: w } : { type: "other", weight: 0.2 };
    case "military":
      return cues.military || cues.air ? { type: e.type, weight: w } : null;
    case "assault":
      return cues.police && !cues.military ? { type: "other", weight: 0.35 } : { type: e.type, weight: w };
    case "offensive": {
      const next = toks[i + n];
      if (next && !next.punct && OFFENSIVE_NOT_NEXT.has(next.w)) return null;
      const prev = toks[i - 1];
      const plural = toks[i]?.w === "offensives";
      if (plural || cues.military || cues.air || (next && (next.w === "on" || next.w === "against"))) {
        return { type: e.type, weight: prev && OFFENSIVE_BEFORE.has(prev.w) ? w + 0.1 : w };
      }
      return null;
    }
  }
}

/** Read the trigger's clause for hypothetical and negating words (their cue bits, clauses.ts). */
function clauseContext(
  toks: readonly Word[],
  cues: Uint8Array,
  i: number,
  n: number,
): { hyp: boolean; neg: boolean } {
  let hyp = false;
  let neg = false;
  for (let j = i - 1, d = 1; j >= 0 && d <= BACK_WINDOW; j--, d++) {
    if (!toks[j] || toks[j]!.punct) break;
    const c = cues[j]!;
    if (c & (Cue.Hypothetical | Cue.Purpose)) hyp = true;
    else if (d <= NEG_WINDOW && c & Cue.Negation) neg = true;
    if (c & Cue.ClauseWord) break;
  }
  for (let j = i + n, d = 1; j < toks.length && d <= FORWARD_WINDOW; j++, d++) {
    const t = toks[j];
    if (!t || t.punct || cues[j]! & Cue.ClauseWord) break;
    if (t.w === "due" || t.w === "set") {
      // "talks are due to resume" / "set to meet", not "killed due to the shelling"
      const v = toks[j + 2];
      if (toks[j + 1]?.w === "to" && v && INFINITIVE_VERBS.has(v.w)) {
        hyp = true;
        break;
      }
    } else if (FORWARD_HYPOTHETICAL.has(t.w) && !(t.w === "may" && t.cap)) {
      hyp = true;
      break;
    }
  }
  return { hyp, neg };
}

/** The sentence's triggers; `toks` are its words when the clauses stage has them (else tokenized here). */
export function findTriggers(
  text: string,
  sentence: { start: number; end: number },
  toks: readonly Word[] = wordsOf(text, sentence.start, sentence.end),
  wordCue: Uint8Array = wordCues(toks),
): Trigger[] {
  const out: Trigger[] = [];
  let cues: Cues | undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t || t.punct) continue;
    const list = LEXICON.get(t.w);
    if (!list) continue;
    let entry: LexEntry | undefined;
    for (const e of list) {
      if (matchAt(toks, i, e.words)) {
        entry = e;
        break;
      }
    }
    if (!entry) continue;
    const n = entry.words.length;
    const last = toks[i + n - 1] ?? t;
    const after = toks[i + n];
    // Inside a hyphenated compound ("fire-fighting", "attack-helicopter"): a modifier, not a report.
    if ((t.joined && !PREFIXES.has(toks[i - 1]?.w ?? "")) || (after && after.joined)) {
      i += n - 1;
      continue;
    }
    cues ??= sentenceCues(toks);
    const r = resolve(entry, toks, i, n, cues);
    if (r) {
      const { hyp, neg } = clauseContext(toks, wordCue, i, n);
      const trig: Trigger = {
        start: t.start,
        end: last.end,
        text: text.slice(t.start, last.end),
        type: r.type,
        weight: Math.min(1, r.weight),
      };
      if (entry.rule === "kill" || entry.rule === "death") trig.casualty = true;
      if (neg) trig.negated = true;
      if (hyp) trig.hypothetical = true;
      out.push(trig);
    }
    i += n - 1;
  }
  return out;
}

/** Specificity of a type, for ties: airstrike/shelling/attack > fighting > ceasefire/aid > diplomacy > statement > other. */
const TYPE_RANK: Record<EventType, number> = {
  airstrike: 5,
  shelling: 5,
  attack: 5,
  fighting: 4,
  ceasefire: 3,
  aid: 3,
  diplomacy: 2,
  statement: 1,
  other: 0,
};

/** The most incident-like trigger that is neither hypothetical nor negated (ties: the more specific type, then the first). */
export function bestTrigger<T extends Trigger>(triggers: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const t of triggers) {
    if (t.hypothetical || t.negated) continue;
    if (
      !best ||
      t.weight > best.weight + 1e-9 ||
      (Math.abs(t.weight - best.weight) <= 1e-9 && TYPE_RANK[t.type] > TYPE_RANK[best.type])
    ) {
      best = t;
    }
  }
  return best;
}
