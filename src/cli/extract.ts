/**
 * npm run -s extract -- [--published YYYY-MM-DD] [--title T] [--meta articles.json] [--threads N] [--worker-memory MB] [--stats] [--incidents] FILE...
 * One JSON line per article on stdout (the contract in DESIGN.md), in input order. Files are
 * .txt, .md, .html/.htm (the article body of the page) or .jsonl (one article a line), read as a
 * stream and extracted on every core by a pool of workers. A bad input (a directory, a missing or
 * unreadable file, a malformed line or sidecar) gives one line on stderr naming it, a JSON line
 * with "error" in its place, and a non-zero exit status; every other article is still processed.
 * --incidents prints instead the merged incidents of the whole batch as one GeoJSON FeatureCollection.
 * --worker-memory caps each worker's heap (MB): an article that needs more fails alone, named.
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
// The main thread imports the ingest modules it needs, not the index: that would load the HTML and
// Markdown readers, which only the workers run.
import { escapeControls, escapeJsonControls } from "../ingest/escapeControls";
import { baseName } from "../ingest/fileName";
import type { ArticleResult } from "../pipeline/contract";
import { DEFAULT_GAZETTEER_PATH, ensureGazetteerSnapshot } from "../gazetteer/loadFromDisk";
import { crashLine } from "./articleOutput";
import { type EncodedLines, encodeLines, joinEncoded, sliceEncoded } from "./encodedLines";
import type { OutputLine, WorkerData, WorkerResult, WorkerTask, WorkUnit } from "./extractTask";
import { OrderedOutput } from "./orderedOutput";
import { Progress } from "./progress";
import { readInputs, type InputOptions } from "./readInputs";
import { writeOrExit } from "./stdoutPipe";
import { CACHE_DIR, extractWorkerScript, type WorkerScript } from "./workerBundle";

const USAGE =
  "usage: npm run -s extract -- [--published YYYY-MM-DD] [--title TITLE] [--meta articles.json] [--threads N] [--worker-memory MB] [--stats] [--incidents] FILE.txt|FILE.md|FILE.html|FILE.jsonl ...";

/** Units sent to a worker at once, and the text they may hold: few messages, small queues. */
const BATCH_UNITS = 64;
const BATCH_CHARS = 512 * 1024;
/**
 * A worker holds the gazetteer (about 80 MB live) and one batch. Without a limit V8 lets each
 * worker's old generation grow to several times that between major collections, so the command's
 * memory grew with the batch's length; with it, V8 collects sooner and memory stays flat. A worker
 * that still runs out is replaced, and its batch is retried one unit at a time (see dispatch).
 */
const DEFAULT_WORKER_MEMORY_MB = 320;

interface Args {
  files: string[];
  input: InputOptions;
  threads: number;
  /** Each worker's old-generation heap limit in MB (V8's resourceLimits). */
  workerMemoryMb: number;
  stats: boolean;
  incidents: boolean;
}

function parseArgs(argv: string[]): Args {
  const files: string[] = [];
  const input: InputOptions = { metadataFiles: [] };
  let threads = availableParallelism();
  let workerMemoryMb = DEFAULT_WORKER_MEMORY_MB;
  let stats = false;
  let incidents = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === "--published") input.published = value();
    else if (a === "--title") input.title = value();
    else if (a === "--meta") input.metadataFiles!.push(value());
    else if (a === "--threads") {
      threads = Number(value());
      if (!Number.isInteger(threads) || threads < 1)
        throw new Error(`--threads needs a whole number >= 1\n${USAGE}`);
    } else if (a === "--worker-memory") {
      workerMemoryMb = Number(value());
      if (!Number.isInteger(workerMemoryMb) || workerMemoryMb < 16)
        throw new Error(`--worker-memory needs a whole number of MB >= 16\n${USAGE}`);
    } else if (a === "--stats") stats = true;
    else if (a === "--incidents") incidents = true;
    else if (a === "-h" || a === "--help") {
      console.log(USAGE);
      process.exit(0);
    } else if (a === "--") {
      files.push(...argv.slice(i + 1));
      break;
    } else if (a.startsWith("--")) throw new Error(`unknown option ${a}\n${USAGE}`);
    else files.push(a);
  }
  if (files.length === 0) throw new Error(USAGE);
  return { files, input, threads, workerMemoryMb, stats, incidents };
}

type Slot = { unit: WorkUnit } | { line: OutputLine };

/** A batch's lines in input order: the units' lines from the worker, the input problems in their places. */
function inInputOrder(batch: readonly Slot[], { output, linesPerUnit }: WorkerResult): EncodedLines {
  if (batch.every((s) => "unit" in s)) return output;
  const parts: EncodedLines[] = [];
  let unit = 0;
  let line = 0;
  let byte = 0;
  for (let i = 0; i < batch.length;) {
    const s = batch[i]!;
    if ("line" in s) {
      parts.push(encodeLines([s.line]));
      i++;
      continue;
    }
    // A run of units: one slice of the worker's bytes.
    let lines = 0;
    for (; i < batch.length && "unit" in batch[i]!; i++) lines += linesPerUnit[unit++]!;
    const part = sliceEncoded(output, line, line + lines, byte);
    parts.push(part);
    line += lines;
    byte += part.bytes.length;
  }
  return joinEncoded(parts);
}

function unitWeight(unit: WorkUnit): number {
  return "article" in unit ? unit.article.text.length : unit.file.bytes.length;
}

/**
 * The snapshot of the gazetteer the workers load (ready before they start, so that it is built at
 * most once), named after the gazetteer file and the worker's gazetteer code; null when the worker runs from
 * its source, whose changes nothing tracks, or when it cannot be written.
 */
function gazetteerSnapshotFor(worker: WorkerScript): string | null {
  if (!worker.bundled) return null;
  try {
    const { size, mtimeMs } = statSync(DEFAULT_GAZETTEER_PATH);
    const path = join(
      CACHE_DIR,
      `gazetteer-${worker.gazetteerCodeKey}-${size}-${Math.round(mtimeMs)}.snapshot`,
    );
    ensureGazetteerSnapshot(path);
    return path;
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  if (!existsSync(DEFAULT_GAZETTEER_PATH)) {
    console.error(`${DEFAULT_GAZETTEER_PATH} is missing: run \`npm run data\` to build it`);
    return 2;
  }
  const started = performance.now();
  const worker = await extractWorkerScript();
  const snapshot = gazetteerSnapshotFor(worker);
  const pool = new Piscina<WorkerTask, WorkerResult>({
    filename: worker.filename,
    execArgv: worker.execArgv,
    workerData: { snapshot } satisfies WorkerData,
    minThreads: args.threads,
    maxThreads: args.threads,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: args.workerMemoryMb },
  });
  const progress = new Progress(process.stderr);
  // A worker that dies outside a task (at start, say) is replaced by the pool; it must not end the command.
  pool.on("error", (error: unknown) => {
    const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    progress.message(`error: a worker stopped (${escapeControls(text)}); the pool starts another`);
  });
  let articles = 0;
  let failed = 0;
  // Loaded only when asked for: the merge and export code is a start-up cost of every other run.
  const batch = args.incidents ? new (await import("./batchIncidents")).BatchIncidents() : null;
  const decoder = new TextDecoder();
  const output = new OrderedOutput(args.threads * 4, async ({ bytes, lines }) => {
    let at = 0;
    for (const line of lines) {
      if (line.bytes > 0) {
        if (batch)
          batch.add(JSON.parse(decoder.decode(bytes.subarray(at, at + line.bytes))) as ArticleResult);
        at += line.bytes;
        articles++;
      }
      if (line.error !== undefined) {
        failed++;
        progress.message(`error: ${line.error}`);
      }
    }
    if (!batch && bytes.length > 0) await writeOrExit(bytes, () => (failed > 0 ? 1 : 0));
    progress.update(articles, failed);
  });

  const retryAlone = (slot: Slot): Promise<EncodedLines> => {
    if ("line" in slot) return Promise.resolve(encodeLines([slot.line]));
    const unit = slot.unit;
    return pool.run({ units: [unit] }).then(
      (r) => r.output,
      (error: unknown) =>
        encodeLines([
          "article" in unit
            ? crashLine(unit.article, unit.source, error)
            : crashLine({ id: baseName(unit.file.name), text: "" }, escapeControls(unit.file.name), error),
        ]),
    );
  };

  let slots: Slot[] = [];
  let units = 0;
  let weight = 0;
  const dispatch = async () => {
    const batch = slots;
    slots = [];
    units = 0;
    weight = 0;
    const work = batch.flatMap((s) => ("unit" in s ? [s.unit] : []));
    if (work.length === 0)
      return output.add(encodeLines(batch.flatMap((s) => ("line" in s ? [s.line] : []))));
    const result = pool.run({ units: work }).then(
      (r) => inInputOrder(batch, r),
      // A worker that died (out of memory, say): each unit of its batch is tried again on its own,
      // so only the unit that kills a worker is reported, and the others go on.
      () => Promise.all(batch.map(retryAlone)).then(joinEncoded),
    );
    await output.add(result);
  };

  for await (const item of readInputs(args.files, args.input)) {
    if ("notice" in item) slots.push({ line: { json: "", error: item.notice } });
    else if ("line" in item) slots.push(item);
    else {
      slots.push(item);
      units++;
      weight += unitWeight(item.unit);
    }
    if (units >= BATCH_UNITS || weight >= BATCH_CHARS || slots.length >= 4 * BATCH_UNITS) await dispatch();
  }
  if (slots.length > 0) await dispatch();
  await output.finish();
  progress.clear();
  if (batch)
    await writeOrExit(escapeJsonControls(JSON.stringify(batch.collection())) + "\n", () =>
      failed > 0 ? 1 : 0,
    );
  await pool.destroy();
  if (args.stats) {
    const usage = process.resourceUsage();
    const stats = {
      articles,
      failed,
      threads: args.threads,
      wallMs: Math.round(performance.now() - started),
      sinceStartMs: Math.round(performance.now()),
      cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
      maxRssMB: Math.round(usage.maxRSS / 1024),
    };
    process.stderr.write(`stats: ${JSON.stringify(stats)}\n`);
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main();
