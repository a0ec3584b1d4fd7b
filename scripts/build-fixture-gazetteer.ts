/**
 * Writes src/testing/fixtures/gazetteer.fixture.json, the small gazetteer the per-stage fixture tests
 * load in milliseconds: cut from data/gazetteer.json (build it first with `npm run data`) to the places
 * the fixture texts (src/testing/fixtures/stageTexts.ts) could name, plus every country and continent
 * (see src/testing/subsetGazetteer.ts). Part of `npm run fixtures:update`.
 * Usage: npx tsx scripts/build-fixture-gazetteer.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { GazetteerFile } from "../src/gazetteer/format";
import { STAGE_TEXTS } from "../src/testing/fixtures/stageTexts";
import { selectPlaces, subsetGazetteer } from "../src/testing/subsetGazetteer";

const FIXTURE_GAZETTEER_PATH = "src/testing/fixtures/gazetteer.fixture.json";

const full = JSON.parse(readFileSync("data/gazetteer.json", "utf8")) as GazetteerFile;
const texts = Object.values(STAGE_TEXTS).flatMap((list) => list.map((x) => x.text));
const kept = selectPlaces(full, texts);
const fixture = subsetGazetteer(
  full,
  kept,
  "fixture subset for tests: scripts/build-fixture-gazetteer.ts over src/testing/fixtures/stageTexts.ts",
);
const json = JSON.stringify(fixture);
writeFileSync(FIXTURE_GAZETTEER_PATH, json);
console.log(
  `${FIXTURE_GAZETTEER_PATH}: ${kept.length} of ${full.places.id.length} places, ${(json.length / 1024).toFixed(0)} KB`,
);
