/**
 * The direct path from playback to the map's time window, past React. Returns false while the map
 * offers no such path: then the caller goes through the store on every step.
 */
import type { DayRange } from "../store/selectors";

export function pushMapTimeWindow(range: DayRange): boolean {
  void range;
  return false;
}
