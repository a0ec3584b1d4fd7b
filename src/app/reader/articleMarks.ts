/**
 * The highlights of an article's full text: every toponym (resolved, metonymic or adjectival),
 * every unresolved name and every date expression, as marks over the text with what choosing each
 * one does (fly to the place, go to the date).
 */
import type { ArticleResult } from "../../pipeline/contract";
import type { Mark } from "../panel/excerptSegments";
import { parseDay } from "../../time/days";

export type MarkTarget =
  | { kind: "place"; lon: number; lat: number; label: string }
  | { kind: "date"; day: number; label: string }
  | { kind: "none"; label: string };

export interface ArticleMark extends Mark {
  target: MarkTarget;
}

export function articleMarks(article: ArticleResult): ArticleMark[] {
  const marks: ArticleMark[] = [];
  for (const t of article.toponyms) {
    const referenceOnly = t.metonymic || t.adjectival === true;
    const where = `${t.name}${t.countryCode ? `, ${t.countryCode}` : ""}`;
    marks.push({
      start: t.start,
      end: t.end,
      kind: referenceOnly ? "metonymic" : "place",
      target: {
        kind: "place",
        lon: t.lon,
        lat: t.lat,
        label: referenceOnly
          ? `${t.text}: ${where}, named for its government or people, not as a location`
          : `${t.text}: ${where}`,
      },
    });
  }
  for (const u of article.unresolved) {
    marks.push({
      start: u.start,
      end: u.end,
      kind: "unresolved",
      target: { kind: "none", label: `${u.text}: not placed (${u.reason})` },
    });
  }
  for (const d of article.dates) {
    const day = d.dateStart === null ? null : parseDay(d.dateStart);
    const label =
      d.dateStart === null
        ? `${d.text}: waits for the article's publication date`
        : `${d.text}: ${d.dateStart}${d.dateEnd !== d.dateStart ? ` to ${d.dateEnd}` : ""}`;
    marks.push({
      start: d.start,
      end: d.end,
      kind: "date",
      target: day === null ? { kind: "none", label } : { kind: "date", day, label },
    });
  }
  return marks.sort((a, b) => a.start - b.start || b.end - a.end);
}
