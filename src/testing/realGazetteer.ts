/** The real gazetteer for tests (built by globalSetup), loaded once per test file. */
import { loadGazetteerFromDisk } from "../gazetteer/loadFromDisk";
import type { Gazetteer } from "../gazetteer/types";

let cached: Gazetteer | undefined;

export function realGazetteer(): Gazetteer {
  cached ??= loadGazetteerFromDisk();
  return cached;
}
