/**
 * The fixture gazetteer: a few hundred places cut from the real one for the fixture texts
 * (scripts/build-fixture-gazetteer.ts), loaded in milliseconds. For per-stage fixture tests only;
 * behaviour tests use the real gazetteer (realGazetteer.ts).
 */
import { loadGazetteer } from "../gazetteer/load";
import type { Gazetteer } from "../gazetteer/types";
import fixture from "./fixtures/gazetteer.fixture.json";

let cached: Gazetteer | undefined;

export function fixtureGazetteer(): Gazetteer {
  cached ??= loadGazetteer(fixture);
  return cached;
}
