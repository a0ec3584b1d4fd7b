/**
 * The cluster index (src/app/map/clusters/clusterIndex.ts) on the benchmark's synthetic sets: what
 * the cluster worker spends on one build (group the window's rows by place, supercluster over the
 * places, each place's free zoom, the per-row zooms for the GPU) and on one view query, by window
 * size. CPU time of this process (one core), printed; asserts nothing. The page's main thread does
 * none of it (it only receives the per-row zooms and a few hundred count features).
 *
 * Usage: npx tsx scripts/bench-clusters.ts [--sizes 100000,1000000]
 */
import { cpuUsage } from "node:process";
import { ClusterIndex, type ClusterColumns } from "../src/app/map/clusters/clusterIndex";
import { mercatorX, mercatorY } from "../src/app/model/columns";
import { syntheticSet } from "./syntheticIncidents";

const args = process.argv.slice(2);
const i = args.indexOf("--sizes");
const SIZES = (i >= 0 ? (args[i + 1] ?? "") : "100000,1000000").split(",").map(Number);

const cpuMs = (run: () => void) => {
  const before = cpuUsage();
  run();
  const d = cpuUsage(before);
  return (d.user + d.system) / 1000;
};

for (const size of SIZES) {
  const set = syntheticSet(size);
  const cols: ClusterColumns = {
    length: set.length,
    x: Float32Array.from(set.lon, (lon) => mercatorX(lon)),
    y: Float32Array.from(set.lat, (lat) => mercatorY(lat)),
    t0: set.t0,
    t1: set.t1,
    maxSpan: set.t1.reduce((m, t, r) => Math.max(m, t - (set.t0[r] as number)), 0),
  };
  const order = Uint32Array.from({ length: set.length }, (_, r) => r);
  const last = set.t0[set.length - 1] as number;
  for (const [label, range] of [
    ["week", { start: last - 6, end: last }],
    ["year", { start: last - 364, end: last }],
    ["all", { start: -1e7, end: 1e7 }],
  ] as const) {
    let index: ClusterIndex | null = null;
    const build = cpuMs(() => {
      index = new ClusterIndex(cols, range);
      index.freeZoomOfRows(order);
    });
    const built = index as unknown as ClusterIndex;
    const view = cpuMs(() => built.countFeatures([-180, -85, 180, 85], 3));
    console.log(
      `${size.toLocaleString("en")} incidents, window ${label}: ${built.places.total.toLocaleString("en")} in it at ${built.places.x.length.toLocaleString("en")} places; build ${build.toFixed(0)} ms CPU, world view at zoom 3 ${view.toFixed(1)} ms (${built.countFeatures([-180, -85, 180, 85], 3).length} features)`,
    );
  }
}
