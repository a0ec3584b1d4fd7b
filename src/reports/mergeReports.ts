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

/** Days per time bin of the candidate index; a report spanning more than LONG_BINS bins is kept per cell. */
const BIN_DAYS = 7;
const LONG_BINS = 8;

interface Cell {
  /** Reports by time bin (each report in every bin its days touch). */
  bins: Map<number, number[]>;
  /** Reports whose dates span more than LONG_BINS bins. */
  long: number[];
}

/**
 * The merge as an index that grows: `add` merges new reports into the groups already made, comparing
 * each only with the earlier reports of nearby cells (a grid the size of the radius for points, the
 * identity of the place otherwise) whose days overlap (week bins), so adding k reports to n costs
 * about k × (reports of the same place and weeks), never n. Adding the same reports in the same order,
 * at once or in parts, makes the same groups. The user's decisions are fixed for the index's life.
 */
export class MergeIndex {
  readonly reports: Report[] = [];
  private readonly radiusKm: number;
  private readonly cellDeg: number;
  private readonly index = new Map<string, number>();
  private readonly parent: number[] = [];
  private readonly members: number[][] = [];
  private readonly articles: Set<string>[] = [];
  private readonly reasons: string[][] = [];
  private readonly apart = new Map<number, number[]>();
  private readonly cells = new Map<string, Cell>();
  /** The decisions about each report key: the other key and the last word on the pair. */
  private readonly decided = new Map<string, { other: string; kind: "split" | "merge" }[]>();
  private readonly cache = new Map<number, MergedIncident>();

  constructor(decisions: readonly MergeDecision[] = [], options: MergeOptions = {}) {
    this.radiusKm = options.radiusKm ?? 10;
    this.cellDeg = this.radiusKm / 111.2;
    for (const [pair, kind] of pairDecisions(decisions)) {
      const [a, b] = pair.split("\u0000") as [string, string];
      for (const [k, other] of [
        [a, b],
        [b, a],
      ] as const) {
        const list = this.decided.get(k);
        if (list) list.push({ other, kind });
        else this.decided.set(k, [{ other, kind }]);
      }
    }
  }

  find(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  }

  private union(i: number, j: number, why: string): void {
    let a = this.find(i);
    let b = this.find(j);
    if (a === b) return;
    const members = this.members;
    if ((members[a] as number[]).length < (members[b] as number[]).length) [a, b] = [b, a];
    this.parent[b] = a;
    (members[a] as number[]).push(...(members[b] as number[]));
    for (const k of this.articles[b] as Set<string>) (this.articles[a] as Set<string>).add(k);
    (this.reasons[a] as string[]).push(...(this.reasons[b] as string[]), why);
    members[b] = [];
    this.reasons[b] = [];
    this.cache.delete(a);
    this.cache.delete(b);
  }

  private keptApart(a: number, b: number): boolean {
    const members = this.members;
    const [small, big] = (members[a] as number[]).length <= (members[b] as number[]).length ? [a, b] : [b, a];
    for (const m of members[small] as number[]) {
      for (const other of this.apart.get(m) ?? []) if (this.find(other) === big) return true;
    }
    return false;
  }

  private cellKeys(r: Report, lookup: boolean): string[] {
    const keys: string[] = [];
    if (r.geonameId !== null) keys.push(`g${r.geonameId}`);
    if (!POINT_LIKE.has(r.precision)) {
      keys.push(`n${r.precision}|${r.placeName}|${r.countryCode}`);
      return keys;
    }
    const cell = this.cellDeg;
    const y = Math.floor(r.lat / cell);
    const x = Math.floor(r.lon / cell);
    if (!lookup) return [...keys, `c${x},${y}`];
    const spanX = Math.min(360 / cell, Math.ceil(1 / Math.max(0.01, Math.cos((r.lat * Math.PI) / 180))));
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -spanX; dx <= spanX; dx++) keys.push(`c${x + dx},${y + dy}`);
    return keys;
  }

  /** The earlier reports near `r` whose days may overlap its own, in the order they were added. */
  private candidates(r: Report): number[] {
    const b0 = Math.floor(r.t0 / BIN_DAYS);
    const b1 = Math.floor(r.t1 / BIN_DAYS);
    const found = new Set<number>();
    for (const key of this.cellKeys(r, true)) {
      const cell = this.cells.get(key);
      if (!cell) continue;
      for (const j of cell.long) found.add(j);
      if (b1 - b0 <= LONG_BINS) {
        for (let b = b0; b <= b1; b++) for (const j of cell.bins.get(b) ?? []) found.add(j);
      } else {
        for (const [b, list] of cell.bins) if (b >= b0 && b <= b1) for (const j of list) found.add(j);
      }
    }
    return [...found].sort((x, y) => x - y);
  }

  private insert(i: number): void {
    const r = this.reports[i] as Report;
    const b0 = Math.floor(r.t0 / BIN_DAYS);
    const b1 = Math.floor(r.t1 / BIN_DAYS);
    for (const key of this.cellKeys(r, false)) {
      let cell = this.cells.get(key);
      if (!cell) this.cells.set(key, (cell = { bins: new Map(), long: [] }));
      if (b1 - b0 > LONG_BINS) {
        cell.long.push(i);
        continue;
      }
      for (let b = b0; b <= b1; b++) {
        const list = cell.bins.get(b);
        if (list) list.push(i);
        else cell.bins.set(b, [i]);
      }
    }
  }

  /**
   * Adds reports (keys not yet in the index; repeated keys are ignored) and merges them. The user's
   * "merge" decisions between present reports are applied first, then each new report, in order, is
   * compared with the reports before it.
   */
  add(reports: readonly Report[]): void {
    const fresh: number[] = [];
    const first = this.reports.length;
    for (const r of reports) {
      if (this.index.has(r.key)) continue;
      const i = this.reports.length;
      this.reports.push(r);
      this.index.set(r.key, i);
      this.parent.push(i);
      this.members.push([i]);
      this.articles.push(new Set([r.articleKey]));
      this.reasons.push([]);
      fresh.push(i);
    }
    for (const i of fresh) {
      for (const { other, kind } of this.decided.get((this.reports[i] as Report).key) ?? []) {
        const j = this.index.get(other);
        // A pair with two new reports is seen from both: apply it once, from the later one.
        if (j === undefined || (j > i && j >= first)) continue;
        if (kind === "merge") {
          const [x, y] = j < i ? [j, i] : [i, j];
          this.union(
            x,
            y,
            `${(this.reports[x] as Report).articleTitle} and ${(this.reports[y] as Report).articleTitle}: merged by the user`,
          );
        } else {
          this.apart.set(i, [...(this.apart.get(i) ?? []), j]);
          this.apart.set(j, [...(this.apart.get(j) ?? []), i]);
        }
      }
    }
    for (const i of fresh) {
      const r = this.reports[i] as Report;
      for (const j of this.candidates(r)) {
        const a = this.find(i);
        const b = this.find(j);
        if (a === b) continue;
        const why = sameEventReason(r, this.reports[j] as Report, this.radiusKm);
        if (!why) continue;
        // Two events of one article stay two events; the user's "split" stands.
        const [small, big] =
          (this.articles[a] as Set<string>).size <= (this.articles[b] as Set<string>).size
            ? [this.articles[a] as Set<string>, this.articles[b] as Set<string>]
            : [this.articles[b] as Set<string>, this.articles[a] as Set<string>];
        let shared = false;
        for (const k of small)
          if (big.has(k)) {
            shared = true;
            break;
          }
        if (shared || this.keptApart(a, b)) continue;
        this.union(i, j, why);
      }
      this.insert(i);
    }
  }

  /** The merged incident whose root is `root` (cached until the group changes). */
  group(root: number): MergedIncident {
    const cached = this.cache.get(root);
    if (cached) return cached;
    const group = (this.members[root] as number[]).map((m) => this.reports[m] as Report);
    const representative = pickRepresentative(group);
    const rest = group.filter((g) => g !== representative).sort((a, b) => (a.key < b.key ? -1 : 1));
    let t0 = -Infinity;
    let t1 = Infinity;
    for (const g of group) {
      t0 = Math.max(t0, g.t0);
      t1 = Math.min(t1, g.t1);
    }
    const all = [representative, ...rest];
    const merged: MergedIncident = {
      key: representative.key,
      representative,
      reports: all,
      reasons: this.reasons[root] as string[],
      killed: figureRange(all, "killed"),
      wounded: figureRange(all, "wounded"),
      ...(t0 <= t1 ? { t0, t1 } : { t0: representative.t0, t1: representative.t1 }),
    };
    this.cache.set(root, merged);
    return merged;
  }

  /** Every merged incident, in the order of their first report. */
  groups(): MergedIncident[] {
    const out: MergedIncident[] = [];
    for (let i = 0; i < this.reports.length; i++) if (this.parent[i] === i) out.push(this.group(i));
    return out;
  }
}

export function compareMerged(a: MergedIncident, b: MergedIncident): number {
  return a.t0 - b.t0 || a.t1 - b.t1 || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Groups reports into merged incidents. Output sorted by the representative's first day, then key. */
export function mergeReports(
  reports: readonly Report[],
  decisions: readonly MergeDecision[] = [],
  options: MergeOptions = {},
): MergedIncident[] {
  const index = new MergeIndex(decisions, options);
  index.add([...reports].sort((x, y) => x.t0 - y.t0));
  return index.groups().sort(compareMerged);
}

/** "4–7 (A: 4, B: 7)", or the one figure when all reports agree. */
export function describeFigure(range: FigureRange | null): string {
  if (!range) return "not reported";
  if (range.min === range.max) return String(range.min);
  return `${range.min}–${range.max} (${range.by.map((b) => `${b.articleTitle}: ${b.value}`).join("; ")})`;
}
