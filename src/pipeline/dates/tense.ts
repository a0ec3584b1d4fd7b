/**
 * Tense of a run of words: the markers of future and past, read back from the run's end. The clause
 * layer (events/clauses.ts) reads each clause with it, and a date expression the words before it
 * (tenseAt.ts).
 */
import { FUTURE_INFINITIVES } from "./lexicon";

export type Tense = "future" | "past" | null;

/** Words that put the clause in the future (or in a plan: modal, scheduled, due ...). */
const FUTURE_MARKERS = new Set(
  (
    "will 'll shall would wo won't going next coming upcoming forthcoming scheduled slated due " +
    "may might could should must can set"
  ).split(" "),
);

/** Words that anchor the clause in the past. */
const PAST_MARKERS = new Set(
  (
    "was were had did been said told ago last since earlier previously " +
    "held met began took made came went left gave fell rose won lost struck hit shot killed found saw spoke " +
    "sent put brought became broke fought led ran sold bought paid withdrew drew flew threw grew knew wrote " +
    "chose stole shook got sat stood understood heard felt kept meant dealt built spent fled fed caught " +
    "taught sought thought hung won sank rang sprang drank blew overthrew undertook underwent oversaw " +
    "ate drove froze woke wore tore swore bore hid bit quit beat lay laid"
  ).split(" "),
);

/** Verbs that, followed by "to", announce an intention ("agreed to", "plans to", "is to"). */
const INTENT_BEFORE_TO = new Set(
  (
    "agreed agree agrees due set scheduled slated going likely " +
    "wants want intends intend aims aim decided promised promise vowed vow pledged pledge threatened " +
    "prepared prepares ready is are agreement decision plan deal invitation offer proposal bid attempt"
  ).split(" "),
);

/** Verbs of intention: future only when followed by "to". */
const INTENT_VERBS = new Set(
  "plans plan planned expects expect expected intends intend intended aims aim hopes hope hoped wants want".split(
    " ",
  ),
);

/** Every word a branch of tenseOfWords reads, but the "-ed" forms. */
const MARKERS = new Set([
  ...FUTURE_MARKERS,
  ...PAST_MARKERS,
  ...INTENT_VERBS,
  ..."to set has have until till can".split(" "),
]);

/** Auxiliaries after which a participle is passive, not a past-tense verb ("will be signed"). */
const PASSIVE_AUX = new Set("be being is are 's am".split(" "));

/**
 * The tense of a run of lower-cased words ("n't" and "'ll" as words of their own, capitalised modals
 * blanked), read backwards from its end over at most `window` words: the nearest future or past marker.
 */
export function tenseOfWords(words: readonly string[], window: number): Tense {
  const start = Math.max(0, words.length - window);
  for (let i = words.length - 1; i >= start; i--) {
    const w = words[i] ?? "";
    // Most words are no marker: one lookup skips them.
    if (!MARKERS.has(w) && !(w.length >= 4 && w.endsWith("ed"))) continue;
    const prev = words[i - 1] ?? "";
    const next = words[i + 1] ?? "";
    if (w === "to") {
      if (FUTURE_INFINITIVES.has(next) || INTENT_BEFORE_TO.has(prev)) return "future";
      continue;
    }
    if (w === "set" && next !== "to" && next !== "for") continue;
    // "plans to", "expected to", "hopes to": intention; "announced plans Friday" is a noun.
    if (INTENT_VERBS.has(w)) {
      if (next === "to") return "future";
      continue;
    }
    // "has been", "have signed": perfect, past; "has a June 1 deadline": neither.
    if (w === "has" || w === "have") {
      if (next === "been" || PAST_MARKERS.has(next) || /[a-z]{2,}ed$/.test(next)) return "past";
      continue;
    }
    // "closed until Friday", "in custody till Monday": the end point lies ahead.
    if (
      (w === "until" || w === "till") &&
      (i === words.length - 1 || (i === words.length - 2 && next === "on"))
    )
      return "future";
    if (w === "can" && next === "n't") continue;
    if (FUTURE_MARKERS.has(w)) {
      // "would have", "could have": a past counterfactual.
      if (
        (w === "would" || w === "could" || w === "might" || w === "may" || w === "should") &&
        next === "have"
      )
        return "past";
      return "future";
    }
    if (PAST_MARKERS.has(w)) {
      if (PASSIVE_AUX.has(prev)) continue;
      return "past";
    }
    if (
      w.endsWith("ed") &&
      /[a-z]{2,}ed$/.test(w) &&
      !/(?:need|feed|speed|seed|bleed|breed|exceed|proceed|succeed)$/.test(w)
    ) {
      if (PASSIVE_AUX.has(prev)) continue;
      return "past";
    }
  }
  return null;
}
