/**
 * `extract --incidents`: the merged incidents of a whole batch as one GeoJSON FeatureCollection,
 * through the same code as the page's export (src/reports): events of different articles that are
 * the same event become one incident with every report. Unlike the article lines, this needs the
 * whole batch before it can print anything, so it holds every result until the end.
 */
import type { ArticleResult, EventOut } from "../pipeline/contract";
import { exportGeoJson, type IncidentCollection } from "../reports/exportGeoJson";
import { mergeReports, type Report } from "../reports/mergeReports";
import { reportFromEvent } from "../reports/reportFromEvent";
import { parseDay } from "../time/days";

export class BatchIncidents {
  private readonly articles: ArticleResult[] = [];
  private readonly reports: Report[] = [];
  private readonly sources = new Map<string, { article: ArticleResult; event: EventOut }>();
  private readonly seenIds = new Map<string, number>();

  /** Adds one article's events as reports; an article with an error has none. */
  add(result: ArticleResult): void {
    if (result.error) return;
    // Two articles with one id (the same file given twice) stay two articles.
    const seen = this.seenIds.get(result.id) ?? 0;
    this.seenIds.set(result.id, seen + 1);
    const article = seen === 0 ? result : { ...result, id: `${result.id}#${seen + 1}` };
    this.articles.push(article);
    for (const event of article.events) {
      const t0 = event.dateStart === null ? null : parseDay(event.dateStart);
      const t1 = (event.dateEnd === null ? null : parseDay(event.dateEnd)) ?? t0;
      if (t0 === null || t1 === null || !Number.isFinite(event.lat) || !Number.isFinite(event.lon)) continue;
      const key = `${article.id}::${event.id}`;
      this.sources.set(key, { article, event });
      this.reports.push(reportFromEvent(article, event, t0, t1));
    }
  }

  collection(exportedAt?: string): IncidentCollection {
    return exportGeoJson({
      incidents: mergeReports(this.reports),
      reportOf: (key) => this.sources.get(key),
      ...(exportedAt ? { exportedAt } : {}),
    });
  }
}
