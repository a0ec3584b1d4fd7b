/**
 * Stage: toponym resolution. Every name gets one referent per article ("one sense per discourse"),
 * chosen from the gazetteer's candidates by a small model: each candidate carries named, raw
 * feature values (scoreFeatures.ts), its logit is their dot product with the weights table
 * (resolutionWeights.json, fitted on the development sets by `npm run fit:resolution`), and its
 * score the softmax over the name's candidates. The features:
 *   what the place is (kind, population, GeoNames feature class) and how the name matched it
 *   (own name, alternate, spelling-tolerant);
 *   local cues: "Springfield, Illinois" (the candidate lies in the named state/country/county,
 *   gazetteer/containment.ts), the kind of the list the name stands in, other names' possible
 *   places within reach (proximity.ts);
 *   co-location with the rest of the article: the countries and first-level regions that the other
 *   names resolve to (two passes: local evidence first, then context from the first pass, leaving
 *   out the name's own vote), their chosen places within reach, and the countries of demonyms;
 *   home region: the country (and first-level region) of the dateline's filing place ("LIMA, Peru
 *   (Reuters) -"), which is resolved from local evidence only, like a wire reader does;
 *   named countries: the share of the article's explicit country references (country and region
 *   names, demonyms, the dateline) in the candidate's country.
 * A major city (a capital, a million people) outshines a far smaller namesake abroad: the article's
 * country-level evidence alone (votes, named countries) does not give the name to the small town
 * ("Americans visiting Paris"); its own first-level region named or voted for, or neighbours
 * named near it that are their names' likely referents, do ("Texas officials ... Paris").
 * The runners-up are kept as alternatives. The chosen place and the runner-up keep their features
 * and each feature's part of the logit (`why`), recomputed once after the last pass so that the
 * passes themselves build nothing extra.
 */
import type { Place } from "../../gazetteer/types";
import type { Mention, PipelineContext, PipelineState, ScoredPlace } from "../state";
import { prior } from "./priors";
import { NEAR_KM, nearbyGroups } from "./proximity";
import { distanceKm } from "../../gazetteer/distance";
import { isAdminContainer, isOwnName, isStateOrCountry, ownKey } from "../../gazetteer/placeKinds";
import { dot, emptyFeatures, SCORE_FEATURES, type ScoreFeatures, type ScoreWhy } from "./scoreFeatures";
import { resolutionWeights } from "./resolutionWeights";
import { dropWeakReferents, NO_REFERENT_SCORE } from "./noReferent";

/** Co-location passes after the local-evidence pass (LGL: 1 pass 0.80 acc@161, 2 passes 0.83). */
const CONTEXT_PASSES = 2;
const MAX_ALTERNATIVES = 4;
/** `near` and `nearChosen` are full at this many other names within reach. */
const NEAR_SATURATION = 2;
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

/**
 * The own name of a country or first-level region is not another place's variant name: "Iraq"
 * beside "Iran" is not a city for which "Iraq" is an old name.
 */
function ownNamesFirst(key: string, candidates: readonly Place[]): readonly Place[] {
  if (!candidates.some((c) => isStateOrCountry(c) && isOwnName(c, key))) return candidates;
  // A country's bare name is not its "X City" ("Mexico" is not Mexico City); a state's may be
  // ("New York").
  const countryOwnsKey = candidates.some((c) => c.kind === "country" && isOwnName(c, key));
  const ownName = (c: Place) => (countryOwnsKey ? ownKey(c) === key : isOwnName(c, key));
  return candidates.filter((c) => isStateOrCountry(c) || ownName(c));
}

/** GeoNames feature codes of cities that have a feature of their own. */
const CITY_CLASS: Readonly<Record<string, keyof ScoreFeatures>> = {
  PPLC: "capital",
  PPLG: "seatOfGovernment",
  PPLA: "seatAdmin1",
  PPLA2: "seatAdmin2",
  PPLA3: "seatAdmin3",
  PPLA4: "seatAdmin4",
  PPLX: "citySection",
};

const KIND_FEATURE: Readonly<Record<Place["kind"], keyof ScoreFeatures | undefined>> = {
  continent: "kindContinent",
  region: "kindRegion",
  country: "kindCountry",
  admin1: "kindAdmin1",
  admin2: "kindAdmin2",
  city: undefined,
};

/** What the candidate is, before any evidence from the text. */
function placeValues(c: Place, f: ScoreFeatures): void {
  const kind = KIND_FEATURE[c.kind];
  if (kind) f[kind] = 1;
  if (c.kind === "city") {
    f.logPopulation = Math.log10(c.population + 10);
    const cls = CITY_CLASS[c.featureCode];
    if (cls) f[cls] = 1;
  } else if (c.kind === "admin1" || c.kind === "admin2") {
    f.logPopulationAdmin = Math.log10(c.population + 1);
  }
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
  /** The name matched only under the spelling-tolerant key. */
  loose: boolean;
  candidates: readonly Place[];
  /** Local cues per candidate id: inside the named parent, of the list's kind, near value. */
  parent: Set<number>;
  /** Candidates that contain a candidate of a name written as their child ("X, Parent"). */
  holdsChild: Set<number>;
  list: Set<number>;
  near: Map<number, number>;
  /** Per candidate (same order): the part of the logit that needs no other name's choice. */
  localLogit: number[];
  choice?: Place;
  next?: { place: Place; scored: ScoredPlace[] };
  /** The best candidate of a pass before the last (`next` holds the last pass's scores). */
  nextChoice?: Place;
  /** The context `next` was scored with (to explain it afterwards). */
  nextContext?: Context;
}

/**
 * The context part of a candidate's logit. Given `values`, it also writes its features' values
 * there (only when explaining or fitting, never while choosing).
 */
type Context = (c: Place, values?: ScoreFeatures, why?: ScoreWhy) => number;
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

const isNamedRegion = (p: Place | undefined) => p !== undefined && isStateOrCountry(p);

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

/** Named-country value of candidate c: the share of the other explicit references in its country. */
function namedShare(named: Named, own: Place | undefined, c: Place): number {
  if (c.kind === "country") return 0;
  const ownVote = isNamedRegion(own) ? 1 : 0;
  const others = named.total - ownVote;
  if (others <= 0) return 0;
  const w = (named.country.get(c.countryCode) ?? 0) - (ownVote && own!.countryCode === c.countryCode ? 1 : 0);
  return Math.max(0, w) / others;
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

/** Co-location shares of candidate c: the other names in its country and in its admin1. */
function contextShares(
  votes: Votes,
  own: Place | undefined,
  c: Place,
  regionOnly: boolean,
): [country: number, admin1: number] {
  const others = votes.total - (own ? 1 : 0);
  if (others <= 0) return [0, 0];
  let cv = votes.country.get(c.countryCode) ?? 0;
  if (own && own.countryCode === c.countryCode) cv -= 1;
  let av = 0;
  if (c.admin1 && c.kind !== "country") {
    av = votes.admin1.get(c.countryCode + "." + c.admin1) ?? 0;
    if (own && own.kind !== "country" && own.countryCode === c.countryCode && own.admin1 === c.admin1)
      av -= 1;
  }
  // Without support from its own first-level region, the country's votes do not count (regionOnly).
  if (regionOnly && av <= 0) return [0, 0];
  return [Math.max(0, cv / others), Math.max(0, av / others)];
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

/** One name's candidates with their raw feature values after the last pass (for the fit). */
export interface ResolvedName {
  mentions: readonly Mention[];
  candidates: readonly Place[];
  values: ScoreFeatures[];
}

export function resolveToponyms(ctx: PipelineContext, state: PipelineState): PipelineState {
  resolveWithWeights(ctx, state, resolutionWeights());
  dropWeakReferents(state);
  return state;
}

/**
 * Resolution under a given weights table. `onName`, when given, receives every name's candidates
 * and their values as scored in the last pass (the fit's training data).
 */
export function resolveWithWeights(
  ctx: PipelineContext,
  state: PipelineState,
  w: ScoreFeatures,
  onName?: (name: ResolvedName) => void,
): PipelineState {
  const groups = new Map<string, Group>();
  const inList = state.listKinds;
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
        loose: ctx.gazetteer.lookup(m.key).length === 0 && ctx.gazetteer.lookupLoose(m.key).length > 0,
        parent: new Set(),
        holdsChild: new Set(),
        list: new Set(),
        near: new Map(),
        localLogit: [],
        region: candidates.some(isNamedRegion),
        country: candidates.some((c) => c.kind === "country" && isOwnName(c, m.key)),
        ...(major ? { major } : {}),
      };
      groups.set(m.key, g);
    }
    g.mentions.push(m);
    if (m.dateline) g.dateline = true;
  }

  // Local parents: a candidate inside one of the parent's candidates.
  for (const g of groups.values()) {
    for (const m of g.mentions) {
      if (m.parent === undefined) continue;
      const parentCands = state.mentions[m.parent]?.candidates ?? [];
      for (const c of g.candidates) if (parentCands.some((p) => isAdminContainer(p, c))) g.parent.add(c.id);
      // And the parent's side: the parent names a container of the child.
      const pg = groups.get(state.mentions[m.parent]!.key);
      if (pg)
        for (const p of pg.candidates)
          if (g.candidates.some((c) => isAdminContainer(p, c))) pg.holdsChild.add(p.id);
    }
  }

  // Lists of one kind: "Michigan, Oregon, Washington and Ohio" are states.
  for (const g of groups.values()) {
    const kinds = new Set(g.mentions.map((m) => inList.get(m)).filter((k) => k !== undefined));
    for (const c of g.candidates) if (kinds.has(c.kind)) g.list.add(c.id);
  }

  // Spatial co-location of local names (proximity.ts): evidence that needs no choice made first.
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
    if (g.candidates.some(isStateOrCountry)) continue;
    for (const c of g.candidates) {
      const n = (isOutshone(g.major, c) ? nearPlausible : near).get(c);
      if (n) g.near.set(c.id, Math.min(1, n / NEAR_SATURATION));
    }
  }

  for (const g of list) for (const c of g.candidates) g.localLogit.push(localLogit(g, c, w));

  // Pass 1: local evidence only.
  for (const g of list) g.choice = top(g, noContext);
  const home = homeRegion(state.mentions, groups);
  const homeValues = (c: Place): [country: number, admin1: number] => {
    if (!home) return [0, 0];
    const country = c.countryCode === home.countryCode ? 1 : 0;
    const admin1 =
      home.kind !== "country" && c.kind !== "country" && c.admin1 !== "" && c.admin1 === home.admin1 ? 1 : 0;
    return [country, admin1];
  };

  // Then co-location passes: each name votes once for its current choice; every name is rescored
  // against the others' votes (its own left out). A later pass sees the corrections of the earlier.
  for (let pass = 0; pass < CONTEXT_PASSES; pass++) {
    const votes = countVotes(list, state.demonymCountries);
    const namedVotes = namedCountries(list, state.demonymCountries, home);
    const nearChosen =
      w.nearChosen !== 0 || onName
        ? nearbyGroups(
            list.map((g) => g.candidates),
            list.map((g) => (g.choice ? [g.choice] : [])),
          )
        : undefined;
    for (const g of list) {
      // The choice this pass scores against (g.choice moves only after every group is scored).
      const own = g.choice;
      // Does some candidate of the name lie in the article's countries (variantAbroad)? Asked on
      // first need only.
      let someFits: boolean | undefined;
      const fits = (c: Place) =>
        contextShares(votes, own, c, false)[0] > 0 || namedShare(namedVotes, own, c) > 0;
      g.nextContext = g.dateline
        ? noContext
        : (c, values, why) => {
            // A big city abroad keeps its name against a town of the article's countries (Paris,
            // France against Paris, Texas in an article about Americans) unless the town's own
            // region is named or voted for, or its neighbours are named (spatial support).
            // So does a country's own name against a town that bears it ("the Mexico border" beside
            // Texas is not Mexico, Missouri; "Palestine" beside Anderson County, Texas, is Palestine, Texas).
            const abroad =
              isOutshone(g.major, c) || (g.country === true && c.kind !== "country" && c.kind !== "admin1");
            const regionNamed = namedVotes.admin1.has(c.countryCode + "." + c.admin1);
            const regionOnly = abroad && !regionNamed && !nearPlausible.has(c);
            const named = g.region || regionOnly ? 0 : namedShare(namedVotes, own, c);
            const countryNamed = named > 0 ? 1 : 0;
            const ownRegion =
              own?.kind === "admin1" && own.countryCode === c.countryCode && own.admin1 === c.admin1;
            const admin1Named = regionNamed && c.kind !== "country" && !ownRegion ? 1 : 0;
            const [country, admin1] = contextShares(votes, own, c, regionOnly);
            const [homeCountry, homeAdmin1] = homeValues(c);
            // A town's variant or spelling-tolerant name abroad loses to a candidate of the article's
            // countries (not so a name that can be a country or region: "UK" is not a town's).
            const variantAbroad =
              !g.region &&
              (c.kind === "city" || c.kind === "admin2") &&
              (g.loose || !isOwnName(c, g.key)) &&
              !fits(c) &&
              (someFits ??= g.candidates.some(fits))
                ? 1
                : 0;
            const n = nearChosen?.get(c);
            const nearOwn = n === undefined ? 0 : Math.min(1, n / NEAR_SATURATION);
            if (values) {
              values.countryContext = country;
              values.admin1Context = admin1;
              values.nearChosen = nearOwn;
              values.homeCountry = homeCountry;
              values.homeAdmin1 = homeAdmin1;
              values.namedCountry = named;
              values.countryNamed = countryNamed;
              values.admin1Named = admin1Named;
              values.variantAbroad = variantAbroad;
            }
            if (why) {
              why.outshone = abroad;
              why.regionOnly = regionOnly;
            }
            return (
              w.countryContext * country +
              w.admin1Context * admin1 +
              w.nearChosen * nearOwn +
              w.homeCountry * homeCountry +
              w.homeAdmin1 * homeAdmin1 +
              w.namedCountry * named +
              w.countryNamed * countryNamed +
              w.admin1Named * admin1Named +
              w.variantAbroad * variantAbroad
            );
          };
      // Only the last pass's scores are kept (the earlier passes move the choices).
      if (pass === CONTEXT_PASSES - 1) g.next = best(g, g.nextContext);
      else g.nextChoice = top(g, g.nextContext);
    }
    for (const g of list) g.choice = (pass === CONTEXT_PASSES - 1 ? g.next?.place : g.nextChoice) ?? g.choice;
  }
  for (const g of list) {
    const scored = (g.next ?? best(g, noContext)).scored;
    const context = g.next ? g.nextContext! : noContext;
    const winner = scored[0]!;
    winner.why = explain(g, winner.place, context, w);
    const runnerUp = scored[1];
    if (runnerUp) {
      runnerUp.why = explain(g, runnerUp.place, context, w);
      winner.why.runnerUp = runnerUp;
    }
    for (const m of g.mentions) {
      m.chosen = scored[0]!;
      m.alternatives = diverseAlternatives(scored);
    }
    if (onName)
      onName({
        mentions: g.mentions,
        candidates: g.candidates,
        values: g.candidates.map((c) => valuesOf(g, c, context)),
      });
  }
  return state;
}

/** The values of the evidence that needs no other name's choice: the place and the local cues. */
function localValues(g: Group, c: Place): ScoreFeatures {
  const f = emptyFeatures();
  placeValues(c, f);
  if (isOwnName(c, g.key)) f.ownName = 1;
  if (g.loose) f.looseMatch = 1;
  if (g.parent.has(c.id)) f.parent = 1;
  if (g.holdsChild.has(c.id)) f.holdsChild = 1;
  if (g.list.has(c.id)) f.listKind = 1;
  f.near = g.near.get(c.id) ?? 0;
  if (g.country === true && c.kind !== "country" && c.kind !== "admin1") f.countryNameTown = 1;
  return f;
}

/**
 * The local part of c's logit without building its values (the hot path): the same terms as
 * localValues times the weights (resolveWhy.test.ts checks that the two agree).
 */
function localLogit(g: Group, c: Place, w: ScoreFeatures): number {
  let s = 0;
  const kind = KIND_FEATURE[c.kind];
  if (kind) s += w[kind];
  if (c.kind === "city") {
    s += w.logPopulation * Math.log10(c.population + 10);
    const cls = CITY_CLASS[c.featureCode];
    if (cls) s += w[cls];
  } else if (c.kind === "admin1" || c.kind === "admin2") {
    s += w.logPopulationAdmin * Math.log10(c.population + 1);
  }
  if (isOwnName(c, g.key)) s += w.ownName;
  if (g.loose) s += w.looseMatch;
  if (g.parent.has(c.id)) s += w.parent;
  if (g.holdsChild.has(c.id)) s += w.holdsChild;
  if (g.list.has(c.id)) s += w.listKind;
  s += w.near * (g.near.get(c.id) ?? 0);
  if (g.country === true && c.kind !== "country" && c.kind !== "admin1") s += w.countryNameTown;
  return s;
}

/** All of candidate c's values, as scored with `context`. */
function valuesOf(g: Group, c: Place, context: Context, why?: ScoreWhy): ScoreFeatures {
  const f = localValues(g, c);
  context(c, f, why);
  return f;
}

/**
 * The article's home region: the dateline's container when it names one ("ATLANTA, Ga."), else
 * its filing place, as chosen from local evidence.
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

/** Candidate c's features, each one's part of the logit (weight × value) and the total. */
function explain(g: Group, c: Place, context: Context, w: ScoreFeatures): ScoreWhy {
  const why: ScoreWhy = {
    features: emptyFeatures(),
    values: localValues(g, c),
    total: 0,
    outshone: false,
    regionOnly: false,
  };
  context(c, why.values, why);
  for (const k of SCORE_FEATURES) why.features[k] = w[k] * why.values[k];
  why.total = dot(why.values, w);
  return why;
}

/** The best of the group's candidates: the first of the highest logit, as `best` sorts them (a stable sort). */
function top(g: Group, context: Context): Place {
  let winner = g.candidates[0]!;
  let high = g.localLogit[0]! + context(winner);
  for (let i = 1; i < g.candidates.length; i++) {
    const c = g.candidates[i]!;
    const s = g.localLogit[i]! + context(c);
    if (s > high) {
      high = s;
      winner = c;
    }
  }
  return winner;
}

/** Scores the group's candidates; returns the best and all, sorted, as probabilities. */
function best(g: Group, context: Context): { place: Place; scored: ScoredPlace[] } {
  const raw = g.candidates.map((c, i) => ({ place: c, s: g.localLogit[i]! + context(c) }));
  raw.sort((a, b) => b.s - a.s);
  const top = raw[0]!.s;
  let z = 0;
  for (const r of raw) z += Math.exp(r.s - top);
  const scored = raw.map((r) => ({ place: r.place, score: Math.exp(r.s - top) / z }));
  return { place: raw[0]!.place, scored };
}

/** The stage's settings, as the stage configuration (stages.ts) shows them; the weights are in resolutionWeights.json. */
export const RESOLVE_SETTINGS = {
  CONTEXT_PASSES,
  NEAR_SATURATION,
  MAJOR_CITY_POPULATION,
  OUTSHONE_RATIO,
  OUTSHONE_RATIO_CAPITAL,
  MAX_ALTERNATIVES,
  SUPPORT_PRIOR_GAP,
  NEAR_KM,
  NO_REFERENT_SCORE,
} as const;
