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
  /**
   * Publication date, YYYY-MM-DD (a timestamp or DD-MM-YYYY is normalised), years 0001-9999. Anchors
   * every relative date. Missing (absent, null or blank) is normal input: see "Undated articles" below.
   * A malformed one is an error.
   */
  published?: string;
  url?: string;
}

/** A first-level administrative region (a state, province, oblast, governorate): GeoNames admin1 code and name. */
export interface Admin1Out {
  code: string;
  name: string;
}

export interface Alternative {
  name: string;
  geonameId: number | null;
  countryCode: string;
  featureCode?: string;
  lat: number;
  lon: number;
  score: number;
  /** The first-level region the candidate lies in (itself for a region); absent when unknown or a country. */
  admin1?: Admin1Out;
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
  /** The first-level region the place lies in (itself for a region); absent when unknown or a country. */
  admin1?: Admin1Out;
  /** Named for its government ("Beijing said"): a toponym, but not where anything happened. */
  metonymic: boolean;
  /** A demonym or adjective standing for the country ("Kenyan"): a reference, never a location. */
  adjectival?: boolean;
  alternatives: Alternative[];
  /** Local cue that decided the referent, if any ("capital-of", "near", "parent"). */
  cue?: string;
  /**
   * Why this place won: the non-zero named parts of its logit, each a feature's weight times its
   * value (the features of toponyms/scoreFeatures.ts: kind, population, feature class, name match,
   * parent, list kind, nearness, the article's countries and regions, home region, named
   * countries), which add up to `total`, and the runner-up's. `score` is the softmax of the totals
   * over the name's candidates.
   * Absent when a descriptive reference fixed the referent ("Kenya's capital", "Kenyan").
   */
  why?: {
    features: Record<string, number>;
    total: number;
    runnerUp?: {
      name: string;
      countryCode: string;
      score: number;
      total: number;
      features: Record<string, number>;
    };
  };
}

export interface UnresolvedOut {
  start: number;
  end: number;
  text: string;
  reason: string;
}

/**
 * Undated articles (no publication date). Everything that does not lean on the publication date is
 * extracted as usual: toponyms, absolute dates ("on 3 June 2023", "in March 2021", "in 2019", and what
 * they anchor: "the following month", a range's other end as in "from March to May 2016") and the
 * events they date. What does lean on it is reported but waits:
 * - a relative date ("on Saturday", "yesterday", "last week", "three days ago", and a day or month
 *   without a year, "on 4 June") is a DateOut with `dateStart: null`, `dateEnd: null`, the precision it
 *   will have, and `unresolved: "needs-published"`;
 * - an event dated by such a date, or by the publication date itself (no date in its text), goes to
 *   `ArticleResult.undatedEvents` with `dateStart: null`, `dateEnd: null`, `datePrecision: null` and
 *   `dateSource: "needs-published"`; its `date` still points at the waiting DateOut (or is null).
 *   Waiting events of one type at one place are merged (no date tells them apart yet).
 * `events` keeps only dated events, so consumers of `events` never meet a null date. Giving the date
 * is running extractArticle again with it: then nothing waits.
 */
export type NeedsPublished = "needs-published";

export interface DateOut {
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD, years 0001-9999, dateStart <= dateEnd; null only with `unresolved`. */
  dateStart: string | null;
  dateEnd: string | null;
  precision: DatePrecision;
  /** Set when the expression cannot be resolved without the (missing) publication date. */
  unresolved?: NeedsPublished;
  /**
   * A vague span ("recently", "in recent weeks", "in the coming months"): the interval is a convention
   * around the publication day (30 days, 7 days, 28 days, 3 months, 3 years), not what the text pins down;
   * or a vague part ("early June", "the end of 2014"): the whole month or year, TimeML's value for it.
   */
  vague?: true;
  /** How the expression was resolved, for the reader ("Saturday -> Sat 15 Oct 2016, the last Saturday before publication"). */
  how?: string;
  /**
   * Set on each end of a range ("between April and June", "from 2009 to 2011"): each end is a date
   * of its own (its span and interval), and this is the whole range, which is what dates an event.
   */
  range?: DateRangeOut;
}

/**
 * A range made of two dates: its words (from "from"/"between" to the second end) and its interval,
 * as a DateOut's (dateStart/dateEnd null only when the range waits for the publication date).
 */
export type DateRangeOut = Pick<
  DateOut,
  "start" | "end" | "text" | "dateStart" | "dateEnd" | "precision" | "how"
>;

export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * How a casualty count was stated when it is not an exact figure. The count is the number as written
 * ("more than 30" -> 30, "nearly 40" -> 40); a magnitude counts as the smallest round figure the word
 * names, a conservative stand-in the qualifier marks as such ("dozens" 12, "scores" 20, "hundreds" 100, "thousands" 1,000, "tens of thousands" 10,000,
 * "hundreds of thousands" 100,000, "millions" 1,000,000).
 * - "about": about, around, some, approximately, roughly, an estimated
 * - "at least": at least; "more than": more than, over, upwards of; "fewer than": fewer/less than, under
 * - "nearly": nearly, almost, close to, just under; "up to": up to, as many as, at most
 */
export type CasualtyQualifier =
  | "about"
  | "at least"
  | "more than"
  | "fewer than"
  | "nearly"
  | "up to"
  | "dozens"
  | "scores"
  | "hundreds"
  | "thousands"
  | "tens of thousands"
  | "hundreds of thousands"
  | "millions";

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
  /** People killed / wounded in this incident; 0 when the text says none ("no one was hurt"); null: not said. */
  killed: number | null;
  wounded: number | null;
  /** Set when the count is approximate or a magnitude (absent: the figure as stated, or null). */
  killedQualifier?: CasualtyQualifier;
  woundedQualifier?: CasualtyQualifier;
  /** The words that name the event ("airstrikes", "bombing"). */
  trigger: Span;
  excerpt: Span;
  /** Indexes into toponyms[] and dates[] that gave place and date (null: none in the text). */
  toponym: number | null;
  date: number | null;
}

/** An event of an undated article whose date waits for the publication date (see "Undated articles"). */
export interface UndatedEventOut extends Omit<
  EventOut,
  "dateStart" | "dateEnd" | "datePrecision" | "dateSource"
> {
  dateStart: null;
  dateEnd: null;
  datePrecision: null;
  dateSource: NeedsPublished;
}

export interface ArticleResult {
  id: string;
  title: string;
  /** YYYY-MM-DD, or "" when the article has none. */
  published: string;
  url?: string;
  text: string;
  toponyms: ToponymOut[];
  unresolved: UnresolvedOut[];
  dates: DateOut[];
  events: EventOut[];
  /** Only on an article without a publication date (possibly empty): its events that wait for one. */
  undatedEvents?: UndatedEventOut[];
  /** Set instead of results when the article could not be processed. */
  error?: string;
}
