/**
 * From what the workbench holds (articles, the user's corrections, their merge decisions) to what the
 * page shows: one Incident per merged group of reports. Pure; recomputed whenever any of them change.
 */
import type { ArticleResult, UndatedEventOut } from "../../pipeline/contract";
import {
  mergeReports,
  type MergeDecision,
  type MergedIncident,
  type Report,
} from "../../reports/mergeReports";
import { compareIncidents, incidentKey, type Incident } from "../model/incident";
import { parseDay } from "../time/days";
import { applyCorrections, type Correction, type CorrectedEvent } from "./corrections";

/** An incident as the workbench shows it: its corrected event, and whether the user changed it. */
export type WorkbenchIncident = Incident & { event: CorrectedEvent; userEdited?: boolean };

export interface Built {
  incidents: WorkbenchIncident[];
  /** The merged group behind each incident key. */
  groups: Map<string, MergedIncident>;
  /** Where each report came from: article index and corrected event. */
  reportEvents: Map<string, { article: number; event: CorrectedEvent }>;
  /** Corrections whose evidence is no longer in their article. */
  orphaned: Correction[];
  /** Events that wait for their article's publication date, by article index. */
  undated: Map<number, UndatedEventOut[]>;
}

function dateWords(article: ArticleResult, event: CorrectedEvent): string | null {
  return event.date === null ? null : (article.dates[event.date]?.text ?? null);
}

export function buildIncidents(
  articles: readonly ArticleResult[],
  corrections: readonly Correction[],
  decisions: readonly MergeDecision[],
): Built {
  const byArticle = new Map<string, Correction[]>();
  for (const c of corrections) {
    const list = byArticle.get(c.articleKey);
    if (list) list.push(c);
    else byArticle.set(c.articleKey, [c]);
  }
  const reports: Report[] = [];
  const reportEvents = new Map<string, { article: number; event: CorrectedEvent }>();
  const orphaned: Correction[] = [];
  const undated = new Map<number, UndatedEventOut[]>();
  articles.forEach((article, index) => {
    if (article.error) return;
    if (article.undatedEvents?.length) undated.set(index, article.undatedEvents);
    const own = byArticle.get(article.id);
    const events: CorrectedEvent[] = own ? applyCorrections(article, own).events : article.events;
    if (own) orphaned.push(...applyCorrections(article, own).orphaned);
    for (const event of events) {
      const t0 = parseDay(event.dateStart ?? "");
      const t1 = parseDay(event.dateEnd ?? "") ?? t0;
      if (!Number.isFinite(event.lat) || !Number.isFinite(event.lon)) continue;
      if (t0 === null || t1 === null) continue;
      const key = incidentKey(article.id, event.id);
      reportEvents.set(key, { article: index, event });
      reports.push({
        key,
        articleKey: article.id,
        articleTitle: article.title || article.id,
        ...(article.url ? { url: article.url } : {}),
        type: event.type,
        placeName: event.placeName,
        geonameId: event.geonameId,
        countryCode: event.countryCode,
        lat: event.lat,
        lon: event.lon,
        precision: event.precision,
        killed: event.killed,
        wounded: event.wounded,
        t0,
        t1: Math.max(t0, t1),
        excerpt: event.excerpt.text,
        dateWords: dateWords(article, event),
        ...(event.userEdited ? { userEdited: true } : {}),
      });
    }
  });
  const groups = new Map<string, MergedIncident>();
  const incidents: WorkbenchIncident[] = [];
  for (const m of mergeReports(reports, decisions)) {
    const from = reportEvents.get(m.key);
    if (!from) continue;
    groups.set(m.key, m);
    const killed = m.killed ? m.killed.max : 0;
    const wounded = m.wounded ? m.wounded.max : 0;
    const userEdited = m.reports.some((r) => r.userEdited);
    incidents.push({
      key: m.key,
      article: from.article,
      event: from.event,
      t0: m.t0,
      t1: m.t1,
      casualties: killed + wounded,
      ...(userEdited ? { userEdited } : {}),
    });
  }
  incidents.sort(compareIncidents);
  return { incidents, groups, reportEvents, orphaned, undated };
}
