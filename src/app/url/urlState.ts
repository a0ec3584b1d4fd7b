/**
 * What a link carries, in the query next to MapLibre's `#zoom/lat/lon` hash:
 *   t=YYYY-MM-DD   the selected day          w=<window length> (day, last-14, range-30, cumulative, all, ...)
 *   type=a,b       incident types             article=<id>    kmin=N (casualties at least)
 *   prec=a,b       place precisions           exact=1         mine=1 (my corrections only)
 *   q=<words>      the search                 i=<key>         the selected incident
 * Reading ignores what it cannot understand; writing keeps every parameter it does not own.
 */
import type { EventType, PlacePrecision } from "../../pipeline/contract";
import { EVENT_TYPES } from "../model/eventTypes";
import type { Filters } from "../store/filterSlice";
import { parseWindowLength, type WindowLength } from "../store/selectors";
import { formatDay, parseDay } from "../../time/days";

export interface UrlState {
  day: number | null;
  windowLength: WindowLength | null;
  filters: Partial<Filters>;
  selectedKey: string | null;
}

const PRECISIONS: readonly PlacePrecision[] = ["exact", "city", "near", "region", "country"];
const TYPES: readonly string[] = EVENT_TYPES.map((e) => e.type);
const OWNED = ["t", "w", "type", "article", "kmin", "prec", "exact", "mine", "q", "i"];

function list<T extends string>(value: string | null, allowed: readonly string[]): T[] | undefined {
  if (value === null) return undefined;
  const items = value.split(",").filter((v) => allowed.includes(v)) as T[];
  return items.length > 0 ? [...new Set(items)] : undefined;
}

export function readUrlState(search: string): UrlState {
  const p = new URLSearchParams(search);
  const filters: Partial<Filters> = {};
  const types = list<EventType>(p.get("type"), TYPES);
  if (types) filters.types = types;
  const precisions = list<PlacePrecision>(p.get("prec"), PRECISIONS);
  if (precisions) filters.precisions = precisions;
  const article = p.get("article");
  if (article) filters.article = article;
  const kmin = Number(p.get("kmin"));
  if (Number.isInteger(kmin) && kmin > 0) filters.minCasualties = kmin;
  if (p.get("exact") === "1") filters.exactOnly = true;
  if (p.get("mine") === "1") filters.mineOnly = true;
  const q = p.get("q");
  if (q) filters.search = q.slice(0, 200);
  const t = p.get("t");
  return {
    day: t === null ? null : parseDay(t),
    windowLength: parseWindowLength(p.get("w")),
    filters,
    selectedKey: p.get("i") || null,
  };
}

/** The query string for a state, keeping the parameters of `search` this module does not own. */
export function writeUrlState(
  search: string,
  s: { day: number | null; windowLength: WindowLength; filters: Filters; selectedKey: string | null },
): string {
  const p = new URLSearchParams(search);
  for (const k of OWNED) p.delete(k);
  if (s.day !== null) p.set("t", formatDay(s.day));
  p.set("w", s.windowLength);
  const f = s.filters;
  if (f.types.length > 0) p.set("type", f.types.join(","));
  if (f.article !== null) p.set("article", f.article);
  if (f.minCasualties > 0) p.set("kmin", String(f.minCasualties));
  if (f.precisions.length > 0) p.set("prec", f.precisions.join(","));
  if (f.exactOnly) p.set("exact", "1");
  if (f.mineOnly) p.set("mine", "1");
  if (f.search.trim() !== "") p.set("q", f.search);
  if (s.selectedKey !== null) p.set("i", s.selectedKey);
  const text = p.toString();
  return text ? `?${text}` : "";
}
