import type { Place } from "../types";

/** A place while the index is being built: the Place fields plus the keys it is indexed under. */
export interface BuildPlace extends Place {
  /** Normalised keys (normalizeName output), including the name's own key when it is usable. */
  keys: Set<string>;
}
