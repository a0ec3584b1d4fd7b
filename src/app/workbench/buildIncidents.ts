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
import {
  mergeReports,
  type MergeDecision,
  type MergedIncident,
  type Report,
} from "../../reports/mergeReports";
import { reportFromEvent } from "../../reports/reportFromEvent";
import { compareIncidents, incidentsOf, type Incident } from "../model/incident";
import { parseDay } from "../../time/days";
import { applyCorrections, type Correction, type CorrectedEvent } from "./corrections";

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
 * `isUsers(article)`: whether an article is the user's own (its reports are merged). By default all are.
 */
export function buildIncidents(
  articles: readonly ArticleResult[],
  corrections: readonly Correction[],
  decisions: readonly MergeDecision[],
  isUsers: (article: ArticleResult) => boolean = () => true,
): Built {
  const byArticle = new Map<string, Correction[]>();
  for (const c of corrections) {
    const list = byArticle.get(c.articleKey);
    if (list) list.push(c);
    else byArticle.set(c.articleKey, [c]);
  }
  const reports: Report[] = [];
  const singles: MergedIncident[] = [];
  const sources = new Map<string, ReportSource>();
  const orphaned: Correction[] = [];
  const undated = new Map<number, UndatedEventOut[]>();
  const plain: number[] = [];
  articles.forEach((article, index) => {
    if (article.error) return;
    if (article.undatedEvents?.length) undated.set(index, article.undatedEvents);
    const own = byArticle.get(article.id);
    const users = isUsers(article);
    if (!users && !own) {
      plain.push(index);
      return;
    }
    let events: CorrectedEvent[] = article.events;
    if (own) {
      const applied = applyCorrections(article, own);
      events = applied.events;
      orphaned.push(...applied.orphaned);
    }
    for (const event of events) {
      const t0 = parseDay(event.dateStart ?? "");
      const t1 = parseDay(event.dateEnd ?? "") ?? t0;
      if (t0 === null || t1 === null || !Number.isFinite(event.lat) || !Number.isFinite(event.lon)) continue;
      const report = reportFromEvent(article, event, t0, t1);
      sources.set(report.key, { article: index, event });
      if (users) reports.push(report);
      else singles.push(single(report));
    }
  });
  const groups = new Map<string, MergedIncident>();
  const worked: WorkbenchIncident[] = [];
  for (const m of [...mergeReports(reports, decisions), ...singles]) {
    const from = sources.get(m.key);
    if (!from) continue;
    groups.set(m.key, m);
    const killed = m.killed ? m.killed.max : 0;
    const wounded = m.wounded ? m.wounded.max : 0;
    const userEdited = m.reports.some((r) => r.userEdited);
    worked.push({
      key: m.key,
      article: from.article,
      event: from.event,
      t0: m.t0,
      t1: m.t1,
      casualties: killed + wounded,
      ...(userEdited ? { userEdited } : {}),
    });
  }
  worked.sort(compareIncidents);
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
  return { incidents: mergeSortedLists(plainList, worked), groups, groupOf, reportOf, orphaned, undated };
}
