import type { ArticleResult, EventOut } from "../../pipeline/contract";
import { parseDay } from "../../time/days";

/** One event of one article, as the app shows it. */
export interface Incident {
  /** Unique in the app: article id + event id. */
  key: string;
  /** Index into the store's articles. */
  article: number;
  event: EventOut;
  /** First and last day (day numbers) the event may have happened on. */
  t0: number;
  t1: number;
  /** killed + wounded where reported, else 0: sizes the marker. */
  casualties: number;
  /**
   * The user corrected this incident (drawn with an outline on the map). incidentsOf sets false;
   * optional so that records written before this field (tests, stored state) still type-check.
   */
  userEdited?: boolean;
}

export function incidentKey(articleId: string, eventId: string): string {
  return `${articleId}::${eventId}`;
}

/**
 * The incidents of some articles, sorted by first day (then last day, then key) so that a window is
 * a contiguous prefix scan. `entries` are the store indexes of the articles to take (all by default).
 * Events whose dates or coordinates are unusable are left out (they cannot be placed on map or timeline).
 */
export function incidentsOf(
  articles: readonly ArticleResult[],
  entries: Iterable<number> = articles.keys(),
): Incident[] {
  const out: Incident[] = [];
  // Large sets repeat a few thousand dates a million times: parse each once.
  const days = new Map<string, number | null>();
  const dayOf = (text: string): number | null => {
    let d = days.get(text);
    if (d === undefined) days.set(text, (d = parseDay(text)));
    return d;
  };
  for (const index of entries) {
    const article = articles[index];
    if (!article || article.error) continue;
    for (const event of article.events) {
      const t0 = dayOf(event.dateStart);
      const t1 = dayOf(event.dateEnd) ?? t0;
      if (t0 === null || t1 === null || !Number.isFinite(event.lat) || !Number.isFinite(event.lon)) continue;
      out.push({
        key: incidentKey(article.id, event.id),
        article: index,
        event,
        t0,
        t1: Math.max(t0, t1),
        casualties: (event.killed ?? 0) + (event.wounded ?? 0),
        userEdited: false,
      });
    }
  }
  return out.sort(compareIncidents);
}

export function compareIncidents(a: Incident, b: Incident): number {
  return a.t0 - b.t0 || a.t1 - b.t1 || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Merges two sorted incident arrays into a new sorted one (linear: no re-sort of a million). */
export function mergeSorted(a: readonly Incident[], b: readonly Incident[]): Incident[] {
  const out: Incident[] = new Array<Incident>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Incident;
    const y = b[j] as Incident;
    if (compareIncidents(y, x) < 0) {
      out[k++] = y;
      j++;
    } else {
      out[k++] = x;
      i++;
    }
  }
  while (i < a.length) out[k++] = a[i++] as Incident;
  while (j < b.length) out[k++] = b[j++] as Incident;
  return out;
}
