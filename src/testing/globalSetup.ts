/** Vitest global setup: tests run against the real gazetteer, built once here when missing or stale. */
import { buildGazetteer } from "../gazetteer/build/run";

export default function setup(): void {
  buildGazetteer();
}
