/**
 * The extract command's worker as one prebuilt JavaScript file, so that each worker of the pool
 * starts on plain Node: under tsx a worker resolves and transpiles some 560 modules through the
 * loader hooks (more CPU than extracting a thousand articles), twice on two cores. Built with
 * esbuild on first use and cached under node_modules/.cache/conflict-map/; rebuilt when any file it
 * was built from changes (size or modification time). When esbuild cannot build it, the worker runs
 * from its TypeScript source as before.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export interface WorkerScript {
  /** A file URL for piscina. */
  filename: string;
  /** The node flags of the workers: the main thread's, less the tsx loader when bundled. */
  execArgv: string[];
  /** A key that changes whenever the worker's gazetteer code (src/gazetteer/) does. */
  gazetteerCodeKey: string;
  bundled: boolean;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const ENTRY = "src/cli/extractWorker.ts";
export const CACHE_DIR = join(ROOT, "node_modules/.cache/conflict-map");
const MANIFEST = join(CACHE_DIR, "extract-worker.json");

/** Bump when the manifest's shape or the build options change. */
const MANIFEST_VERSION = 2;

interface Manifest {
  version: number;
  output: string;
  /** Hash of the contents of the inputs under src/gazetteer/. */
  gazetteerCodeKey: string;
  /** Input path (relative to the repository) -> [size, mtimeMs]. */
  inputs: Record<string, [number, number]>;
}

function fileStamp(path: string): [number, number] | null {
  try {
    const s = statSync(path);
    return [s.size, s.mtimeMs];
  } catch {
    return null;
  }
}

function cachedBundle(): { bundle: string; gazetteerCodeKey: string } | null {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as Manifest;
  } catch {
    return null;
  }
  if (manifest.version !== MANIFEST_VERSION) return null;
  for (const [path, [size, mtime]] of Object.entries(manifest.inputs)) {
    const now = fileStamp(join(ROOT, path));
    if (!now || now[0] !== size || now[1] !== mtime) return null;
  }
  const output = join(CACHE_DIR, manifest.output);
  return fileStamp(output) ? { bundle: output, gazetteerCodeKey: manifest.gazetteerCodeKey } : null;
}

/** Another run may still be starting workers from an older bundle: those go after an hour. */
const KEEP_OLD_MS = 3_600_000;

async function buildBundle(): Promise<{ bundle: string; gazetteerCodeKey: string }> {
  const esbuild = await import("esbuild");
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    write: false,
    metafile: true,
    // linkedom's optional native canvas: its fallback shim is bundled.
    external: ["canvas"],
    // CommonJS dependencies bundled into an ES module still call require.
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);',
    },
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.contents;
  const hash = createHash("sha256").update(code).digest("hex").slice(0, 16);
  const inputs: Manifest["inputs"] = {};
  const gazetteerCode = createHash("sha256");
  for (const path of Object.keys(result.metafile.inputs).sort()) {
    const stamp = fileStamp(join(ROOT, path));
    if (stamp) inputs[path] = stamp;
    if (path.startsWith("src/gazetteer/")) gazetteerCode.update(path).update(readFileSync(join(ROOT, path)));
  }
  const gazetteerCodeKey = gazetteerCode.digest("hex").slice(0, 16);
  mkdirSync(CACHE_DIR, { recursive: true });
  const output = `extract-worker-${hash}.mjs`;
  // Written under a temporary name and renamed: two runs at once never see half a file.
  const tmp = join(CACHE_DIR, `.${output}.${process.pid}`);
  writeFileSync(tmp, code);
  renameSync(tmp, join(CACHE_DIR, output));
  const manifestTmp = `${MANIFEST}.${process.pid}`;
  writeFileSync(
    manifestTmp,
    JSON.stringify({ version: MANIFEST_VERSION, output, gazetteerCodeKey, inputs } satisfies Manifest),
  );
  renameSync(manifestTmp, MANIFEST);
  for (const f of readdirSync(CACHE_DIR)) {
    const old = join(CACHE_DIR, f);
    if (
      /^extract-worker-.*\.mjs$/.test(f) &&
      f !== output &&
      Date.now() - (fileStamp(old)?.[1] ?? 0) > KEEP_OLD_MS
    )
      rmSync(old, { force: true });
  }
  return { bundle: join(CACHE_DIR, output), gazetteerCodeKey };
}

const LOADER_FLAGS = new Set(["--import", "--require", "-r", "--loader", "--experimental-loader"]);

/** The node flags without tsx's loader (given as `--import tsx` or by the tsx command). */
export function withoutTsx(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i]!;
    const flag = a.split("=")[0]!;
    if (LOADER_FLAGS.has(flag)) {
      const inline = a.includes("=");
      const value = inline ? a.slice(a.indexOf("=") + 1) : (execArgv[++i] ?? "");
      if (/(^|[\\/])tsx([\\/]|$)/.test(value)) continue;
      out.push(...(inline ? [a] : [a, value]));
      continue;
    }
    out.push(a);
  }
  return out;
}

export async function extractWorkerScript(): Promise<WorkerScript> {
  let built = cachedBundle();
  if (!built) {
    try {
      built = await buildBundle();
    } catch {
      built = null;
    }
  }
  if (!built)
    return {
      filename: pathToFileURL(join(ROOT, ENTRY)).href,
      execArgv: [...process.execArgv],
      gazetteerCodeKey: "source",
      bundled: false,
    };
  return {
    filename: pathToFileURL(built.bundle).href,
    execArgv: withoutTsx(process.execArgv),
    gazetteerCodeKey: built.gazetteerCodeKey,
    bundled: true,
  };
}
