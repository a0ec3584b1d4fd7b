/**
 * Prints how long data/gazetteer.json takes to load and how much heap it holds.
 * Usage: npx tsx src/cli/gazetteer-stats.ts [path]  (run node with --expose-gc for a steadier heap figure)
 */
import { statSync } from "node:fs";
import { DEFAULT_GAZETTEER_PATH, loadGazetteerFromDisk } from "../gazetteer/loadFromDisk";

const path = process.argv[2] ?? DEFAULT_GAZETTEER_PATH;
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
const g = loadGazetteerFromDisk(path);
const ms = performance.now() - t0;
gc?.();
const heapMb = (process.memoryUsage().heapUsed - heap0) / 1024 / 1024;
const mb = statSync(path).size / 1024 / 1024;
console.log(
  `${path}: ${mb.toFixed(1)} MB, ${g.size} places, max ${g.maxTokens} tokens; load ${Math.round(ms)} ms, heap +${heapMb.toFixed(0)} MB${gc ? "" : " (no --expose-gc)"}`,
);
