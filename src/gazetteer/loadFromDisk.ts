/**
 * Node-only: reads data/gazetteer.json and loads it.
 */
// This one file of the gazetteer is for Node (CLIs, tests); the worker uses load.ts.
// eslint-disable-next-line no-restricted-imports
import { existsSync, readFileSync } from "node:fs";
import { loadGazetteer } from "./load";
import type { Gazetteer } from "./types";

export const DEFAULT_GAZETTEER_PATH = "data/gazetteer.json";

export function loadGazetteerFromDisk(path = DEFAULT_GAZETTEER_PATH): Gazetteer {
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: run \`npm run data\` (or \`npx tsx src/cli/build-gazetteer.ts\`) to build it`,
    );
  }
  return loadGazetteer(JSON.parse(readFileSync(path, "utf8")));
}
