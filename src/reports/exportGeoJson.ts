/**
 * Export of merged incidents as GeoJSON: one Point feature an incident, with ACLED-like properties
 * (what a reader of the file sees) and every report behind it; plus, as a foreign member, the articles,
 * corrections and merge decisions the incidents came from, so that `importGeoJson` rebuilds exactly
 * the same incidents on another machine. Pure: no DOM.
 */
import type { Feature, FeatureCollection, Point } from "geojson";
import type { Alternative, ArticleResult, DatePrecision, EventOut } from "../pipeline/contract";
import type { Correction } from "../workbench/corrections";
import type { StoredArticle } from "../workbench/storedArticle";
import { describeFigure, type MergeDecision, type MergedIncident } from "./mergeReports";
import { datingWords } from "../pipeline/eventDate";

export const EXPORT_FORMAT = "conflict-map-workbench";
export const EXPORT_VERSION = 1;

/** What an exported event carries beyond the contract. */
export type ExportedEvent = EventOut & { userEdited?: boolean; corrections?: string[] };

export interface ExportSource {
  /** The incidents to export (the ones the page shows). */
  incidents: readonly MergedIncident[];
  /** The article and (corrected) event behind a report key. */
  reportOf: (key: string) => { article: ArticleResult; event: ExportedEvent } | undefined;
  /** The stored records of the articles (for a lossless import); articles without one are exported from their result. */
  storedOf?: (articleKey: string) => StoredArticle | undefined;
  corrections?: readonly Correction[];
  mergeDecisions?: readonly MergeDecision[];
  /** Text of each correction, for the notes. */
  describeCorrections?: (reportKey: string) => string[];
  exportedAt?: string;
}

export interface IncidentProperties {
  key: string;
  event_date: string;
  event_date_end: string;
  /** ACLED's time precision: 1 the day is known, 2 the week (or a range of days), 3 the month or less. */
  time_precision: 1 | 2 | 3;
  event_type: string;
  location: string;
  admin1: string;
  country: string;
  country_code: string;
  latitude: number;
  longitude: number;
  geo_precision: string;
  /** The lowest figure reported (ACLED's conservative reading); notes give the range. */
  fatalities: number | null;
  source: string;
  source_url: string;
  notes: string;
  excerpt: string;
  date_words: string;
  place_words: string;
  user_corrected: boolean;
  reports: {
    key: string;
    article: string;
    title: string;
    url: string;
    excerpt: string;
    date_words: string;
    place_words: string;
    killed: number | null;
    wounded: number | null;
  }[];
}

export interface ExportBundle {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  articles: StoredArticle[];
  corrections: Correction[];
  mergeDecisions: MergeDecision[];
}

export type IncidentCollection = FeatureCollection<Point, IncidentProperties> & { conflictMap: ExportBundle };

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(["en"], { type: "region" });
  } catch {
    return null;
  }
})();

export function countryName(code: string): string {
  if (!/^[A-Z]{2}$/.test(code)) return code;
  try {
    return regionNames?.of(code) ?? code;
  } catch {
    return code;
  }
}

function timePrecision(precision: DatePrecision, sameDay: boolean): 1 | 2 | 3 {
  if (precision === "day") return sameDay ? 1 : 2;
  return precision === "week" ? 2 : 3;
}

function wordsOf(article: ArticleResult, event: EventOut): { date: string; place: string } {
  const date = datingWords(article, event)?.text ?? "";
  const place = event.toponym === null ? "" : (article.toponyms[event.toponym]?.text ?? "");
  return { date, place };
}

/**
 * The first-level region of the event's place: from the toponym that gave the place (or, after a
 * correction to another candidate, that candidate), as the pipeline output carries it; "" when the
 * place is not one of the article's candidates (a point placed on the map) or has no region.
 */
export function admin1Of(article: ArticleResult, event: EventOut): string {
  const same = (c: Alternative) =>
    event.geonameId !== null
      ? c.geonameId === event.geonameId
      : c.geonameId === null &&
        c.name === event.placeName &&
        c.countryCode === event.countryCode &&
        c.lat === event.lat &&
        c.lon === event.lon;
  const own = event.toponym === null ? undefined : article.toponyms[event.toponym];
  const toponyms = own ? [own, ...article.toponyms] : article.toponyms;
  for (const t of toponyms) {
    if (same(t)) return t.admin1?.name ?? "";
    const alt = t.alternatives.find(same);
    if (alt) return alt.admin1?.name ?? "";
  }
  return "";
}

function dayString(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A stored record for an article that has none (e.g. the bundled seed articles). */
function recordOf(article: ArticleResult): StoredArticle {
  return {
    key: article.id,
    input: {
      id: article.id,
      text: article.text,
      title: article.title,
      ...(article.published ? { published: article.published } : {}),
      ...(article.url ? { url: article.url } : {}),
    },
    result: article,
    source: { kind: "import", name: article.title || article.id },
    urlKey: null,
    contentHash: "",
    addedAt: 0,
    pipelineVersion: "",
    publishedFrom: article.published ? "input" : null,
  };
}

export function exportGeoJson(src: ExportSource): IncidentCollection {
  const features: Feature<Point, IncidentProperties>[] = [];
  const articleKeys = new Set<string>();
  const records: StoredArticle[] = [];
  for (const m of src.incidents) {
    const rep = src.reportOf(m.key);
    if (!rep) continue;
    const { article, event } = rep;
    const words = wordsOf(article, event);
    const reports = m.reports.flatMap((r) => {
      const from = src.reportOf(r.key);
      if (!from) return [];
      if (!articleKeys.has(from.article.id)) {
        articleKeys.add(from.article.id);
        records.push(src.storedOf?.(from.article.id) ?? recordOf(from.article));
      }
      const w = wordsOf(from.article, from.event);
      return [
        {
          key: r.key,
          article: from.article.id,
          title: from.article.title || from.article.id,
          url: from.article.url ?? "",
          excerpt: from.event.excerpt.text,
          date_words: w.date,
          place_words: w.place,
          killed: from.event.killed,
          wounded: from.event.wounded,
        },
      ];
    });
    const notes = [
      ...m.reasons.map((r) => `merged: ${r}`),
      ...(m.killed && m.killed.min !== m.killed.max ? [`killed: ${describeFigure(m.killed)}`] : []),
      ...(m.wounded ? [`wounded: ${describeFigure(m.wounded)}`] : []),
      ...m.reports.flatMap((r) => src.describeCorrections?.(r.key) ?? []).map((c) => `user correction: ${c}`),
    ];
    features.push({
      type: "Feature",
      id: m.key,
      geometry: { type: "Point", coordinates: [event.lon, event.lat] },
      properties: {
        key: m.key,
        event_date: dayString(m.t0),
        event_date_end: dayString(m.t1),
        time_precision: timePrecision(event.datePrecision, m.t0 === m.t1),
        event_type: event.type,
        location: event.placeName,
        admin1: admin1Of(article, event),
        country: countryName(event.countryCode),
        country_code: event.countryCode,
        latitude: event.lat,
        longitude: event.lon,
        geo_precision: event.precision,
        fatalities: m.killed ? m.killed.min : null,
        source: reports.map((r) => r.title).join("; "),
        source_url: reports
          .map((r) => r.url)
          .filter(Boolean)
          .join(" "),
        notes: notes.join(" | "),
        excerpt: event.excerpt.text,
        date_words: words.date,
        place_words: words.place,
        user_corrected: m.reports.some((r) => r.userEdited),
        reports,
      },
    });
  }
  const corrections = (src.corrections ?? []).filter((c) => articleKeys.has(c.articleKey));
  const inExport = (key: string) => articleKeys.has(key.split("::")[0] ?? "");
  const mergeDecisions = (src.mergeDecisions ?? []).filter((d) => inExport(d.key));
  return {
    type: "FeatureCollection",
    features,
    conflictMap: {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: src.exportedAt ?? new Date().toISOString(),
      articles: records,
      corrections,
      mergeDecisions,
    },
  };
}
