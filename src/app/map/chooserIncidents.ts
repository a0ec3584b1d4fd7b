import { findIndexByKey } from "../data/findByKey";
import type { LoadedSet } from "../data/setIncidents";
import type { Incident } from "../model/incident";

/** Up to this many keys are looked up one by one (a loaded set's row: a binary search each). */
export const LOOKUP_MAX = 32;

/** The incidents of `keys` (unknown ones left out), in the list's (time) order, without a scan of the list for a few keys. */
export function chooserIncidents(
  incidents: readonly Incident[],
  sets: readonly LoadedSet[],
  keys: readonly string[],
): Incident[] {
  if (keys.length > LOOKUP_MAX) {
    // One pass, no index of every incident (a million of them would cost more than the scan).
    const wanted = new Set(keys);
    return incidents.filter((i) => wanted.has(i.key));
  }
  const found = new Set(keys.map((key) => findIndexByKey(incidents, sets, key)).filter((i) => i >= 0));
  return [...found].sort((a, b) => a - b).map((i) => incidents[i] as Incident);
}
