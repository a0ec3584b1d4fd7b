/** One extracted event of one article as a report: the unit that mergeReports groups into incidents. */
import type { ArticleResult, EventOut } from "../pipeline/contract";
import type { Report } from "./mergeReports";
import { datingWords } from "../pipeline/eventDate";

/** `t0`/`t1` are the event's first and last day numbers; `userEdited` marks a corrected event. */
export function reportFromEvent(
  article: ArticleResult,
  event: EventOut & { userEdited?: boolean },
  t0: number,
  t1: number,
): Report {
  return {
    key: `${article.id}::${event.id}`,
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
    dateWords: datingWords(article, event)?.text ?? null,
    ...(event.userEdited ? { userEdited: true } : {}),
  };
}
