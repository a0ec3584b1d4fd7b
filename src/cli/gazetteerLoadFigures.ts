/**
 * Loads the gazetteer from disk and measures it, for the commands that report figures
 * (eval, bench, gazetteer-stats). The spelling-tolerant index is built here too: it is part of
 * loading, not of the first article that needs it.
 */
import { statSync } from "node:fs";
import { DEFAULT_GAZETTEER_PATH, loadGazetteerFromDisk } from "../gazetteer/loadFromDisk";
import type { Gazetteer } from "../gazetteer/types";

export interface GazetteerLoad {
  gazetteer: Gazetteer;
  path: string;
  fileMb: number;
  loadMs: number;
  /** Heap growth; steadier when node runs with --expose-gc. */
  heapMb: number;
}

export function loadGazetteerWithFigures(path = DEFAULT_GAZETTEER_PATH): GazetteerLoad {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const gazetteer = loadGazetteerFromDisk(path);
  gazetteer.lookupLoose("");
  const loadMs = performance.now() - t0;
  gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  return { gazetteer, path, fileMb: statSync(path).size / 2 ** 20, loadMs, heapMb };
}

export function describeLoad(l: GazetteerLoad): string {
  return `${l.path}: ${l.fileMb.toFixed(1)} MB, ${l.gazetteer.size.toLocaleString("en-US")} places; load ${Math.round(l.loadMs)} ms, heap +${Math.round(l.heapMb)} MB`;
}
