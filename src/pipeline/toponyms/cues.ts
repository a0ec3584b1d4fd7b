/**
 * Stage: local cues around each mention.
 * - parent: "Springfield, Illinois", "Geneva, Switzerland": the second name may contain the first
 *   (resolution keeps the cue only for a real container, gazetteer/containment.ts). Not when the
 *   comma closes an opening phrase ("After Paris, London is ...").
 * - near: "a town near X", "outside X", "20 km north of X", "X countryside": X is a reference
 *   point, not the site.
 */
import { NEAR_WORDS } from "../lexicon/cueWords";
import type { Mention, PipelineContext, PipelineState } from "../state";

const CONTAINER_KINDS = new Set(["country", "admin1", "admin2", "continent", "region", "city"]);
const DISTANCE_BEFORE =
  /(?:\b\d+(?:\.\d+)?\s*(?:km|kilometers|kilometres|miles|mi)\s+|\b)(?:north|south|east|west|northeast|northwest|southeast|southwest|northeastern|northwestern)\s+of\s+$/i;

/** Words that open a sentence with a phrase the comma closes ("After X, Y is ..."): not locative. */
const OPENING_PREPOSITIONS = new Set(
  "after before like unlike besides beyond following despite since until than apart except beside".split(" "),
);
/** A finite verb right after the second name makes it a clause's subject ("..., London is ..."). */
const CLAUSE_VERB_AFTER =
  /^\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|remains|remained|became|becomes|said|says|seems|seemed|looks|looked)\b/i;

/** "After Paris, London is ...": the comma ends an opening phrase; the next name starts the clause. */
function commaStartsClause(text: string, m: Mention, next: Mention, sentenceStart: number): boolean {
  if (CLAUSE_VERB_AFTER.test(text.slice(next.end, next.end + 16))) return true;
  const lead = text.slice(sentenceStart, m.start).trim().toLowerCase();
  return OPENING_PREPOSITIONS.has(lead);
}

/**
 * "China, Japan, and Brazil": a country's name followed by a list that goes on is a list of
 * countries, not a town inside the next one ("China", a town in Japan). "Springfield, Illinois,
 * and ..." still has a parent: Springfield is no country.
 */
function inCountryList(text: string, m: Mention, next: Mention): boolean {
  if (!m.candidates.some((p) => p.kind === "country")) return false;
  return /^\s*(?:,|and\b|or\b|&)/.test(text.slice(next.end, next.end + 8));
}

export function applyLocalCues(ctx: PipelineContext, state: PipelineState): PipelineState {
  const { text } = ctx;
  const ms = state.mentions;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    const next = ms[i + 1];
    if (next && next.sentence === m.sentence && /^,\s*$/.test(text.slice(m.end, next.start))) {
      if (
        next.candidates.some((p) => CONTAINER_KINDS.has(p.kind)) &&
        !inCountryList(text, m, next) &&
        !commaStartsClause(text, m, next, state.sentences[m.sentence]?.start ?? 0)
      )
        m.parent = i + 1;
    }
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const words = before.toLowerCase().match(/[a-z]+/g) ?? [];
    const w1 = words[words.length - 1] ?? "";
    const w2 = words[words.length - 2] ?? "";
    if (
      NEAR_WORDS.has(w1) ||
      (w1 === "of" && (w2 === "outskirts" || w2 === "countryside" || w2 === "vicinity")) ||
      (w1 === "to" && w2 === "close") ||
      DISTANCE_BEFORE.test(before) ||
      // "Idlib countryside", "Kabul's outskirts": around the place, not in it.
      /^(?:['’]s)?\s+(?:countryside|outskirts|suburbs|environs|vicinity|periphery)\b/i.test(
        text.slice(m.end, m.end + 20),
      )
    ) {
      m.near = true;
      m.cue ??= "near";
    }
  }
  return state;
}
