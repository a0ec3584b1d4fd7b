/**
 * An incident set as the store's articles: one ArticleResult per article of the set, its events
 * built from the columns. Strings come from the set's tables, so a name, a date or an excerpt that
 * a thousand incidents share is one string in memory; the spans no set carries (trigger words) are
 * one shared empty span. The articles have no text (a set carries excerpts, not whole articles).
 */
import type { ArticleResult, EventOut, PlacePrecision, Span } from "../../pipeline/contract";
import { PRECISIONS, typeOfIndex } from "../model/columnCodes";
import { formatDay } from "../../time/days";
import { DATE_PRECISIONS, type IncidentSet } from "./incidentSet";

const NO_SPAN: Span = Object.freeze({ start: 0, end: 0, text: "" });

export function articlesOfSet(set: IncidentSet): ArticleResult[] {
  const articles: ArticleResult[] = set.articles.map((a) => ({
    id: a.id,
    title: a.title,
    published: a.published,
    ...(a.url ? { url: a.url } : {}),
    text: "",
    toponyms: [],
    unresolved: [],
    dates: [],
    events: [],
  }));
  const dayText = new Map<number, string>();
  const dateOf = (d: number): string => {
    let s = dayText.get(d);
    if (s === undefined) dayText.set(d, (s = formatDay(d)));
    return s;
  };
  const excerpts: (Span | undefined)[] = new Array<Span | undefined>(set.excerpts.length);
  // Row ids zero-padded to one width, so that keys sort like rows (incidents stay in order, no re-sort).
  const width = String(Math.max(0, set.length - 1)).length;
  for (let row = 0; row < set.length; row++) {
    const e = set.excerpt[row] as number;
    let excerpt = excerpts[e];
    if (!excerpt) {
      const text = set.excerpts[e] ?? "";
      excerpts[e] = excerpt = text ? { start: 0, end: text.length, text } : NO_SPAN;
    }
    const killed = set.killed[row] as number;
    const wounded = set.wounded[row] as number;
    const event: EventOut = {
      id: set.ids?.[row] || String(row).padStart(width, "0"),
      type: typeOfIndex(set.type[row] as number),
      dateStart: dateOf(set.t0[row] as number),
      dateEnd: dateOf(set.t1[row] as number),
      datePrecision: DATE_PRECISIONS[set.datePrecision[row] as number] ?? "day",
      dateSource: "text",
      placeName: set.places[set.place[row] as number] ?? "",
      geonameId: null,
      countryCode: set.countries[set.country[row] as number] ?? "",
      lat: set.lat[row] as number,
      lon: set.lon[row] as number,
      precision: (PRECISIONS[set.precision[row] as number] ?? "city") as PlacePrecision,
      killed: killed < 0 ? null : killed,
      wounded: wounded < 0 ? null : wounded,
      trigger: NO_SPAN,
      excerpt,
      toponym: null,
      date: null,
    };
    articles[set.article[row] as number]?.events.push(event);
  }
  return articles.filter((a) => a.events.length > 0);
}
