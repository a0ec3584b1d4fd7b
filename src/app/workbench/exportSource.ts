/** Glue between the page's incidents and the pure exporters in src/reports. */
import type { ArticleResult } from "../../pipeline/contract";
import { exportGeoJson, type IncidentCollection } from "../../reports/exportGeoJson";
import type { MergeDecision } from "../../reports/mergeReports";
import type { Built } from "./buildIncidents";
import { describeChange, type Correction } from "../../workbench/corrections";
import type { StoredArticle } from "../../workbench/storedArticle";

export function exportIncidents(
  keys: readonly string[],
  built: Built,
  articles: readonly ArticleResult[],
  stored: ReadonlyMap<string, StoredArticle>,
  corrections: readonly Correction[],
  mergeDecisions: readonly MergeDecision[],
  exportedAt?: string,
): IncidentCollection {
  const incidents = keys.flatMap((k) => {
    const g = built.groupOf(k);
    return g ? [g] : [];
  });
  const reportOf = (key: string) => {
    const from = built.reportOf(key);
    const article = from ? articles[from.article] : undefined;
    return from && article ? { article, event: from.event } : undefined;
  };
  const describeCorrections = (key: string) => {
    const from = reportOf(key);
    if (!from?.event.userEdited) return [];
    const articleKey = from.article.id;
    const own = corrections.filter((c) => c.articleKey === articleKey);
    const kinds = new Set(from.event.corrections ?? []);
    // The newest correction of each kind the event carries.
    const latest = new Map<string, Correction>();
    for (const c of [...own].sort((a, b) => a.createdAt - b.createdAt))
      if (kinds.has(c.change.kind)) latest.set(c.change.kind, c);
    return [...latest.values()].map((c) => describeChange(c.change));
  };
  return exportGeoJson({
    incidents,
    reportOf,
    storedOf: (k) => stored.get(k),
    corrections,
    mergeDecisions,
    describeCorrections,
    ...(exportedAt ? { exportedAt } : {}),
  });
}
