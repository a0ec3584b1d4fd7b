/**
 * Prints how long data/gazetteer.json takes to load and how much heap it holds.
 * Usage: npx tsx src/cli/gazetteer-stats.ts [path]  (run node with --expose-gc for a steadier heap figure)
 */
import { describeLoad, loadGazetteerWithFigures } from "./gazetteerLoadFigures";

const load = loadGazetteerWithFigures(process.argv[2]);
console.log(`${describeLoad(load)}, max ${load.gazetteer.maxTokens} tokens a name`);
