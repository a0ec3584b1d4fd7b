/**
 * Reading a GeoJSON FeatureCollection of incidents in pieces, so that a file of any size is parsed
 * without ever holding its whole text (a large file is past V8's string limit): a byte scanner finds
 * where each feature of the top-level "features" array (or of a top-level array) begins and ends,
 * and every run of complete features in a chunk is parsed with one JSON.parse.
 *
 * A feature is an incident: Point geometry, and properties (names as in the app's export, with
 * common alternatives): dateStart/dateEnd (YYYY-MM-DD; also date_start/date_end, start/end,
 * event_date), type (event_type), precision, killed (fatalities), wounded, casualties, placeName
 * (place, location), countryCode (country_code, iso2), excerpt (a string or {text}), article
 * (articleId, or {id, title, published, url}), title, published, url, userEdited.
 */
import type { DatePrecision } from "../../pipeline/contract";
import { FLAG_USER_EDITED, precisionIndex, typeIndex, PRECISION_INDEX } from "../model/columnCodes";
import { parseDay } from "../../time/days";
import { DATE_PRECISIONS, type IncidentSetBuilder, type SetArticle } from "./incidentSet";

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const IS_ARRAY = 1;
const IS_OBJECT = 2;

/**
 * Splits a JSON byte stream into runs of complete features: `push` each chunk, get back the JSON
 * text of an array of the features it completed (or null).
 */
export class FeatureSplitter {
  private stack = new Uint8Array(512);
  private depth = 0;
  private inString = false;
  private escape = false;
  private carry: Uint8Array | null = null;
  private decoder = new TextDecoder();

  private isFeatureLevel(depth: number): boolean {
    const s = this.stack;
    // {"features": [ {feature} ]} or [ {feature} ]
    return (
      (depth === 3 && s[1] === IS_OBJECT && s[2] === IS_ARRAY) || (depth === 2 && s[1] === IS_ARRAY)
    );
  }

  push(chunk: Uint8Array): string | null {
    let buf = chunk;
    let scanFrom = 0;
    let featureStart = -1;
    if (this.carry) {
      buf = new Uint8Array(this.carry.length + chunk.length);
      buf.set(this.carry, 0);
      buf.set(chunk, this.carry.length);
      scanFrom = this.carry.length;
      featureStart = 0;
      this.carry = null;
    }
    let firstStart = featureStart;
    let lastEnd = -1;
    const stack = this.stack;
    let { depth, inString, escape } = this;
    for (let i = scanFrom; i < buf.length; i++) {
      const c = buf[i] as number;
      if (inString) {
        if (escape) escape = false;
        else if (c === BACKSLASH) escape = true;
        else if (c === QUOTE) inString = false;
        continue;
      }
      if (c === QUOTE) inString = true;
      else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        depth++;
        if (depth >= stack.length) throw new Error("the GeoJSON nests too deeply");
        stack[depth] = c === OPEN_OBJECT ? IS_OBJECT : IS_ARRAY;
        if (c === OPEN_OBJECT && this.isFeatureLevel(depth)) {
          featureStart = i;
          if (firstStart < 0) firstStart = i;
        }
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (c === CLOSE_OBJECT && featureStart >= 0 && this.isFeatureLevel(depth)) {
          lastEnd = i + 1;
          featureStart = -1;
        }
        depth--;
        if (depth < 0) throw new Error("the GeoJSON has an unmatched closing bracket");
      }
    }
    this.depth = depth;
    this.inString = inString;
    this.escape = escape;
    if (featureStart >= 0) this.carry = buf.slice(featureStart);
    if (lastEnd < 0) return null;
    return `[${this.decoder.decode(buf.subarray(firstStart, lastEnd))}]`;
  }

  /** Throws when the stream ended inside a feature or an unclosed container. */
  end(): void {
    if (this.carry || this.depth !== 0 || this.inString) throw new Error("the GeoJSON ends in the middle");
  }
}

type Props = Record<string, unknown>;

function pick(props: Props, ...names: string[]): unknown {
  for (const name of names) if (props[name] !== undefined && props[name] !== null) return props[name];
  return undefined;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

function count(value: unknown): number | null {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
}

function day(value: unknown): number | null {
  return typeof value === "string" ? parseDay(value.slice(0, 10)) : null;
}

/**
 * Adds one feature to the builder; returns why it was left out, or null. `fallbackArticle` is used
 * for features that name no article.
 */
export function addFeature(builder: IncidentSetBuilder, feature: unknown, fallbackArticle: SetArticle): string | null {
  if (typeof feature !== "object" || feature === null) return "not an object";
  const f = feature as { geometry?: unknown; properties?: unknown; id?: unknown };
  const geometry = f.geometry as { type?: unknown; coordinates?: unknown } | null | undefined;
  if (!geometry || geometry.type !== "Point" || !Array.isArray(geometry.coordinates)) return "no Point geometry";
  const [lon, lat] = geometry.coordinates as unknown[];
  if (typeof lon !== "number" || typeof lat !== "number" || Math.abs(lat) > 90 || Math.abs(lon) > 540) {
    return "coordinates out of range";
  }
  const props = (typeof f.properties === "object" && f.properties !== null ? f.properties : {}) as Props;
  const t0 = day(pick(props, "dateStart", "date_start", "start", "event_date", "date"));
  if (t0 === null) return "no valid start date";
  const t1 = day(pick(props, "dateEnd", "date_end", "end")) ?? t0;

  const rawArticle = pick(props, "article", "articleId", "article_id", "source");
  let article = fallbackArticle;
  if (typeof rawArticle === "object" && rawArticle !== null) {
    const a = rawArticle as Props;
    const id = text(a.id) || text(a.url) || text(a.title);
    if (id) article = { id, title: text(a.title) || id, published: text(a.published), ...(a.url ? { url: text(a.url) } : {}) };
  } else if (text(rawArticle)) {
    const id = text(rawArticle);
    const url = text(props.url);
    article = { id, title: text(pick(props, "title", "articleTitle")) || id, published: text(props.published), ...(url ? { url } : {}) };
  }

  const excerptValue = props.excerpt;
  const excerpt =
    typeof excerptValue === "object" && excerptValue !== null
      ? text((excerptValue as Props).text)
      : text(pick(props, "excerpt", "notes"));
  const killed = count(pick(props, "killed", "fatalities"));
  const wounded = count(props.wounded);
  const casualties = count(props.casualties);
  const precision = text(pick(props, "precision", "geo_precision"));
  const datePrecision = DATE_PRECISIONS.indexOf(text(props.datePrecision) as DatePrecision);
  const id = text(f.id) || text(props.id);
  builder.add({
    lon,
    lat,
    t0: Math.min(t0, t1),
    t1: Math.max(t0, t1),
    killed: killed ?? (wounded === null ? casualties : null),
    wounded,
    type: typeIndex(text(pick(props, "type", "event_type"))),
    precision: precision in PRECISION_INDEX ? precisionIndex(precision) : precisionIndex("city"),
    datePrecision: datePrecision < 0 ? 0 : datePrecision,
    flags: props.userEdited === true || props.user_edited === true ? FLAG_USER_EDITED : 0,
    place: text(pick(props, "placeName", "place", "location")),
    country: text(pick(props, "countryCode", "country_code", "iso2")).toUpperCase(),
    article: builder.article(article),
    excerpt,
    id: id || null,
  });
  return null;
}
