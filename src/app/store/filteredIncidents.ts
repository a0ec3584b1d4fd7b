/**
 * The incidents the user's filters let through (type, article, casualties, precision, search, ...),
 * still sorted by time. The map, the histogram and the list all start from this one selector, so they
 * always agree; the time window is applied after it (on the GPU for the map, by binary search elsewhere).
 */
import type { ArticleResult } from "../../pipeline/contract";
import { setRowOf } from "../data/setIncidents";
import { PRECISIONS, typeOfIndex } from "../model/columnCodes";
import type { Incident } from "../model/incident";
import { NO_FILTERS, type Filters } from "./filterSlice";
import type { AppState } from "./store";

/** Lower case, accents removed, runs of space as one: "Ḥamā  City" -> "hama city". */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ");
}

const searchableCache = new WeakMap<Incident, string>();

/** The folded words an incident is found by: its place name, the toponym's words, its excerpt. */
function searchable(inc: Incident, article: ArticleResult | undefined): string {
  let text = searchableCache.get(inc);
  if (text === undefined) {
    const fromSet = setRowOf(inc);
    if (fromSet) {
      // A set's row: its place and excerpt from the set's tables (no event made; no toponym).
      text = foldText(
        `${fromSet.loaded.placeName(fromSet.row)}\n\n${fromSet.loaded.excerpt(fromSet.row).text}`,
      );
      searchableCache.set(inc, text);
      return text;
    }
    const toponym = inc.event.toponym === null ? undefined : article?.toponyms[inc.event.toponym];
    text = foldText(`${inc.event.placeName}\n${toponym?.text ?? ""}\n${inc.event.excerpt.text}`);
    searchableCache.set(inc, text);
  }
  return text;
}

/** Whether an incident carries the user's corrections. */
export function isUserEdited(inc: Incident): boolean {
  return inc.userEdited === true;
}

const POINT_PRECISIONS = new Set(["exact", "city"]);

/** The incidents that pass every filter, in their (time) order. Pure; linear in the incidents. */
export function filterIncidents(
  incidents: readonly Incident[],
  articles: readonly ArticleResult[],
  f: Filters,
): readonly Incident[] {
  const words = foldText(f.search).trim().split(" ").filter(Boolean);
  const types = f.types.length > 0 ? new Set<string>(f.types) : null;
  const precisions = f.precisions.length > 0 ? new Set<string>(f.precisions) : null;
  const articleIndex = f.article === null ? -1 : articles.findIndex((a) => a.id === f.article);
  if (f.article !== null && articleIndex < 0) return [];
  const none =
    words.length === 0 &&
    !types &&
    !precisions &&
    articleIndex < 0 &&
    f.minCasualties <= 0 &&
    !f.exactOnly &&
    !f.mineOnly;
  if (none) return incidents;
  return incidents.filter((inc) => {
    // A loaded set's row: type and precision from its columns (no event made).
    const fromSet = setRowOf(inc);
    const type = fromSet ? typeOfIndex(fromSet.set.type[fromSet.row] as number) : inc.event.type;
    const precision = fromSet
      ? (PRECISIONS[fromSet.set.precision[fromSet.row] as number] ?? "city")
      : inc.event.precision;
    if (types && !types.has(type)) return false;
    if (articleIndex >= 0 && inc.article !== articleIndex) return false;
    if (inc.casualties < f.minCasualties) return false;
    if (precisions && !precisions.has(precision)) return false;
    if (f.exactOnly && !POINT_PRECISIONS.has(precision)) return false;
    if (f.mineOnly && !isUserEdited(inc)) return false;
    if (words.length > 0) {
      const text = searchable(inc, articles[inc.article]);
      for (const w of words) if (!text.includes(w)) return false;
    }
    return true;
  });
}

let memo: {
  incidents: readonly Incident[];
  articles: readonly ArticleResult[];
  filters: Filters;
  out: readonly Incident[];
} | null = null;

/** Memoised on the identity of the incidents, articles and filters: the same array until one changes. */
export function selectFilteredIncidents(state: AppState): readonly Incident[] {
  const { incidents, articles } = state;
  const filters = state.filters ?? NO_FILTERS;
  if (memo && memo.incidents === incidents && memo.articles === articles && memo.filters === filters) {
    return memo.out;
  }
  const out = filterIncidents(incidents, articles, filters);
  memo = { incidents, articles, filters, out };
  return out;
}
