/**
 * A loaded incident set kept as the worker's columns, end to end: one small SetIncident per row
 * (row number and the few numbers every view reads: time, casualties), its key, event and article's
 * events made only when something asks for them (the list's visible rows, the selection, a
 * correction). The map, the filters and the histogram read the columns straight through
 * `setRowOf`, so a million incidents never become a million event objects.
 */
import type { ArticleResult, EventOut, PlacePrecision, Span } from "../../pipeline/contract";
import type { Incident } from "../model/incident";
import { PRECISIONS, typeOfIndex } from "../model/columnCodes";
import { formatDay } from "../../time/days";
import { DATE_PRECISIONS, type IncidentSet } from "./incidentSet";

const NO_SPAN: Span = Object.freeze({ start: 0, end: 0, text: "" });

/** One loaded set: its columns, and its articles as the store holds them. */
export class LoadedSet {
  /** The store articles of the set, by the set's article index (their `events` are made on first use). */
  readonly articles: ArticleResult[];
  /** The incidents, one per row, in row (time) order. */
  readonly incidents: SetIncident[];
  /** Index in the store's articles of `articles[0]` (set articles stay together); updated by the store. */
  articleBase = 0;
  private readonly idWidth: number;
  private readonly days = new Map<number, string>();
  private readonly excerpts: (Span | undefined)[];
  private rowsById: Map<string, number> | null = null;
  private readonly byArticle = new Map<ArticleResult, number>();

  constructor(
    readonly set: IncidentSet,
    /** The ids the store gave the set's articles (unique among all articles), by set article index. */
    articleIds: readonly string[],
  ) {
    this.idWidth = String(Math.max(0, set.length - 1)).length;
    this.excerpts = new Array<Span | undefined>(set.excerpts.length);
    this.articles = set.articles.map((a, i) => {
      const article = lazyArticle(this, i, {
        id: articleIds[i] ?? a.id,
        title: a.title,
        published: a.published,
        ...(a.url ? { url: a.url } : {}),
      });
      this.byArticle.set(article, i);
      return article;
    });
    this.incidents = new Array<SetIncident>(set.length);
    for (let row = 0; row < set.length; row++) this.incidents[row] = new SetIncident(this, row);
  }

  /** The set's index of a store article of this set, or -1. */
  articleIndexOf(article: ArticleResult): number {
    return this.byArticle.get(article) ?? -1;
  }

  eventId(row: number): string {
    return this.set.ids?.[row] || String(row).padStart(this.idWidth, "0");
  }

  /** The row of an event id, or -1. */
  rowOfEventId(id: string): number {
    if (!this.set.ids) {
      const row = /^\d+$/.test(id) ? Number(id) : -1;
      return row < this.set.length && this.eventId(row) === id ? row : -1;
    }
    if (!this.rowsById) {
      this.rowsById = new Map();
      this.set.ids.forEach((v, row) => this.rowsById?.set(v || this.eventId(row), row));
    }
    return this.rowsById.get(id) ?? -1;
  }

  private day(d: number): string {
    let s = this.days.get(d);
    if (s === undefined) this.days.set(d, (s = formatDay(d)));
    return s;
  }

  placeName(row: number): string {
    return this.set.places[this.set.place[row] as number] ?? "";
  }

  excerpt(row: number): Span {
    const e = this.set.excerpt[row] as number;
    let span = this.excerpts[e];
    if (!span) {
      const text = this.set.excerpts[e] ?? "";
      this.excerpts[e] = span = text ? { start: 0, end: text.length, text } : NO_SPAN;
    }
    return span;
  }

  /** The event of a row, as the pipeline's contract has it (strings shared through the set's tables). */
  eventOf(row: number): EventOut {
    const s = this.set;
    const killed = s.killed[row] as number;
    const wounded = s.wounded[row] as number;
    return {
      id: this.eventId(row),
      type: typeOfIndex(s.type[row] as number),
      dateStart: this.day(s.t0[row] as number),
      dateEnd: this.day(s.t1[row] as number),
      datePrecision: DATE_PRECISIONS[s.datePrecision[row] as number] ?? "day",
      dateSource: "text",
      placeName: this.placeName(row),
      geonameId: null,
      countryCode: s.countries[s.country[row] as number] ?? "",
      lat: s.lat[row] as number,
      lon: s.lon[row] as number,
      precision: (PRECISIONS[s.precision[row] as number] ?? "city") as PlacePrecision,
      killed: killed < 0 ? null : killed,
      wounded: wounded < 0 ? null : wounded,
      trigger: NO_SPAN,
      excerpt: this.excerpt(row),
      toponym: null,
      date: null,
    };
  }
}

/** An article of a set: no text; its events (every row of it) made on first access and kept. */
function lazyArticle(
  loaded: LoadedSet,
  index: number,
  meta: Pick<ArticleResult, "id" | "title" | "published" | "url">,
): ArticleResult {
  let events: EventOut[] | null = null;
  return {
    ...meta,
    text: "",
    toponyms: [],
    unresolved: [],
    dates: [],
    get events(): EventOut[] {
      if (!events) {
        events = [];
        const { article } = loaded.set;
        for (let row = 0; row < loaded.set.length; row++)
          if (article[row] === index) events.push((loaded.incidents[row] as SetIncident).event);
      }
      return events;
    },
    set events(list: EventOut[]) {
      events = list;
    },
  };
}

/** One row of a loaded set as an Incident: key and event made on first access. */
export class SetIncident implements Incident {
  readonly t0: number;
  readonly t1: number;
  readonly casualties: number;
  readonly userEdited = false;
  private cachedKey: string | undefined;
  private cachedEvent: EventOut | undefined;

  constructor(
    readonly source: LoadedSet,
    readonly row: number,
  ) {
    const s = source.set;
    this.t0 = s.t0[row] as number;
    this.t1 = s.t1[row] as number;
    this.casualties = Math.max(0, s.killed[row] as number) + Math.max(0, s.wounded[row] as number);
  }

  get article(): number {
    return this.source.articleBase + (this.source.set.article[this.row] as number);
  }

  get key(): string {
    this.cachedKey ??= `${this.source.articles[this.source.set.article[this.row] as number]?.id ?? ""}::${this.source.eventId(this.row)}`;
    return this.cachedKey;
  }

  get event(): EventOut {
    this.cachedEvent ??= this.source.eventOf(this.row);
    return this.cachedEvent;
  }
}

/** The set and row behind an incident, when it is a set's (to read its columns without its event). */
export function setRowOf(inc: Incident): { set: IncidentSet; row: number; loaded: LoadedSet } | null {
  return inc instanceof SetIncident ? { set: inc.source.set, row: inc.row, loaded: inc.source } : null;
}

/**
 * Two lists sorted by (t0, t1) into one, in linear time; on a tie `a`'s comes first (so the order
 * is stable across rebuilds without comparing keys).
 */
export function mergeByTime<T extends Pick<Incident, "t0" | "t1">>(a: readonly T[], b: readonly T[]): T[] {
  if (b.length === 0) return a.slice();
  if (a.length === 0) return b.slice();
  const out = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as T;
    const y = b[j] as T;
    if (y.t0 < x.t0 || (y.t0 === x.t0 && y.t1 < x.t1)) {
      out[k++] = y;
      j++;
    } else {
      out[k++] = x;
      i++;
    }
  }
  while (i < a.length) out[k++] = a[i++] as T;
  while (j < b.length) out[k++] = b[j++] as T;
  return out;
}
