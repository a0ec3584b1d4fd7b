/**
 * The derived data every component reads, as memoised selectors of the store's state (pure: no React,
 * no store instance). Each is memoised on the identity of its inputs, so five components asking cost
 * one computation, and the histogram is not recomputed when only the day moves.
 */
import type { ArticleResult, DateOut, DateRangeOut, ToponymOut } from "../../pipeline/contract";
import type { Incident } from "../model/incident";
import { findIndexByKey } from "../data/findByKey";
import { selectFilteredIncidents } from "./filteredIncidents";
import { incidentsInWindow, timeDomain, windowRange, type DayRange } from "./selectors";
import { windowIndices } from "./selectorsWindowIndex";
import { stackedHistogram, type StackedHistogram } from "./selectorsHistogram";
import type { AppState } from "./store";
import { datingWords } from "../../pipeline/eventDate";

/** One-entry memo keyed on argument identity. */
function memo1<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; out: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.out;
    const out = fn(...args);
    last = { args, out };
    return out;
  };
}

const rangeOf = memo1((day: number | null, length: AppState["windowLength"]) => windowRange(day, length));
const domainOf = memo1((incidents: readonly Incident[]) => timeDomain(incidents));
const visibleOf = memo1((incidents: readonly Incident[], start: number, end: number) =>
  incidentsInWindow(incidents, { start, end }),
);
const histogramOf = memo1((incidents: readonly Incident[], domain: DayRange | null) =>
  domain ? stackedHistogram(incidents, domain) : null,
);

export const selectWindowRange = (s: AppState): DayRange => rangeOf(s.day, s.windowLength);
/** The days the timeline spans: over every incident, so filtering never moves the axis. */
export const selectTimeDomain = (s: AppState): DayRange | null => domainOf(s.incidents);
export const selectVisibleIncidents = (s: AppState): readonly Incident[] => {
  const range = selectWindowRange(s);
  return visibleOf(selectFilteredIncidents(s), range.start, range.end);
};
export const selectVisibleCount = (s: AppState): number => selectVisibleIncidents(s).length;

const windowCountOf = memo1(
  (incidents: readonly Incident[], start: number, end: number) => windowIndices(incidents, start, end).length,
);

/** Incidents in the window that the filters hide; 0 (nothing counted) when the filters let all through. */
export const selectHiddenInWindow = (s: AppState): number => {
  const filtered = selectFilteredIncidents(s);
  if (filtered === s.incidents) return 0;
  const range = selectWindowRange(s);
  return windowCountOf(s.incidents, range.start, range.end) - selectVisibleCount(s);
};

/** Recomputed when the filters, the incidents or the domain change; never on a slider step. */
export const selectHistogram = (s: AppState): StackedHistogram | null =>
  histogramOf(selectFilteredIncidents(s), selectTimeDomain(s));

export interface SelectedIncident {
  incident: Incident;
  article: ArticleResult | undefined;
  toponym: ToponymOut | undefined;
  /** The words that date it (a whole range when it is dated by one). */
  date: DateOut | DateRangeOut | undefined;
}

const selectedOf = memo1(
  (
    incidents: readonly Incident[],
    articles: readonly ArticleResult[],
    key: string | null,
    sets: AppState["sets"],
  ) => {
    if (key === null) return null;
    const incident = incidents[findIndexByKey(incidents, sets, key)];
    if (!incident) return null;
    const article = articles[incident.article];
    const { toponym } = incident.event;
    return {
      incident,
      article,
      toponym: toponym === null ? undefined : article?.toponyms[toponym],
      date: datingWords(article, incident.event),
    } satisfies SelectedIncident;
  },
);

export const selectSelectedIncident = (s: AppState): SelectedIncident | null =>
  selectedOf(s.incidents, s.articles, s.selectedKey, s.sets);
