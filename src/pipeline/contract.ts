/**
 * The JSON output contract: one ArticleResult per article (see DESIGN.md).
 * Offsets are JavaScript string indices (UTF-16 code units) into `text`.
 */

export type DatePrecision = "day" | "week" | "month" | "year";

export type EventType =
  | "airstrike"
  | "shelling"
  | "fighting"
  | "attack"
  | "diplomacy"
  | "ceasefire"
  | "aid"
  | "statement"
  | "other";

/** How exactly an event's point stands for where it happened. */
export type PlacePrecision = "exact" | "city" | "near" | "region" | "country";

export interface ArticleInput {
  id: string;
  text: string;
  title?: string;
  /** Publication date, YYYY-MM-DD. Anchors every relative date. */
  published?: string;
  url?: string;
}

export interface Alternative {
  name: string;
  geonameId: number | null;
  countryCode: string;
  featureCode?: string;
  lat: number;
  lon: number;
  score: number;
}

export interface ToponymOut {
  start: number;
  end: number;
  text: string;
  name: string;
  /** GeoNames id; null for places that come from other data (regions, counties, country centroids). */
  geonameId: number | null;
  countryCode: string;
  featureCode: string;
  lat: number;
  lon: number;
  score: number;
  /** Named for its government ("Beijing said"): a toponym, but not where anything happened. */
  metonymic: boolean;
  /** A demonym or adjective standing for the country ("Kenyan"): a reference, never a location. */
  adjectival?: boolean;
  alternatives: Alternative[];
  /** Local cue that decided the referent, if any ("capital-of", "near", "parent"). */
  cue?: string;
}

export interface UnresolvedOut {
  start: number;
  end: number;
  text: string;
  reason: string;
}

export interface DateOut {
  start: number;
  end: number;
  text: string;
  dateStart: string;
  dateEnd: string;
  precision: DatePrecision;
  /** How the expression was resolved, for the reader ("Saturday -> Sat 15 Oct 2016, the last Saturday before publication"). */
  how?: string;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface EventOut {
  id: string;
  type: EventType;
  dateStart: string;
  dateEnd: string;
  datePrecision: DatePrecision;
  /**
   * Where the date came from: a date expression in the text, or the publication date (then the
   * interval is the day before publication to the day of publication for a reported fact).
   */
  dateSource: "text" | "published";
  placeName: string;
  geonameId: number | null;
  countryCode: string;
  lat: number;
  lon: number;
  precision: PlacePrecision;
  killed: number | null;
  wounded: number | null;
  /** The words that name the event ("airstrikes", "bombing"). */
  trigger: Span;
  excerpt: Span;
  /** Indexes into toponyms[] and dates[] that gave place and date (null: none in the text). */
  toponym: number | null;
  date: number | null;
}

export interface ArticleResult {
  id: string;
  title: string;
  published: string;
  url?: string;
  text: string;
  toponyms: ToponymOut[];
  unresolved: UnresolvedOut[];
  dates: DateOut[];
  events: EventOut[];
  /** Set instead of results when the article could not be processed. */
  error?: string;
}
