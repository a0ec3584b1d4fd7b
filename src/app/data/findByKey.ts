/**
 * An incident's position in a time-sorted list by its key, without making every loaded-set row's
 * key: a set row's key is "<article id>::<event id>", so the row is found from the key through its
 * set (LoadedSet.rowOfEventId), then in the list by a binary search on its first day. Keys of other
 * incidents, and set rows the list holds as something else (a corrected article's), are looked up
 * by a scan, as before.
 */
import type { Incident } from "../model/incident";
import type { LoadedSet, SetIncident } from "./setIncidents";

/** The set row whose key this is, or null. */
function setIncidentOfKey(sets: readonly LoadedSet[], key: string): SetIncident | null {
  for (const s of sets) {
    for (let i = 0; i < s.articles.length; i++) {
      const id = s.articles[i]?.id;
      if (id === undefined || !key.startsWith(`${id}::`)) continue;
      const row = s.rowOfEventId(key.slice(id.length + 2));
      if (row >= 0 && s.set.article[row] === i) return s.incidents[row] ?? null;
    }
  }
  return null;
}

/** Index of `target` in `incidents` (sorted by t0), or -1: binary search to its day, then a scan of that day. */
function indexOfSorted(incidents: readonly Incident[], target: Incident): number {
  let lo = 0;
  let hi = incidents.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((incidents[mid] as Incident).t0 < target.t0) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < incidents.length && (incidents[i] as Incident).t0 === target.t0; i++)
    if (incidents[i] === target) return i;
  return -1;
}

/** Index of the incident with `key` in `incidents` (sorted by t0, as the store keeps them), or -1. */
export function findIndexByKey(
  incidents: readonly Incident[],
  sets: readonly LoadedSet[] | undefined,
  key: string | null,
): number {
  if (key === null) return -1;
  const row = sets && sets.length > 0 ? setIncidentOfKey(sets, key) : null;
  if (row) {
    const at = indexOfSorted(incidents, row);
    if (at >= 0) return at;
  }
  return incidents.findIndex((inc) => inc.key === key);
}
