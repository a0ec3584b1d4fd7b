/**
 * Node-only: reads data/gazetteer.json and loads it, or a snapshot of its built indexes
 * (snapshot.ts) kept beside other caches.
 */
// This one file of the gazetteer is for Node (CLIs, tests); the worker uses load.ts.
// eslint-disable-next-line no-restricted-imports
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
// eslint-disable-next-line no-restricted-imports
import { basename, dirname, join } from "node:path";
// eslint-disable-next-line no-restricted-imports
import { deserialize, serialize } from "node:v8";
import { loadGazetteer } from "./load";
import { buildSnapshot, gazetteerFromSnapshot, type GazetteerSnapshot } from "./snapshot";
import type { Gazetteer } from "./types";

export const DEFAULT_GAZETTEER_PATH = "data/gazetteer.json";

function readGazetteerJson(path: string): unknown {
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: run \`npm run data\` (or \`npx tsx src/cli/build-gazetteer.ts\`) to build it`,
    );
  }
  return JSON.parse(readFileSync(path, "utf8"));
}

export function loadGazetteerFromDisk(path = DEFAULT_GAZETTEER_PATH): Gazetteer {
  return loadGazetteer(readGazetteerJson(path));
}

const SNAPSHOT_FILE = /^gazetteer-.*\.snapshot$/;

/**
 * Writes the snapshot of `path` to `snapshotPath` unless it is there, and removes the other
 * snapshots in its folder (the caller names it after what it was made from, so those are stale).
 */
export function ensureGazetteerSnapshot(snapshotPath: string, path = DEFAULT_GAZETTEER_PATH): void {
  if (existsSync(snapshotPath)) return;
  const bytes = serialize(buildSnapshot(readGazetteerJson(path)));
  const dir = dirname(snapshotPath);
  mkdirSync(dir, { recursive: true });
  // Written under a temporary name and renamed: a run at the same time never reads half a file.
  const tmp = `${snapshotPath}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, snapshotPath);
  for (const f of readdirSync(dir))
    if (SNAPSHOT_FILE.test(f) && f !== basename(snapshotPath)) rmSync(join(dir, f), { force: true });
}

/** The gazetteer from a snapshot file; from `path` itself when the snapshot cannot be read. */
export function loadGazetteerSnapshot(snapshotPath: string, path = DEFAULT_GAZETTEER_PATH): Gazetteer {
  let snapshot: GazetteerSnapshot;
  try {
    snapshot = deserialize(readFileSync(snapshotPath)) as GazetteerSnapshot;
    return gazetteerFromSnapshot(snapshot);
  } catch {
    return loadGazetteerFromDisk(path);
  }
}
