/**
 * Compiles data/gazetteer.json from npm packages (GeoNames cities500, world-countries,
 * country-state-city, US counties). Skips the work when the output is newer than its inputs.
 * Usage: npx tsx src/cli/build-gazetteer.ts [--force]
 */
import { buildGazetteer } from "../gazetteer/build/run";

const r = buildGazetteer({ force: process.argv.includes("--force") });
const mb = (r.bytes / 1024 / 1024).toFixed(1);
if (r.built) {
  console.log(
    `${r.path}: ${mb} MB, ${r.places} places, ${r.keys} name keys, max ${r.maxTokens} tokens (built in ${Math.round(r.ms)} ms)`,
  );
} else {
  console.log(`${r.path}: up to date (${mb} MB, ${r.places} places); use --force to rebuild`);
}
