/**
 * One incident, many reports: events from different articles that are the same event (same family of
 * type, same place or a few kilometres apart, overlapping dates) become one merged incident that keeps
 * every report, the reason they were merged, and the casualty figures as a range with who said what.
 * The user's decisions (keep two reports apart, put two together) are inputs and always win.
 *
 * Pure TypeScript (no DOM, no app imports): the page and the command line share it.
 * Time: reports are swept in time order against those nearby (grid cells of the radius, or the same
 * named region) whose dates still overlap, so a batch costs about n × (reports of the same place and
 * days), not n².
 */
import type { EventType, PlacePrecision } from "../pipeline/contract";
import { distanceKm } from "../gazetteer/distance";

/** One event as reported by one article. */
export interface Report {
  /** Unique: article key + event id. */
  key: string;
  articleKey: string;
  articleTitle: string;
  url?: string;
  type: EventType;
  placeName: string;
  geonameId: number | null;
  countryCode: string;
  lat: number;
  lon: number;
  precision: PlacePrecision;
  killed: number | null;
  wounded: number | null;
  /** First and last day (days since 1970-01-01) the event may have happened on. */
  t0: number;
  t1: number;
  excerpt: string;
  dateWords: string | null;
  userEdited?: boolean;
}

/** The user's word on two or more reports: "split" keeps `key` apart from `others`, "merge" puts them together. */
export interface MergeDecision {
  id: string;
  kind: "split" | "merge";
  key: string;
  others: string[];
  createdAt: number;
}

export interface FigureRange {
  min: number;
  max: number;
  /** Who said what, in report order. */
  by: { key: string; articleTitle: string; value: number }[];
}

export interface MergedIncident {
  /** The representative report's key (the one whose place and date the merged incident shows). */
  key: string;
  representative: Report;
  /** Every report, the representative first. */
  reports: Report[];
  /** Why these reports are one incident (empty for a single report). */
  reasons: string[];
  killed: FigureRange | null;
  wounded: FigureRange | null;
  t0: number;
  t1: number;
}

export interface MergeOptions {
  /** Points closer than this are "the same place" (default 10 km). */
  radiusKm?: number;
}

/** Families of types that may describe one event differently ("shelling" in one report, "attack" in another). */
const FAMILY: Record<EventType, string> = {
  airstrike: "armed violence",
  shelling: "armed violence",
  fighting: "armed violence",
  attack: "armed violence",
  diplomacy: "talks and statements",
  statement: "talks and statements",
  ceasefire: "ceasefire",
  aid: "aid",
  other: "other",
};

export function typeFamily(type: EventType): string {
  return FAMILY[type] ?? "other";
}

/** Points that stand for a city or better can be compared by distance; regions and countries only by identity. */
const POINT_LIKE: ReadonlySet<PlacePrecision> = new Set(["exact", "city", "near"]);

const PRECISION_RANK: Record<PlacePrecision, number> = { exact: 0, city: 1, near: 2, region: 3, country: 4 };

function samePlace(a: Report, b: Report, radiusKm: number): string | null {
  if (a.geonameId !== null && a.geonameId === b.geonameId) return `same place (${a.placeName})`;
  if (POINT_LIKE.has(a.precision) && POINT_LIKE.has(b.precision)) {
    const km = distanceKm(a, b);
    if (km <= radiusKm) {
      return a.placeName === b.placeName
        ? `same place (${a.placeName})`
        : `${a.placeName} and ${b.placeName} are ${km < 1 ? "under 1" : Math.round(km)} km apart`;
    }
    return null;
  }
  if (a.precision === b.precision && a.placeName === b.placeName && a.countryCode === b.countryCode)
    return `same ${a.precision} (${a.placeName})`;
  return null;
}

/** Why two reports are the same event, or null when they are not. */
export function sameEventReason(a: Report, b: Report, radiusKm = 10): string | null {
  if (a.articleKey === b.articleKey) return null;
  const family = typeFamily(a.type);
  if (family !== typeFamily(b.type)) return null;
  if (a.t1 < b.t0 || b.t1 < a.t0) return null;
  const place = samePlace(a, b, radiusKm);
  if (!place) return null;
  return `${a.articleTitle} and ${b.articleTitle}: same kind of event (${family}), ${place}, overlapping dates`;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The last decision about each pair of reports. */
function pairDecisions(decisions: readonly MergeDecision[]): Map<string, "split" | "merge"> {
  const pairs = new Map<string, "split" | "merge">();
  for (const d of [...decisions].sort((x, y) => x.createdAt - y.createdAt)) {
    for (const other of d.others) if (other !== d.key) pairs.set(pairKey(d.key, other), d.kind);
  }
  return pairs;
}

function figureRange(reports: readonly Report[], field: "killed" | "wounded"): FigureRange | null {
  const by = reports.flatMap((r) => {
    const value = r[field];
    return value === null ? [] : [{ key: r.key, articleTitle: r.articleTitle, value }];
  });
  if (by.length === 0) return null;
  const values = by.map((b) => b.value);
  return { min: Math.min(...values), max: Math.max(...values), by };
}

function pickRepresentative(reports: readonly Report[]): Report {
  return [...reports].sort(
    (a, b) =>
      Number(!!b.userEdited) - Number(!!a.userEdited) ||
      PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  )[0] as Report;
}

/** Groups reports into merged incidents. Output sorted by the representative's first day, then key. */
export function mergeReports(
  reports: readonly Report[],
  decisions: readonly MergeDecision[] = [],
  options: MergeOptions = {},
): MergedIncident[] {
  const radiusKm = options.radiusKm ?? 10;
  const index = new Map<string, number>();
  reports.forEach((r, i) => index.set(r.key, i));
  const parent = reports.map((_, i) => i);
  const members = reports.map((_, i) => [i]);
  const articles = reports.map((r) => new Set([r.articleKey]));
  const reasons = reports.map(() => [] as string[]);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const union = (i: number, j: number, why: string): void => {
    let a = find(i);
    let b = find(j);
    if (a === b) return;
    if ((members[a] as number[]).length < (members[b] as number[]).length) [a, b] = [b, a];
    parent[b] = a;
    (members[a] as number[]).push(...(members[b] as number[]));
    for (const k of articles[b] as Set<string>) (articles[a] as Set<string>).add(k);
    (reasons[a] as string[]).push(...(reasons[b] as string[]), why);
    members[b] = [];
    reasons[b] = [];
  };

  const pairs = pairDecisions(decisions);
  const apart = new Map<number, number[]>();
  for (const [pair, kind] of pairs) {
    const [ka, kb] = pair.split("\u0000") as [string, string];
    const i = index.get(ka);
    const j = index.get(kb);
    if (i === undefined || j === undefined) continue;
    if (kind === "merge") {
      union(i, j, `${reports[i]!.articleTitle} and ${reports[j]!.articleTitle}: merged by the user`);
    } else {
      apart.set(i, [...(apart.get(i) ?? []), j]);
      apart.set(j, [...(apart.get(j) ?? []), i]);
    }
  }
  const keptApart = (a: number, b: number): boolean => {
    const [small, big] = (members[a] as number[]).length <= (members[b] as number[]).length ? [a, b] : [b, a];
    for (const m of members[small] as number[]) {
      for (const other of apart.get(m) ?? []) if (find(other) === big) return true;
    }
    return false;
  };

  // Candidates come from buckets (a grid of cells the size of the radius for points, the identity of
  // the place otherwise); a bucket keeps the reports whose dates may still overlap the next ones.
  const cell = radiusKm / 111.2;
  const buckets = new Map<string, number[]>();
  const bucketKeys = (r: Report, lookup: boolean): string[] => {
    const keys: string[] = [];
    if (r.geonameId !== null) keys.push(`g${r.geonameId}`);
    if (!POINT_LIKE.has(r.precision)) {
      keys.push(`n${r.precision}|${r.placeName}|${r.countryCode}`);
      return keys;
    }
    const y = Math.floor(r.lat / cell);
    const x = Math.floor(r.lon / cell);
    if (!lookup) return [...keys, `c${x},${y}`];
    const spanX = Math.min(360 / cell, Math.ceil(1 / Math.max(0.01, Math.cos((r.lat * Math.PI) / 180))));
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -spanX; dx <= spanX; dx++) keys.push(`c${x + dx},${y + dy}`);
    return keys;
  };

  const order = reports.map((_, i) => i).sort((x, y) => reports[x]!.t0 - reports[y]!.t0);
  for (const i of order) {
    const r = reports[i] as Report;
    const seen = new Set<number>();
    for (const bk of bucketKeys(r, true)) {
      const bucket = buckets.get(bk);
      if (!bucket) continue;
      const live = bucket.filter((j) => reports[j]!.t1 >= r.t0);
      if (live.length !== bucket.length) buckets.set(bk, live);
      for (const j of live) {
        if (seen.has(j)) continue;
        seen.add(j);
        const why = sameEventReason(r, reports[j] as Report, radiusKm);
        if (!why) continue;
        const a = find(i);
        const b = find(j);
        if (a === b) continue;
        // Two events of one article stay two events; the user's "split" stands.
        const shared = [...(articles[a] as Set<string>)].some((k) => (articles[b] as Set<string>).has(k));
        if (shared || keptApart(a, b)) continue;
        union(i, j, why);
      }
    }
    for (const bk of bucketKeys(r, false)) {
      const bucket = buckets.get(bk);
      if (bucket) bucket.push(i);
      else buckets.set(bk, [i]);
    }
  }

  const out: MergedIncident[] = [];
  reports.forEach((_, i) => {
    if (find(i) !== i) return;
    const group = (members[i] as number[]).map((m) => reports[m] as Report);
    const representative = pickRepresentative(group);
    const rest = group.filter((g) => g !== representative).sort((a, b) => (a.key < b.key ? -1 : 1));
    const t0 = Math.max(...group.map((g) => g.t0));
    const t1 = Math.min(...group.map((g) => g.t1));
    const all = [representative, ...rest];
    out.push({
      key: representative.key,
      representative,
      reports: all,
      reasons: reasons[i] as string[],
      killed: figureRange(all, "killed"),
      wounded: figureRange(all, "wounded"),
      ...(t0 <= t1 ? { t0, t1 } : { t0: representative.t0, t1: representative.t1 }),
    });
  });
  return out.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** "4–7 (A: 4, B: 7)", or the one figure when all reports agree. */
export function describeFigure(range: FigureRange | null): string {
  if (!range) return "not reported";
  if (range.min === range.max) return String(range.min);
  return `${range.min}–${range.max} (${range.by.map((b) => `${b.articleTitle}: ${b.value}`).join("; ")})`;
}
