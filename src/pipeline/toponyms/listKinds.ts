/**
 * Lists of names ("Michigan, Oregon, Washington and Ohio"; "Ontario, Alberta and Manitoba") name
 * places of one kind: a name that could be a city or a state is the state in a list of states.
 * The kind of a list is the one most of its members take by prior; it applies to every member
 * that has a candidate of that kind.
 */
import type { Place } from "../../gazetteer/types";
import type { Mention, PipelineContext, PipelineState } from "../state";
import { prior } from "./priors";

/** Stage: the list kind of each mention in a list of names of one kind. */
export function listStage(ctx: PipelineContext, state: PipelineState): PipelineState {
  state.listKinds = listKinds(ctx.text, state.mentions);
  return state;
}

/** Kinds a list can impose. Lists of cities say little: towns of one name are all cities. */
const LIST_KINDS = new Set<Place["kind"]>(["country", "admin1"]);
const MIN_MEMBERS = 3;
/** Share of the members whose most likely kind must agree. */
const MIN_AGREEMENT = 0.6;
/** The stage's settings, as the stage configuration (stages.ts) shows them. */
export const LIST_SETTINGS = { MIN_MEMBERS, MIN_AGREEMENT } as const;
const LIST_LINK = /^\s*(?:,|,?\s+(?:and|or)|&)\s*$/;

function likelyKind(m: Mention): Place["kind"] | undefined {
  let best: Place | undefined;
  let bestPrior = -Infinity;
  for (const c of m.candidates) {
    const p = prior(c);
    if (p > bestPrior) [best, bestPrior] = [c, p];
  }
  return m.forced?.kind ?? best?.kind;
}

/** For each mention inside a list of one kind, that kind. */
export function listKinds(text: string, mentions: readonly Mention[]): Map<Mention, Place["kind"]> {
  const out = new Map<Mention, Place["kind"]>();
  let i = 0;
  while (i < mentions.length) {
    let j = i;
    while (
      j + 1 < mentions.length &&
      mentions[j + 1]!.sentence === mentions[i]!.sentence &&
      LIST_LINK.test(text.slice(mentions[j]!.end, mentions[j + 1]!.start))
    )
      j++;
    const members = mentions.slice(i, j + 1).filter((m) => !m.adjectival);
    if (members.length >= MIN_MEMBERS) {
      const counts = new Map<Place["kind"], number>();
      for (const m of members) {
        const k = likelyKind(m);
        if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      for (const [kind, n] of counts) {
        if (!LIST_KINDS.has(kind) || n < MIN_AGREEMENT * members.length) continue;
        for (const m of members) if (m.candidates.some((c) => c.kind === kind)) out.set(m, kind);
      }
    }
    i = j + 1;
  }
  return out;
}
