/**
 * Stage: the article's dateline. Finds "CITY, Country, Date (Agency) —" at the top and marks the
 * names inside it, so that resolution reads the filing place as the article's home (its country is
 * evidence for the other names) and incident assembly never takes it, or its date, for an incident's.
 * A dateline's place is a place even when it is an everyday word the recogniser leaves alone
 * ("NICE, France", "READING, England"): such a name is added as a mention here.
 */
import { normalizeName } from "../../gazetteer/normalize";
import type { Mention, PipelineContext, PipelineState } from "../state";
import { findDateline } from "./findDateline";

type Span = { start: number; end: number; text: string };

/** A mention for a dateline name the recogniser did not keep, when the gazetteer knows it. */
function datelineMention(ctx: PipelineContext, state: PipelineState, span: Span): Mention | undefined {
  const key = normalizeName(span.text);
  const candidates = ctx.gazetteer.lookup(key);
  if (candidates.length === 0) return undefined;
  const { tokens } = state;
  let first = -1;
  let last = -1;
  for (let i = 0; i < tokens.count && tokens.start[i]! < span.end; i++) {
    if (tokens.start[i]! < span.start) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return undefined;
  return {
    start: span.start,
    end: span.end,
    text: span.text,
    key,
    tokenStart: first,
    tokenEnd: last + 1,
    sentence: tokens.sentence[first]!,
    candidates,
    dateline: true,
  };
}

export function datelineStage(ctx: PipelineContext, state: PipelineState): PipelineState {
  const dateline = findDateline(ctx.text, ctx.gazetteer);
  if (!dateline) return state;
  state.dateline = dateline;
  for (const m of state.mentions) if (m.start >= dateline.start && m.end <= dateline.end) m.dateline = true;
  const spans = [dateline.place, ...(dateline.parent ? [dateline.parent] : [])];
  const added: Mention[] = [];
  for (const span of spans) {
    const covered = state.mentions.some((m) => m.start < span.end && span.start < m.end);
    if (covered) continue;
    // The parent's abbreviation dot ("Ga.") is no part of its name.
    const name = { ...span, text: span.text.replace(/\.$/, "") };
    name.end = name.start + name.text.length;
    const m = datelineMention(ctx, state, name);
    if (m) added.push(m);
  }
  if (added.length > 0) state.mentions = [...state.mentions, ...added].sort((a, b) => a.start - b.start);
  return state;
}
