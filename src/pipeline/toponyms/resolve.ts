/**
 * Stage: toponym resolution. Every name gets one referent per article ("one sense per discourse"),
 * chosen from the gazetteer's candidates by
 *   prior (kind, population)                                     -> priors.ts
 * + local parent ("Springfield, Illinois": the candidate lies in the named state/country)
 * + co-location with the rest of the article: the countries and first-level regions that the other
 *   names resolve to (two passes: priors first, then context from the first pass, leaving out the
 *   name's own vote) and the countries of demonyms ("Syrian").
 * Scores are turned into a probability over the candidates; the runners-up are kept as alternatives.
 */
import type { Place } from "../../gazetteer/types";
import type { Mention, PipelineContext, PipelineState, ScoredPlace } from "../state";
import { prior } from "./priors";

const PARENT_BONUS = 6;
const COUNTRY_CONTEXT = 4;
const ADMIN1_CONTEXT = 2.5;
const MAX_ALTERNATIVES = 4;

interface Group {
  key: string;
  mentions: Mention[];
  candidates: readonly Place[];
  /** Extra score per candidate id from local parents. */
  cueBonus: Map<number, number>;
  choice?: Place;
}

function contains(parent: Place, child: Place): boolean {
  if (parent.id === child.id) return false;
  switch (parent.kind) {
    case "country":
      return child.countryCode === parent.countryCode && child.kind !== "country";
    case "admin1":
      return (
        child.countryCode === parent.countryCode &&
        child.admin1 !== "" &&
        child.admin1 === parent.admin1 &&
        child.kind !== "admin1"
      );
    case "admin2":
    case "city":
      return (
        child.countryCode === parent.countryCode && child.kind === "city" && distanceKm(parent, child) < 60
      );
    default:
      return false;
  }
}

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dlat = (b.lat - a.lat) * rad;
  const dlon = (b.lon - a.lon) * rad;
  const h = Math.sin(dlat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dlon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function resolveToponyms(_ctx: PipelineContext, state: PipelineState): PipelineState {
  const groups = new Map<string, Group>();
  for (const m of state.mentions) {
    if (m.forced) {
      m.chosen = { place: m.forced, score: m.adjectival ? 1 : 0.9 };
      m.alternatives = [];
      continue;
    }
    let g = groups.get(m.key);
    if (!g) {
      g = { key: m.key, mentions: [], candidates: m.candidates, cueBonus: new Map() };
      groups.set(m.key, g);
    }
    g.mentions.push(m);
  }

  // Local parents: a candidate inside one of the parent's candidates gets a bonus.
  for (const g of groups.values()) {
    for (const m of g.mentions) {
      if (m.parent === undefined) continue;
      const parentCands = state.mentions[m.parent]?.candidates ?? [];
      for (const c of g.candidates) {
        if (parentCands.some((p) => contains(p, c))) g.cueBonus.set(c.id, PARENT_BONUS);
      }
    }
  }

  // Pass 1: priors and local cues only.
  for (const g of groups.values()) g.choice = best(g, () => 0).place;

  // Context from pass 1, each name voting once.
  const countryVotes = new Map<string, number>();
  const admin1Votes = new Map<string, number>();
  let totalVotes = 0;
  const vote = (p: Place, w: number) => {
    if (p.countryCode) countryVotes.set(p.countryCode, (countryVotes.get(p.countryCode) ?? 0) + w);
    if (p.admin1 && p.kind !== "country") {
      const k = p.countryCode + "." + p.admin1;
      admin1Votes.set(k, (admin1Votes.get(k) ?? 0) + w);
    }
  };
  for (const g of groups.values()) {
    if (!g.choice) continue;
    vote(g.choice, 1);
    totalVotes += 1;
  }
  for (const [cc, n] of state.demonymCountries) {
    const w = Math.min(1, 0.5 * n);
    countryVotes.set(cc, (countryVotes.get(cc) ?? 0) + w);
    totalVotes += w;
  }

  // Pass 2: with co-location, leaving out the group's own vote.
  for (const g of groups.values()) {
    const own = g.choice;
    const others = totalVotes - (own ? 1 : 0);
    const context = (c: Place): number => {
      if (others <= 0) return 0;
      let cv = countryVotes.get(c.countryCode) ?? 0;
      if (own && own.countryCode === c.countryCode) cv -= 1;
      let s = COUNTRY_CONTEXT * Math.max(0, cv / others);
      if (c.admin1 && c.kind !== "country") {
        let av = admin1Votes.get(c.countryCode + "." + c.admin1) ?? 0;
        if (own && own.countryCode === c.countryCode && own.admin1 === c.admin1) av -= 1;
        s += ADMIN1_CONTEXT * Math.max(0, av / others);
      }
      return s;
    };
    const { place, scored } = best(g, context);
    g.choice = place;
    for (const m of g.mentions) {
      m.chosen = scored[0]!;
      m.alternatives = scored.slice(1, 1 + MAX_ALTERNATIVES);
    }
  }
  return state;
}

/** Scores the group's candidates; returns the best and all, sorted, as probabilities. */
function best(g: Group, context: (c: Place) => number): { place: Place; scored: ScoredPlace[] } {
  const raw = g.candidates.map((c) => ({ place: c, s: prior(c) + (g.cueBonus.get(c.id) ?? 0) + context(c) }));
  raw.sort((a, b) => b.s - a.s);
  const top = raw[0]!.s;
  let z = 0;
  for (const r of raw) z += Math.exp(r.s - top);
  const scored = raw.map((r) => ({ place: r.place, score: Math.exp(r.s - top) / z }));
  return { place: raw[0]!.place, scored };
}
