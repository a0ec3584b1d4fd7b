/**
 * Stage: local cues around each mention.
 * - parent: the text places the name inside the next one, a chain of containers read link by link:
 *   "Springfield, Illinois" (a bare comma: only when one of the next name's referents is a real
 *   administrative container of one of this name's, gazetteer/containment.ts, so that "Kherson,
 *   Odesa and Mykolaiv" stays a list; never when the comma closes an opening phrase, "After Paris,
 *   London is ..."), and "the X area of Y district, Z governorate", "X district of Y", "a village in
 *   X district, Y province" (a unit or area noun says so; the incident stage checks the referents).
 * - near: "a town near X", "outside X", "20 km north of X", "X countryside": X is a reference
 *   point, not the site.
 */
import { isAdminContainer } from "../../gazetteer/containment";
import { NEAR_WORDS } from "../lexicon/cueWords";
import type { Mention, PipelineContext, PipelineState } from "../state";

const CONTAINER_KINDS = new Set(["country", "admin1", "admin2", "continent", "region", "city"]);
const DISTANCE_BEFORE =
  /(?:\b\d+(?:\.\d+)?\s*(?:km|kilometers|kilometres|miles|mi)\s+|\b)(?:north|south|east|west|northeast|northwest|southeast|southwest|northeastern|northwestern)\s+of\s+$/i;

/** Nouns after a name that make it an administrative unit ("Y district", "Z governorate"). */
export const UNIT_NOUNS =
  "district|sub-?district|province|governorate|county|region|oblast|state|municipality|prefecture|department|division";
/** The unit noun right after a mention ("Kherson district"): the unit named for the place. */
export const UNIT_AFTER = new RegExp(`^\\s+(?:${UNIT_NOUNS})\\b`, "i");
const PART_NOUNS = `${UNIT_NOUNS}|area|village|town|city|neighbou?rhood|suburb|quarter`;
/** "X district, Y", "X area, Y": a unit or part noun, then the comma. */
const NOUN_COMMA_JOINT = new RegExp(`^\\s+(?:${PART_NOUNS})\\s*,\\s*$`, "i");
/** "the X area of Y", "X district in Y": a unit or part noun, then "of" or "in". */
const NOUN_OF_JOINT = new RegExp(`^\\s+(?:${PART_NOUNS})\\s+(?:of|in)\\s+(?:the\\s+)?$`, "i");

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

/** One of `outer`'s referents is an administrative or country container of one of `inner`'s. */
function mayContain(outer: Mention, inner: Mention): boolean {
  return outer.candidates.some((p) => inner.candidates.some((c) => isAdminContainer(p, c)));
}

/** Does the text place mention `m` inside the next mention (see the file comment)? */
function placedInside(text: string, m: Mention, next: Mention, sentenceStart: number): boolean {
  if (next.sentence !== m.sentence) return false;
  const between = text.slice(m.end, next.start);
  if (NOUN_COMMA_JOINT.test(between) || NOUN_OF_JOINT.test(between)) return true;
  return (
    /^,\s*$/.test(between) &&
    next.candidates.some((p) => CONTAINER_KINDS.has(p.kind)) &&
    mayContain(next, m) &&
    !inCountryList(text, m, next) &&
    !commaStartsClause(text, m, next, sentenceStart)
  );
}

export function applyLocalCues(ctx: PipelineContext, state: PipelineState): PipelineState {
  const { text } = ctx;
  const ms = state.mentions;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    const next = ms[i + 1];
    if (next && placedInside(text, m, next, state.sentences[m.sentence]?.start ?? 0)) m.parent = i + 1;
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
