/**
 * The "no referent" outcome of resolution: a name whose best candidate is weak is left unplaced
 * (moved to the `dropped` layer with its reason) rather than put on a small town that is likely
 * far from what the text means. Weak: a plain town or a city section (no capital, no seat of a
 * first- or second-level region, under MAJOR_POPULATION people), which the model gives less than
 * NO_REFERENT_SCORE of its name's probability. Trades a little recall for precision and acc@161 (docs/resolution-model.md).
 */
import { isMajorPlace } from "../../gazetteer/placeKinds";
import type { DroppedSpan, Mention, PipelineState } from "../state";

/** Below this softmax score a small town is no referent (the model itself doubts it). */
export const NO_REFERENT_SCORE = 0.65;

/** GeoNames classes of a city that stay a referent at any score: capitals and first/second-level seats. */
const STRONG_CITY_CODES = new Set(["PPLC", "PPLG", "PPLA", "PPLA2"]);

/** The reason the mention's chosen place is too weak to place it, or undefined. */
export function noReferentReason(m: Mention): string | undefined {
  const chosen = m.chosen;
  if (!chosen || m.forced || m.dateline) return undefined;
  const p = chosen.place;
  if (p.kind !== "city" || STRONG_CITY_CODES.has(p.featureCode) || isMajorPlace(p)) return undefined;
  if (chosen.score >= NO_REFERENT_SCORE) return undefined;
  return `a small town the model gives only ${chosen.score.toFixed(2)} of the name: no referent`;
}

/**
 * Removes the weak mentions, keeping `parent` indices pointing at the same mentions (a parent
 * that was removed is forgotten).
 */
export function dropWeakReferents(state: PipelineState): void {
  const kept: Mention[] = [];
  const newIndex = new Map<number, number>();
  const dropped: DroppedSpan[] = [];
  state.mentions.forEach((m, i) => {
    const reason = noReferentReason(m);
    if (reason === undefined) {
      newIndex.set(i, kept.length);
      kept.push(m);
      return;
    }
    dropped.push({
      start: m.start,
      end: m.end,
      text: m.text,
      tokenStart: m.tokenStart,
      tokenEnd: m.tokenEnd,
      filter: "no-referent",
      reason,
    });
  });
  if (dropped.length === 0) return;
  for (const m of kept) {
    if (m.parent === undefined) continue;
    const p = newIndex.get(m.parent);
    if (p === undefined) delete m.parent;
    else m.parent = p;
  }
  state.mentions = kept;
  state.dropped = [...state.dropped, ...dropped];
}
