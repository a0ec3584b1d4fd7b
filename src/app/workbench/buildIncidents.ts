/**
 * From what the page holds (articles, the user's corrections, their merge decisions) to what it shows.
 *
 * Two kinds of articles:
 * - the user's own (the workbench): their events are reports, merged across articles into one
 *   incident per event (src/reports/mergeReports), with the user's corrections and decisions;
 * - bundled or loaded data (the seed extraction, incident sets, benchmarks): shown one incident an
 *   event, as they are, unless the user corrected one of their events. They can be a million
 *   incidents, so their sorted incidents are cached and reused while those articles do not change.
 * Pure; recomputed whenever articles, corrections or decisions change.
 */
import type { ArticleResult, UndatedEventOut } from "../../pipeline/contract";
import { MergeIndex, type MergeDecision, type MergedIncident, type Report } from "../../reports/mergeReports";
import { reportFromEvent } from "../../reports/reportFromEvent";
import { compareIncidents, incidentsOf, type Incident } from "../model/incident";
import { parseDay } from "../../time/days";
import { applyCorrections, type Correction, type CorrectedEvent } from "../../workbench/corrections";

/** An incident as the workbench shows it: its corrected event, and whether the user changed it. */
export type WorkbenchIncident = Incident & { event: CorrectedEvent; userEdited?: boolean };

export interface ReportSource {
  article: number;
  event: CorrectedEvent;
}

export interface Built {
  incidents: WorkbenchIncident[];
  /** The groups of the user's reports (and of corrected data), by incident key. */
  groups: ReadonlyMap<string, MergedIncident>;
  /** The merged group behind an incident key (a group of one for data shown as it is). */
  groupOf: (key: string) => MergedIncident | undefined;
  /** Where a report came from: article index and (corrected) event. */
  reportOf: (key: string) => ReportSource | undefined;
  /** Corrections whose evidence is no longer in their article. */
  orphaned: Correction[];
  /** Events that wait for their article's publication date, by article index. */
  undated: Map<number, UndatedEventOut[]>;
}

function single(report: Report): MergedIncident {
  return {
    key: report.key,
    representative: report,
    reports: [report],
    reasons: [],
    killed:
      report.killed === null
        ? null
        : {
            min: report.killed,
            max: report.killed,
            by: [{ key: report.key, articleTitle: report.articleTitle, value: report.killed }],
          },
    wounded:
      report.wounded === null
        ? null
        : {
            min: report.wounded,
            max: report.wounded,
            by: [{ key: report.key, articleTitle: report.articleTitle, value: report.wounded }],
          },
    t0: report.t0,
    t1: report.t1,
  };
}

/** The last plain articles (object and index) and their incidents: reused while unchanged. */
let plainCache: { articles: ArticleResult[]; indexes: number[]; incidents: WorkbenchIncident[] } | null =
  null;

function cachedPlain(articles: readonly ArticleResult[], indexes: readonly number[]): WorkbenchIncident[] {
  const c = plainCache;
  if (
    c &&
    c.indexes.length === indexes.length &&
    indexes.every((index, i) => c.indexes[i] === index && c.articles[i] === articles[index])
  )
    return c.incidents;
  const incidents = incidentsOf(articles, indexes);
  plainCache = {
    articles: indexes.map((i) => articles[i] as ArticleResult),
    indexes: [...indexes],
    incidents,
  };
  return incidents;
}

/** Two sorted lists into one, in linear time. */
function mergeSortedLists(
  a: readonly WorkbenchIncident[],
  b: readonly WorkbenchIncident[],
): WorkbenchIncident[] {
  if (b.length === 0) return [...a];
  if (a.length === 0) return [...b];
  const out: WorkbenchIncident[] = new Array<WorkbenchIncident>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length)
    out[k++] =
      compareIncidents(a[i] as Incident, b[j] as Incident) <= 0
        ? (a[i++] as WorkbenchIncident)
        : (b[j++] as WorkbenchIncident);
  while (i < a.length) out[k++] = a[i++] as WorkbenchIncident;
  while (j < b.length) out[k++] = b[j++] as WorkbenchIncident;
  return out;
}

/**
 * What the last build made of the user's reports, kept so that appending articles (a batch) merges
 * only the new articles' reports into the index instead of rebuilding every incident. Reused only while
 * the earlier articles, the corrections and the decisions are the very same objects; anything else
 * (a removed or re-extracted article, a correction, a decision) builds from scratch.
 * Articles are always fed to the index in article order, so a batch built in parts and the same
 * articles built at once (after a reload) make the same groups.
 */
interface WorkState {
  articles: ArticleResult[];
  users: boolean[];
  corrections: readonly Correction[];
  decisions: readonly MergeDecision[];
  byArticle: Map<string, Correction[]>;
  index: MergeIndex;
  /** Report keys of the index, by the index's report number. */
  sources: Map<string, ReportSource>;
  orphaned: Correction[];
  undated: Map<number, UndatedEventOut[]>;
  plain: number[];
  singles: Map<string, MergedIncident>;
  /** The incidents made from the user's reports and corrected data, sorted, and the group root of each. */
  worked: WorkbenchIncident[];
  rootOf: Map<string, number>;
}

let work: WorkState | null = null;

function freshWork(corrections: readonly Correction[], decisions: readonly MergeDecision[]): WorkState {
  const byArticle = new Map<string, Correction[]>();
  for (const c of corrections) {
    const list = byArticle.get(c.articleKey);
    if (list) list.push(c);
    else byArticle.set(c.articleKey, [c]);
  }
  return {
    articles: [],
    users: [],
    corrections,
    decisions,
    byArticle,
    index: new MergeIndex(decisions),
    sources: new Map(),
    orphaned: [],
    undated: new Map(),
    plain: [],
    singles: new Map(),
    worked: [],
    rootOf: new Map(),
  };
}

function reusable(
  w: WorkState | null,
  articles: readonly ArticleResult[],
  users: readonly boolean[],
  corrections: readonly Correction[],
  decisions: readonly MergeDecision[],
): w is WorkState {
  if (!w || w.corrections !== corrections || w.decisions !== decisions) return false;
  if (w.articles.length > articles.length) return false;
  for (let i = 0; i < w.articles.length; i++)
    if (w.articles[i] !== articles[i] || w.users[i] !== users[i]) return false;
  return true;
}

function incidentOf(m: MergedIncident, from: ReportSource): WorkbenchIncident {
  const killed = m.killed ? m.killed.max : 0;
  const wounded = m.wounded ? m.wounded.max : 0;
  const userEdited = m.reports.some((r) => r.userEdited);
  return {
    key: m.key,
    article: from.article,
    event: from.event,
    t0: m.t0,
    t1: m.t1,
    casualties: killed + wounded,
    ...(userEdited ? { userEdited } : {}),
  };
}

/** Adds articles `from..` of `articles` to the work: their reports merged into the index. */
function extend(w: WorkState, articles: readonly ArticleResult[], users: readonly boolean[]): void {
  const from = w.articles.length;
  const reports: Report[] = [];
  const singles: MergedIncident[] = [];
  for (let index = from; index < articles.length; index++) {
    const article = articles[index] as ArticleResult;
    const isUsers = users[index] as boolean;
    w.articles.push(article);
    w.users.push(isUsers);
    if (article.error) continue;
    if (article.undatedEvents?.length) w.undated.set(index, article.undatedEvents);
    const own = w.byArticle.get(article.id);
    if (!isUsers && !own) {
      w.plain.push(index);
      continue;
    }
    let events: CorrectedEvent[] = article.events;
    if (own) {
      const applied = applyCorrections(article, own);
      events = applied.events;
      w.orphaned.push(...applied.orphaned);
    }
    for (const event of events) {
      const t0 = parseDay(event.dateStart ?? "");
      const t1 = parseDay(event.dateEnd ?? "") ?? t0;
      if (t0 === null || t1 === null || !Number.isFinite(event.lat) || !Number.isFinite(event.lon)) continue;
      const report = reportFromEvent(article, event, t0, t1);
      w.sources.set(report.key, { article: index, event });
      if (isUsers) reports.push(report);
      else singles.push(single(report));
    }
  }
  const before = w.index.reports.length;
  w.index.add(reports);
  const touched = new Set<number>();
  for (let i = before; i < w.index.reports.length; i++) touched.add(w.index.find(i));
  const stale = (inc: WorkbenchIncident) => {
    const root = w.rootOf.get(inc.key);
    if (root === undefined) return false;
    if (w.index.find(root) === root && !touched.has(root)) return false;
    w.rootOf.delete(inc.key);
    return true;
  };
  const kept = touched.size > 0 ? w.worked.filter((inc) => !stale(inc)) : w.worked;
  const added: WorkbenchIncident[] = [];
  for (const root of touched) {
    const m = w.index.group(root);
    const source = w.sources.get(m.key);
    if (!source) continue;
    w.rootOf.set(m.key, root);
    added.push(incidentOf(m, source));
  }
  for (const m of singles) {
    const source = w.sources.get(m.key);
    if (!source) continue;
    w.singles.set(m.key, m);
    added.push(incidentOf(m, source));
  }
  added.sort(compareIncidents);
  w.worked = mergeSortedLists(kept, added);
}

/**
 * `isUsers(article)`: whether an article is the user's own (its reports are merged). By default all are.
 */
export function buildIncidents(
  articles: readonly ArticleResult[],
  corrections: readonly Correction[],
  decisions: readonly MergeDecision[],
  isUsers: (article: ArticleResult) => boolean = () => true,
): Built {
  const users = articles.map((a) => isUsers(a));
  const w = reusable(work, articles, users, corrections, decisions)
    ? work
    : freshWork(corrections, decisions);
  work = w;
  if (w.articles.length < articles.length) extend(w, articles, users);
  const groups = new Map<string, MergedIncident>(w.singles);
  for (const [key, root] of w.rootOf) groups.set(key, w.index.group(root));
  const sources = w.sources;
  const plain = w.plain;
  const plainList = plain.length > 0 ? cachedPlain(articles, plain) : [];
  let plainByKey: Map<string, WorkbenchIncident> | null = null;
  const plainOf = (key: string) => {
    plainByKey ??= new Map(plainList.map((i) => [i.key, i]));
    return plainByKey.get(key);
  };
  const reportOf = (key: string): ReportSource | undefined => {
    const s = sources.get(key);
    if (s) return s;
    const p = plainOf(key);
    return p ? { article: p.article, event: p.event } : undefined;
  };
  const groupOf = (key: string): MergedIncident | undefined => {
    const g = groups.get(key);
    if (g) return g;
    const p = plainOf(key);
    const article = p ? articles[p.article] : undefined;
    return p && article ? single(reportFromEvent(article, p.event, p.t0, p.t1)) : undefined;
  };
  return {
    incidents: mergeSortedLists(plainList, w.worked),
    groups,
    groupOf,
    reportOf,
    orphaned: [...w.orphaned],
    undated: new Map(w.undated),
  };
}
