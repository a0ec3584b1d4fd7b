/**
 * Writes data/cities-labels.json, the basemap's city labels: national capitals and cities of a million
 * people or more from GeoNames cities500 (the gazetteer's source), chosen by src/gazetteer/build/labels.ts.
 * Skips the work when the output is newer than its inputs. Part of `npm run data`.
 * Usage: npx tsx scripts/build-labels.ts [--force]
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { CITIES500_PATH } from "../src/gazetteer/build/cities";
import { selectCityLabels } from "../src/gazetteer/build/labels";

const OUT = "data/cities-labels.json";
const INPUTS = [
  CITIES500_PATH,
  fileURLToPath(import.meta.url),
  fileURLToPath(new URL("../src/gazetteer/build/labels.ts", import.meta.url)),
];

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Number.NaN;
  }
}

const outTime = mtime(OUT);
if (!process.argv.includes("--force") && INPUTS.every((p) => mtime(p) <= outTime)) {
  console.log(`${OUT}: up to date; use --force to rebuild`);
} else {
  const t0 = performance.now();
  const labels = selectCityLabels(readFileSync(CITIES500_PATH, "utf8"));
  mkdirSync(dirname(OUT), { recursive: true });
  // One label a line: small, and readable in a diff.
  const json = `[\n${labels.map((l) => JSON.stringify(l)).join(",\n")}\n]\n`;
  const tmp = `${OUT}.${process.pid}.tmp`;
  writeFileSync(tmp, json);
  renameSync(tmp, OUT);
  const capitals = labels.filter((l) => l.capital).length;
  console.log(
    `${OUT}: ${labels.length} city labels (${capitals} capitals) in ${Math.round(performance.now() - t0)} ms`,
  );
}
