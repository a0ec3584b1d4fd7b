/**
 * Stage: toponym resolution. Every name gets one referent per article ("one sense per discourse"),
 * chosen from the gazetteer's candidates by
 *   prior (kind, population)                                     -> priors.ts
 * + local parent ("Springfield, Illinois": the candidate lies in the named state/country)
 * + co-location with the rest of the article: the countries and first-level regions that the other
 *   names resolve to (two passes: priors first, then context from the first pass, leaving out the
 *   name's own vote) and the countries of demonyms ("Kenyan").
 * + home region: the country (and first-level region) of the dateline's filing place ("LIMA, Peru
 *   (Reuters) -"), which is resolved from its prior and its own parent only, like a wire reader does.
 * Scores are turned into a probability over the candidates; the runners-up are kept as alternatives.
 */
import type { Place } from "../../gazetteer/types";
import type { Mention, PipelineContext, PipelineState, ScoredPlace } from "../state";
import { prior } from "./priors";
import { nearbyGroups } from "./proximity";
import { listKinds } from "./listKinds";
import { distanceKm } from "../../gazetteer/distance";
import { normalizeName } from "../../gazetteer/normalize";

const PARENT_BONUS = 6;
/** Weights of co-location (share of the other names in the same country / first-level region). */
const COUNTRY_CONTEXT = 5;
const ADMIN1_CONTEXT = 5;
/** Co-location passes after the prior-only pass (LGL: 1 pass 0.80 acc@161, 2 passes 0.83). */
const CONTEXT_PASSES = 2;
const MAX_ALTERNATIVES = 4;
/** Bonus for a local candidate near other names' possible places; full at NEAR_SATURATION names. */
const NEAR_CONTEXT = 2;
const NEAR_SATURATION = 2;
/**
 * A place called by its own name beats one for which the name is only a variant or a historical
 * name ("Berea" is a town in Kentucky before it is an old name of a city elsewhere).
 */
const OWN_NAME_BONUS = 1.5;
/** Bonus for a candidate of the kind of the list the name stands in (listKinds.ts). */
const LIST_KIND_BONUS = 3;
/** Home-region evidence: a candidate in the dateline's country, and in its first-level region. */
const HOME_COUNTRY = 3;
const HOME_ADMIN1 = 2;

const ownKeys = new WeakMap<Place, string>();
function isOwnName(p: Place, key: string): boolean {
  let k = ownKeys.get(p);
  if (k === undefined) {
    k = normalizeName(p.name);
    ownKeys.set(p, k);
  }
  // "New York" is New York City's own name too: the name plus a generic " City" ("Mexico City").
  return k === key || k === key + " city";
}

/**
 * The own name of a country or first-level region is not another place's variant name: "Iraq"
 * beside "Iran" is not a city for which "Iraq" is an old name.
 */
function ownNamesFirst(key: string, candidates: readonly Place[]): readonly Place[] {
  const major = (c: Place) => c.kind === "country" || c.kind === "admin1";
  if (!candidates.some((c) => major(c) && isOwnName(c, key))) return candidates;
  // A country's bare name is not its "X City" ("Mexico" is not Mexico City); a state's may be
  // ("New York").
  const countryOwnsKey = candidates.some((c) => c.kind === "country" && isOwnName(c, key));
  const ownName = (c: Place) => (countryOwnsKey ? normalizeName(c.name) === key : isOwnName(c, key));
  return candidates.filter((c) => major(c) || ownName(c));
}

interface Group {
  key: string;
  mentions: Mention[];
  /** The name is the dateline's filing place: resolved without the article's context. */
  dateline?: boolean;
  candidates: readonly Place[];
  /** Extra score per candidate id from local parents. */
  cueBonus: Map<number, number>;
  choice?: Place;
  next?: { place: Place; scored: ScoredPlace[] };
}

interface Votes {
  country: Map<string, number>;
  admin1: Map<string, number>;
  total: number;
}

function countVotes(groups: Iterable<Group>, demonymCountries: ReadonlyMap<string, number>): Votes {
  const votes: Votes = { country: new Map(), admin1: new Map(), total: 0 };
  for (const g of groups) {
    const p = g.choice;
    if (!p) continue;
    votes.total += 1;
    if (p.countryCode) votes.country.set(p.countryCode, (votes.country.get(p.countryCode) ?? 0) + 1);
    if (p.admin1 && p.kind !== "country") {
      const k = p.countryCode + "." + p.admin1;
      votes.admin1.set(k, (votes.admin1.get(k) ?? 0) + 1);
    }
  }
  for (const [cc, n] of demonymCountries) {
    const w = Math.min(1, 0.5 * n);
    votes.country.set(cc, (votes.country.get(cc) ?? 0) + w);
    votes.total += w;
  }
  return votes;
}

/** Co-location score of candidate c: the share of the other names in its country and admin1. */
function contextScore(votes: Votes, own: Place | undefined, c: Place): number {
  const others = votes.total - (own ? 1 : 0);
  if (others <= 0) return 0;
  let cv = votes.country.get(c.countryCode) ?? 0;
  if (own && own.countryCode === c.countryCode) cv -= 1;
  let s = COUNTRY_CONTEXT * Math.max(0, cv / others);
  if (c.admin1 && c.kind !== "country") {
    let av = votes.admin1.get(c.countryCode + "." + c.admin1) ?? 0;
    if (own && own.kind !== "country" && own.countryCode === c.countryCode && own.admin1 === c.admin1)
      av -= 1;
    s += ADMIN1_CONTEXT * Math.max(0, av / others);
  }
  return s;
}

/** Does `parent` contain `child` (country, first-level region, or a city and its parts)? */
export function contains(parent: Place, child: Place): boolean {
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

export function resolveToponyms(ctx: PipelineContext, state: PipelineState): PipelineState {
  const groups = new Map<string, Group>();
  const inList = listKinds(ctx.text, state.mentions);
  for (const m of state.mentions) {
    if (m.forced) {
      m.chosen = { place: m.forced, score: m.adjectival ? 1 : 0.9 };
      m.alternatives = [];
      continue;
    }
    let g = groups.get(m.key);
    if (!g) {
      g = { key: m.key, mentions: [], candidates: ownNamesFirst(m.key, m.candidates), cueBonus: new Map() };
      groups.set(m.key, g);
    }
    g.mentions.push(m);
    if (m.dateline) g.dateline = true;
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

  // Lists of one kind: "Michigan, Oregon, Washington and Ohio" are states.
  for (const g of groups.values()) {
    const kinds = new Set(g.mentions.map((m) => inList.get(m)).filter((k) => k !== undefined));
    for (const c of g.candidates)
      if (kinds.has(c.kind)) g.cueBonus.set(c.id, (g.cueBonus.get(c.id) ?? 0) + LIST_KIND_BONUS);
  }

  // Spatial co-location of local names (proximity.ts): a bonus that needs no choice made first.
  const list = [...groups.values()];
  const near = nearbyGroups(list.map((g) => g.candidates));
  for (const g of list) {
    // A name that can be a country or a region ("Mexico", "New York") is not pulled to its city.
    if (g.candidates.some((c) => c.kind === "country" || c.kind === "admin1")) continue;
    for (const c of g.candidates) {
      const n = near.get(c);
      if (n)
        g.cueBonus.set(c.id, (g.cueBonus.get(c.id) ?? 0) + NEAR_CONTEXT * Math.min(1, n / NEAR_SATURATION));
    }
  }

  // Pass 1: priors and local cues only.
  for (const g of groups.values()) g.choice = best(g, () => 0).place;
  const home = homeRegion(state.mentions, groups);
  const homeScore = (c: Place) =>
    !home
      ? 0
      : (c.countryCode === home.countryCode ? HOME_COUNTRY : 0) +
        (home.kind !== "country" && c.kind !== "country" && c.admin1 !== "" && c.admin1 === home.admin1
          ? HOME_ADMIN1
          : 0);

  // Then co-location passes: each name votes once for its current choice; every name is rescored
  // against the others' votes (its own left out). A later pass sees the corrections of the earlier.
  for (let pass = 0; pass < CONTEXT_PASSES; pass++) {
    const votes = countVotes(groups.values(), state.demonymCountries);
    for (const g of groups.values())
      g.next = g.dateline
        ? best(g, () => 0)
        : best(g, (c) => contextScore(votes, g.choice, c) + homeScore(c));
    for (const g of groups.values()) g.choice = g.next?.place ?? g.choice;
  }
  for (const g of groups.values()) {
    const scored = (g.next ?? best(g, () => 0)).scored;
    for (const m of g.mentions) {
      m.chosen = scored[0]!;
      m.alternatives = diverseAlternatives(scored);
    }
  }
  return state;
}

/**
 * The article's home region: the dateline's container when it names one ("ATLANTA, Ga."), else
 * its filing place, as chosen from priors and local cues.
 */
function homeRegion(mentions: readonly Mention[], groups: ReadonlyMap<string, Group>): Place | undefined {
  const inDateline = mentions.filter((m) => m.dateline);
  if (inDateline.length === 0) return undefined;
  const choiceOf = (m: Mention) => m.forced ?? groups.get(m.key)?.choice;
  const container = inDateline.find((m) => {
    const k = choiceOf(m)?.kind;
    return k === "country" || k === "admin1";
  });
  return choiceOf(container ?? inDateline[0]!);
}

/**
 * The runners-up a reader should see: the best of each other country first (Alexandria, Egypt
 * beside Alexandria, Louisiana), then the next best of any country.
 */
function diverseAlternatives(scored: readonly ScoredPlace[]): ScoredPlace[] {
  const out: ScoredPlace[] = [];
  const countries = new Set([scored[0]?.place.countryCode]);
  for (const s of scored.slice(1)) {
    if (out.length >= MAX_ALTERNATIVES) break;
    if (countries.has(s.place.countryCode)) continue;
    countries.add(s.place.countryCode);
    out.push(s);
  }
  for (const s of scored.slice(1)) {
    if (out.length >= MAX_ALTERNATIVES) break;
    if (!out.includes(s)) out.push(s);
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Scores the group's candidates; returns the best and all, sorted, as probabilities. */
function best(g: Group, context: (c: Place) => number): { place: Place; scored: ScoredPlace[] } {
  const raw = g.candidates.map((c) => ({
    place: c,
    s: prior(c) + (g.cueBonus.get(c.id) ?? 0) + context(c) + (isOwnName(c, g.key) ? OWN_NAME_BONUS : 0),
  }));
  raw.sort((a, b) => b.s - a.s);
  const top = raw[0]!.s;
  let z = 0;
  for (const r of raw) z += Math.exp(r.s - top);
  const scored = raw.map((r) => ({ place: r.place, score: Math.exp(r.s - top) / z }));
  return { place: raw[0]!.place, scored };
}
