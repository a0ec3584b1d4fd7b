/**
 * Builds data/gazetteer.json unless it is newer than every input (data files and build sources).
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { compileGazetteer, GAZETTEER_INPUTS } from "./compile";

export const GAZETTEER_PATH = "data/gazetteer.json";

function mtime(path: string): number {
  return statSync(path).mtimeMs;
}

/** Every file the output depends on: package data files and the gazetteer's own build sources. */
export function gazetteerInputs(): string[] {
  const own = ["src/gazetteer/build", "src/gazetteer"].flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
      .map((f) => join(dir, f)),
  );
  return [...GAZETTEER_INPUTS, ...own];
}

export function isGazetteerFresh(out = GAZETTEER_PATH): boolean {
  let outTime: number;
  try {
    outTime = mtime(out);
  } catch {
    return false;
  }
  return gazetteerInputs().every((p) => mtime(p) <= outTime);
}

export interface BuildReport {
  path: string;
  built: boolean;
  bytes: number;
  places: number;
  keys: number;
  maxTokens: number;
  ms: number;
}

export function buildGazetteer(opts: { out?: string; force?: boolean } = {}): BuildReport {
  const out = opts.out ?? GAZETTEER_PATH;
  const t0 = performance.now();
  if (!opts.force && isGazetteerFresh(out)) {
    const text = readFileSync(out, "utf8");
    const places = (JSON.parse(text) as { places?: { id?: unknown[] } }).places?.id?.length ?? 0;
    return { path: out, built: false, bytes: Buffer.byteLength(text), places, keys: 0, maxTokens: 0, ms: 0 };
  }
  const { file, stats } = compileGazetteer();
  const json = JSON.stringify(file);
  mkdirSync(dirname(out), { recursive: true });
  // Write then rename, so a concurrent reader never sees half a file.
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, json);
  renameSync(tmp, out);
  return { path: out, built: true, bytes: Buffer.byteLength(json), ...stats, ms: performance.now() - t0 };
}
