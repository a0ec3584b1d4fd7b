/**
 * An incident set: many incidents from a file, as columns plus string tables, the shape the loader
 * worker hands to the page (typed arrays transfer without a copy). Rows are sorted by first day,
 * then last day, then input order.
 *
 * Strings are dictionary-encoded: a row holds an index into `places`, `countries`, `articles` and
 * `excerpts`, so a million incidents at a few thousand places keep one copy of each name.
 */
import type { DatePrecision } from "../../pipeline/contract";

export const DATE_PRECISIONS: readonly DatePrecision[] = ["day", "week", "month", "year"];

export interface SetArticle {
  id: string;
  title: string;
  published: string;
  url?: string;
}

export interface IncidentSet {
  length: number;
  lon: Float32Array;
  lat: Float32Array;
  t0: Int32Array;
  t1: Int32Array;
  /** -1: not reported. */
  killed: Int32Array;
  wounded: Int32Array;
  /** Index into EVENT_TYPES (model/eventTypes.ts). */
  type: Uint8Array;
  /** Index into PRECISIONS (model/columns.ts). */
  precision: Uint8Array;
  /** Index into DATE_PRECISIONS. */
  datePrecision: Uint8Array;
  /** FLAG_* bits (model/columns.ts). */
  flags: Uint8Array;
  place: Uint32Array;
  country: Uint32Array;
  article: Uint32Array;
  excerpt: Uint32Array;
  places: string[];
  countries: string[];
  articles: SetArticle[];
  excerpts: string[];
  /** Event ids from the file (feature ids), or null: then a row's id is its row number. */
  ids: string[] | null;
}

/** The typed-array columns of a set, in a fixed order (the binary format writes them in this order). */
export const SET_COLUMNS = [
  ["lon", Float32Array],
  ["lat", Float32Array],
  ["t0", Int32Array],
  ["t1", Int32Array],
  ["killed", Int32Array],
  ["wounded", Int32Array],
  ["place", Uint32Array],
  ["country", Uint32Array],
  ["article", Uint32Array],
  ["excerpt", Uint32Array],
  ["type", Uint8Array],
  ["precision", Uint8Array],
  ["datePrecision", Uint8Array],
  ["flags", Uint8Array],
] as const;

export type ColumnName = (typeof SET_COLUMNS)[number][0];

/** Transferable buffers of a set (for postMessage). */
export function setBuffers(set: IncidentSet): ArrayBuffer[] {
  return SET_COLUMNS.map(([name]) => set[name].buffer as ArrayBuffer);
}

/** A growable set under construction: rows appended in any order, sorted by `finish`. */
export class IncidentSetBuilder {
  private capacity = 1024;
  length = 0;
  private cols: { [K in ColumnName]: IncidentSet[K] };
  private tables = {
    places: new Map<string, number>(),
    countries: new Map<string, number>(),
    articles: new Map<string, number>(),
    excerpts: new Map<string, number>(),
  };
  private articleList: SetArticle[] = [];
  private ids: string[] = [];
  private hasIds = false;

  constructor() {
    this.cols = Object.fromEntries(SET_COLUMNS.map(([name, T]) => [name, new T(this.capacity)])) as {
      [K in ColumnName]: IncidentSet[K];
    };
  }

  private grow(): void {
    this.capacity *= 2;
    for (const [name, T] of SET_COLUMNS) {
      const next = new T(this.capacity);
      next.set(this.cols[name] as never);
      (this.cols as Record<string, unknown>)[name] = next;
    }
  }

  private intern(table: Map<string, number>, value: string): number {
    let i = table.get(value);
    if (i === undefined) {
      i = table.size;
      table.set(value, i);
    }
    return i;
  }

  /** Index of an article (by id; the first title/date seen for an id wins). */
  article(a: SetArticle): number {
    const before = this.tables.articles.size;
    const i = this.intern(this.tables.articles, a.id);
    if (i === before) this.articleList.push(a);
    return i;
  }

  add(row: {
    lon: number;
    lat: number;
    t0: number;
    t1: number;
    killed: number | null;
    wounded: number | null;
    type: number;
    precision: number;
    datePrecision: number;
    flags: number;
    place: string;
    country: string;
    article: number;
    excerpt: string;
    id: string | null;
  }): void {
    if (this.length === this.capacity) this.grow();
    const c = this.cols;
    const i = this.length++;
    c.lon[i] = row.lon;
    c.lat[i] = row.lat;
    c.t0[i] = row.t0;
    c.t1[i] = row.t1;
    c.killed[i] = row.killed ?? -1;
    c.wounded[i] = row.wounded ?? -1;
    c.type[i] = row.type;
    c.precision[i] = row.precision;
    c.datePrecision[i] = row.datePrecision;
    c.flags[i] = row.flags;
    c.place[i] = this.intern(this.tables.places, row.place);
    c.country[i] = this.intern(this.tables.countries, row.country);
    c.article[i] = row.article;
    c.excerpt[i] = this.intern(this.tables.excerpts, row.excerpt);
    this.ids.push(row.id ?? "");
    if (row.id !== null) this.hasIds = true;
  }

  /** The set, rows sorted by (t0, t1, input order); the builder is spent. */
  finish(): IncidentSet {
    const n = this.length;
    const { t0, t1 } = this.cols;
    let sorted = true;
    for (let i = 1; i < n && sorted; i++) {
      const d = (t0[i] as number) - (t0[i - 1] as number) || (t1[i] as number) - (t1[i - 1] as number);
      if (d < 0) sorted = false;
    }
    const order = sorted
      ? null
      : Uint32Array.from({ length: n }, (_, i) => i).sort(
          (a, b) => (t0[a] as number) - (t0[b] as number) || (t1[a] as number) - (t1[b] as number) || a - b,
        );
    const cols = Object.fromEntries(
      SET_COLUMNS.map(([name, T]) => {
        const src = this.cols[name];
        if (!order) return [name, src.slice(0, n)];
        const out = new T(n);
        for (let i = 0; i < n; i++) out[i] = src[order[i] as number] as number;
        return [name, out];
      }),
    ) as { [K in ColumnName]: IncidentSet[K] };
    const ids = this.hasIds ? (order ? Array.from(order, (i) => this.ids[i] as string) : this.ids) : null;
    return {
      length: n,
      ...cols,
      places: [...this.tables.places.keys()],
      countries: [...this.tables.countries.keys()],
      articles: this.articleList,
      excerpts: [...this.tables.excerpts.keys()],
      ids,
    };
  }
}
