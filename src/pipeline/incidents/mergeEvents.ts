/**
 * Stage: one incident reported twice in an article (a lead repeated under a photo, a summary and
 * its detail) becomes one event: same type, same place, overlapping dates.
 * The report with the clearer trigger gives the excerpt (ties: the first); casualty counts take
 * the largest stated.
 */
import type { EventOut } from "../contract";
import type { PipelineContext, PipelineState } from "../state";
import type { AssembledEvent } from "./assembleEvents";
import { distanceKm } from "../../gazetteer/distance";
import { mergeTolls } from "../events/casualties";

/** Same place: the same referent, or two city-level points within one city ("Manhattan", "New York"). */
function samePlace(a: EventOut, b: EventOut): boolean {
  if (a.geonameId !== null && a.geonameId === b.geonameId) return true;
  if (a.placeName === b.placeName && a.countryCode === b.countryCode) return true;
  return a.precision === "city" && b.precision === "city" && distanceKm(a, b) < SAME_CITY_KM;
}

const SAME_CITY_KM = 25;

function overlaps(a: EventOut, b: EventOut): boolean {
  return a.dateStart <= b.dateEnd && b.dateStart <= a.dateEnd;
}

export function mergeEvents(_ctx: PipelineContext, state: PipelineState): PipelineState {
  const kept: AssembledEvent[] = [];
  for (const e of state.events as AssembledEvent[]) {
    const i = kept.findIndex((k) => k.type === e.type && samePlace(k, e) && overlaps(k, e));
    if (i < 0) {
      kept.push(e);
      continue;
    }
    const k = kept[i]!;
    const winner = e.weight > k.weight ? e : k;
    kept[i] = { ...winner, id: k.id, ...mergeTolls(k, e) };
  }
  state.events = kept.map(({ weight: _w, ...e }) => e);
  return state;
}
