/**
 * Stage: toponym resolution. Every name gets one referent per article ("one sense per discourse"),
 * chosen from the gazetteer's candidates by
 *   prior (kind, population)                                     -> priors.ts
 * + local parent ("Springfield, Illinois": the candidate lies in the named state/country/county,
 *   gazetteer/containment.ts)
 * + co-location with the rest of the article: the countries and first-level regions that the other
 *   names resolve to (two passes: priors first, then context from the first pass, leaving out the
 *   name's own vote) and the countries of demonyms ("Kenyan").
 * + home region: the country (and first-level region) of the dateline's filing place ("LIMA, Peru
 *   (Reuters) -"), which is resolved from its prior and its own parent only, like a wire reader does.
 * + named countries: the share of the article's explicit country references (country and region
 *   names, demonyms, the dateline) in the candidate's country.
 * A major city (a capital, a million people) outshines a far smaller namesake abroad: the article's
 * country-level evidence alone (votes, named countries) does not give the name to the small town
 * ("Americans visiting Paris"); its own first-level region named or voted for, or neighbours
 * named near it that are their names' likely referents, do ("Texas officials ... Paris").
 * Scores are turned into a probability over the candidates; the runners-up are kept as alternatives.
 * The chosen place and the runner-up keep the named parts of their score (`why`, scoreFeatures.ts),
 * recomputed once after the last pass so that the passes themselves build nothing extra.
 */
import type { Place } from "../../gazetteer/types";
import type { Mention, PipelineContext, PipelineState, ScoredPlace } from "../state";
import { prior } from "./priors";
import { NEAR_KM, nearbyGroups } from "./proximity";
import { listKinds } from "./listKinds";
import { distanceKm } from "../../gazetteer/distance";
import { isAdminContainer } from "../../gazetteer/containment";
import { normalizeName } from "../../gazetteer/normalize";
import { emptyFeatures, type ScoreWhy } from "./scoreFeatures";

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
/**
 * Named-country evidence: the share of the article's explicit references to countries (country and
 * first-level region names, demonyms, the dateline's home) that point at the candidate's country.
 * Explicit names weigh more than the votes of towns whose homonyms lie in many countries.
 */
const NAMED_COUNTRY = 5;
/**
 * A capital or a city of this many people is what its name means unless the article's own region
 * says otherwise: the countries the article names do not give its name to a town of theirs.
 */
const MAJOR_CITY_POPULATION = 1_000_000;
const isMajorCity = (p: Place) =>
  p.kind === "city" && (p.featureCode === "PPLC" || p.population >= MAJOR_CITY_POPULATION);
/**
 * A major city outshines a candidate of another country that has not a tenth of its people (a
 * quarter, for a capital: Athens, Greece against Athens, Georgia).
 */
const OUTSHONE_RATIO = 10;
const OUTSHONE_RATIO_CAPITAL = 4;
const isOutshone = (major: Place | undefined, c: Place): boolean =>
  major !== undefined &&
  major.countryCode !== c.countryCode &&
  c.population * (major.featureCode === "PPLC" ? OUTSHONE_RATIO_CAPITAL : OUTSHONE_RATIO) < major.population;
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
  /** The name can be a country or a first-level region ("Mexico", "Ontario"): never pulled to a town. */
  region?: boolean;
  /** A country goes by this very name ("Mexico"). */
  country?: boolean;
  /** A major city of the name (a capital, or MAJOR_CITY_POPULATION people): see MAJOR_CITY_POPULATION. */
  major?: Place;
  /** The name is the dateline's filing place: resolved without the article's context. */
  dateline?: boolean;
  candidates: readonly Place[];
  /** Extra score per candidate id from local cues: the sum of the three maps below. */
  cueBonus: Map<number, number>;
  parentBonus: Map<number, number>;
  listBonus: Map<number, number>;
  nearBonus: Map<number, number>;
  choice?: Place;
  next?: { place: Place; scored: ScoredPlace[] };
  /** The context `next` was scored with (to explain it afterwards). */
  nextContext?: Context;
}

/**
 * The context part of a candidate's score. Given `why`, it also writes its parts there (only when
 * explaining a result, never while choosing).
 */
type Context = (c: Place, why?: ScoreWhy) => number;
const noContext: Context = () => 0;

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

const isNamedRegion = (p: Place | undefined) => p?.kind === "country" || p?.kind === "admin1";

interface Named {
  country: Map<string, number>;
  /** "CC.admin1" of the first-level regions named. */
  admin1: Set<string>;
  total: number;
}

/** The article's explicit references to countries: country and region names, demonyms, the home. */
function namedCountries(
  groups: Iterable<Group>,
  demonymCountries: ReadonlyMap<string, number>,
  home: Place | undefined,
): Named {
  const named: Named = { country: new Map(), admin1: new Set(), total: 0 };
  const add = (cc: string, w: number) => {
    if (!cc) return;
    named.country.set(cc, (named.country.get(cc) ?? 0) + w);
    named.total += w;
  };
  for (const g of groups) {
    if (!isNamedRegion(g.choice)) continue;
    add(g.choice!.countryCode, 1);
    if (g.choice!.kind === "admin1") named.admin1.add(g.choice!.countryCode + "." + g.choice!.admin1);
  }
  for (const cc of demonymCountries.keys()) add(cc, 1);
  if (home) add(home.countryCode, 1);
  return named;
}

/** Named-country score of candidate c: the share of the other explicit references in its country. */
function namedScore(named: Named, own: Place | undefined, c: Place): number {
  if (c.kind === "country") return 0;
  const ownVote = isNamedRegion(own) ? 1 : 0;
  const others = named.total - ownVote;
  if (others <= 0) return 0;
  const w = (named.country.get(c.countryCode) ?? 0) - (ownVote && own!.countryCode === c.countryCode ? 1 : 0);
  return (NAMED_COUNTRY * Math.max(0, w)) / others;
}

/**
 * A candidate lends spatial support to a town named like a big city abroad only when it is not
 * far less likely than its own name's best (prior gap: log10 population plus feature bonus).
 */
const SUPPORT_PRIOR_GAP = 1.5;

function plausibleSupporters(candidates: readonly Place[]): readonly Place[] {
  let top = -Infinity;
  for (const c of candidates) top = Math.max(top, prior(c));
  return candidates.filter((c) => prior(c) >= top - SUPPORT_PRIOR_GAP);
}

/** Co-location score of candidate c: the share of the other names in its country and admin1. */
function contextScore(
  votes: Votes,
  own: Place | undefined,
  c: Place,
  regionOnly: boolean,
  why: ScoreWhy | undefined,
): number {
  const others = votes.total - (own ? 1 : 0);
  if (others <= 0) return 0;
  let cv = votes.country.get(c.countryCode) ?? 0;
  if (own && own.countryCode === c.countryCode) cv -= 1;
  let av = 0;
  if (c.admin1 && c.kind !== "country") {
    av = votes.admin1.get(c.countryCode + "." + c.admin1) ?? 0;
    if (own && own.kind !== "country" && own.countryCode === c.countryCode && own.admin1 === c.admin1)
      av -= 1;
  }
  // Without support from its own first-level region, the country's votes do not count (regionOnly).
  if (regionOnly && av <= 0) return 0;
  const country = COUNTRY_CONTEXT * Math.max(0, cv / others);
  const admin1 = ADMIN1_CONTEXT * Math.max(0, av / others);
  if (why) {
    why.features.countryContext = country;
    why.features.admin1Context = admin1;
  }
  return country + admin1;
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
      const candidates = ownNamesFirst(m.key, m.candidates);
      const major = candidates.find(isMajorCity);
      g = {
        key: m.key,
        mentions: [],
        candidates,
        cueBonus: new Map(),
        parentBonus: new Map(),
        listBonus: new Map(),
        nearBonus: new Map(),
        region: candidates.some(isNamedRegion),
        country: candidates.some((c) => c.kind === "country" && isOwnName(c, m.key)),
        ...(major ? { major } : {}),
      };
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
        if (parentCands.some((p) => isAdminContainer(p, c))) {
          g.cueBonus.set(c.id, PARENT_BONUS);
          g.parentBonus.set(c.id, PARENT_BONUS);
        }
      }
    }
  }

  // Lists of one kind: "Michigan, Oregon, Washington and Ohio" are states.
  for (const g of groups.values()) {
    const kinds = new Set(g.mentions.map((m) => inList.get(m)).filter((k) => k !== undefined));
    for (const c of g.candidates)
      if (kinds.has(c.kind)) {
        g.cueBonus.set(c.id, (g.cueBonus.get(c.id) ?? 0) + LIST_KIND_BONUS);
        g.listBonus.set(c.id, LIST_KIND_BONUS);
      }
  }

  // Spatial co-location of local names (proximity.ts): a bonus that needs no choice made first.
  const list = [...groups.values()];
  const near = nearbyGroups(list.map((g) => g.candidates));
  // For a town whose name is a big city's abroad, only neighbours that are their name's likely
  // referent count: every name has some small American town near some other ("Athens" and
  // "Rome" in Georgia), which says nothing about an article that names the two capitals.
  const nearPlausible = list.some((g) => g.major)
    ? nearbyGroups(
        list.map((g) => g.candidates),
        list.map((g) => plausibleSupporters(g.candidates)),
      )
    : near;
  for (const g of list) {
    // A name that can be a country or a region ("Mexico", "New York") is not pulled to its city.
    if (g.candidates.some((c) => c.kind === "country" || c.kind === "admin1")) continue;
    for (const c of g.candidates) {
      const abroad = isOutshone(g.major, c);
      const n = (abroad ? nearPlausible : near).get(c);
      if (n) {
        const bonus = NEAR_CONTEXT * Math.min(1, n / NEAR_SATURATION);
        g.cueBonus.set(c.id, (g.cueBonus.get(c.id) ?? 0) + bonus);
        g.nearBonus.set(c.id, bonus);
      }
    }
  }

  // Pass 1: priors and local cues only.
  for (const g of groups.values()) g.choice = best(g, noContext).place;
  const home = homeRegion(state.mentions, groups);
  const homeScore = (c: Place, why: ScoreWhy | undefined) => {
    if (!home) return 0;
    const country = c.countryCode === home.countryCode ? HOME_COUNTRY : 0;
    const admin1 =
      home.kind !== "country" && c.kind !== "country" && c.admin1 !== "" && c.admin1 === home.admin1
        ? HOME_ADMIN1
        : 0;
    if (why) {
      why.features.homeCountry = country;
      why.features.homeAdmin1 = admin1;
    }
    return country + admin1;
  };

  // Then co-location passes: each name votes once for its current choice; every name is rescored
  // against the others' votes (its own left out). A later pass sees the corrections of the earlier.
  for (let pass = 0; pass < CONTEXT_PASSES; pass++) {
    const votes = countVotes(groups.values(), state.demonymCountries);
    const namedVotes = namedCountries(groups.values(), state.demonymCountries, home);
    for (const g of groups.values()) {
      // The choice this pass scores against (g.choice moves only after every group is scored).
      const own = g.choice;
      g.nextContext = g.dateline
        ? noContext
        : (c, why) => {
            // A big city abroad keeps its name against a town of the article's countries (Paris,
            // France against Paris, Texas in an article about Americans) unless the town's own
            // region is named or voted for, or its neighbours are named (spatial support).
            // So does a country's own name against a town that bears it ("the Mexico border" beside
            // Texas is not Mexico, Missouri; "Palestine" beside Anderson County, Texas, is Palestine, Texas).
            const abroad =
              isOutshone(g.major, c) || (g.country === true && c.kind !== "country" && c.kind !== "admin1");
            const regionNamed = namedVotes.admin1.has(c.countryCode + "." + c.admin1);
            const regionOnly = abroad && !regionNamed && !nearPlausible.has(c);
            const named = g.region || regionOnly ? 0 : namedScore(namedVotes, own, c);
            if (why) {
              why.features.namedCountry = named;
              why.outshone = abroad;
              why.regionOnly = regionOnly;
            }
            return contextScore(votes, own, c, regionOnly, why) + homeScore(c, why) + named;
          };
      g.next = best(g, g.nextContext);
    }
    for (const g of groups.values()) g.choice = g.next?.place ?? g.choice;
  }
  for (const g of groups.values()) {
    const scored = (g.next ?? best(g, noContext)).scored;
    const context = g.next ? g.nextContext! : noContext;
    const winner = scored[0]!;
    winner.why = explain(g, winner.place, context);
    const runnerUp = scored[1];
    if (runnerUp) {
      runnerUp.why = explain(g, runnerUp.place, context);
      winner.why.runnerUp = runnerUp;
    }
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

/** A candidate's logit: what `best` ranks by, and what its `why` features add up to. */
function logit(g: Group, c: Place, context: Context, why?: ScoreWhy): number {
  return (
    prior(c) + (g.cueBonus.get(c.id) ?? 0) + context(c, why) + (isOwnName(c, g.key) ? OWN_NAME_BONUS : 0)
  );
}

/** The named parts of candidate c's logit, as scored with `context`. */
function explain(g: Group, c: Place, context: Context): ScoreWhy {
  const why: ScoreWhy = { features: emptyFeatures(), total: 0, outshone: false, regionOnly: false };
  const f = why.features;
  f.prior = prior(c);
  f.parent = g.parentBonus.get(c.id) ?? 0;
  f.listKind = g.listBonus.get(c.id) ?? 0;
  f.near = g.nearBonus.get(c.id) ?? 0;
  f.ownName = isOwnName(c, g.key) ? OWN_NAME_BONUS : 0;
  why.total = logit(g, c, context, why);
  return why;
}

/** Scores the group's candidates; returns the best and all, sorted, as probabilities. */
function best(g: Group, context: Context): { place: Place; scored: ScoredPlace[] } {
  const raw = g.candidates.map((c) => ({ place: c, s: logit(g, c, context) }));
  raw.sort((a, b) => b.s - a.s);
  const top = raw[0]!.s;
  let z = 0;
  for (const r of raw) z += Math.exp(r.s - top);
  const scored = raw.map((r) => ({ place: r.place, score: Math.exp(r.s - top) / z }));
  return { place: raw[0]!.place, scored };
}

/** The stage's settings, as the stage configuration (stages.ts) shows them. */
export const RESOLVE_SETTINGS = {
  PARENT_BONUS,
  COUNTRY_CONTEXT,
  ADMIN1_CONTEXT,
  CONTEXT_PASSES,
  NEAR_CONTEXT,
  NEAR_SATURATION,
  OWN_NAME_BONUS,
  LIST_KIND_BONUS,
  NAMED_COUNTRY,
  MAJOR_CITY_POPULATION,
  OUTSHONE_RATIO,
  OUTSHONE_RATIO_CAPITAL,
  HOME_COUNTRY,
  HOME_ADMIN1,
  MAX_ALTERNATIVES,
  SUPPORT_PRIOR_GAP,
  NEAR_KM,
} as const;
