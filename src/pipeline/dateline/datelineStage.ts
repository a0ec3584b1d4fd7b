/**
 * Stage: the article's dateline. Finds "CITY, Country, Date (Agency) —" at the top and marks the
 * names inside it, so that resolution reads the filing place as the article's home (its country is
 * evidence for the other names) and incident assembly never takes it, or its date, for an incident's.
 */
import type { PipelineContext, PipelineState } from "../state";
import { findDateline } from "./findDateline";

export function datelineStage(ctx: PipelineContext, state: PipelineState): PipelineState {
  const dateline = findDateline(ctx.text, ctx.gazetteer);
  if (!dateline) return state;
  state.dateline = dateline;
  for (const m of state.mentions) if (m.start >= dateline.start && m.end <= dateline.end) m.dateline = true;
  return state;
}
