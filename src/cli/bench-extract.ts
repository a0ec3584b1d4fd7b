/**
 * npm run bench:extract [-- --runs N] [--write]
 * Prints figures, asserts nothing: the extract command end to end (process start and gazetteer load
 * included) on batches of 1 (the fixed cost), 2,000 and 20,000 articles built from the development texts in
 * ../shared/eval (or $SHARED_DIR/eval), each repeated with distinct ids. Per size: articles/s, the
 * cores kept busy (process CPU time over wall time) and peak RSS, medians of N runs; plus one run
 * on a single worker for the ratio. The machine's load average is printed beside, since other
 * processes change every figure.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";

const SHARED = process.env.SHARED_DIR ?? "../shared";
const DOC = "docs/bench-cli.md";

interface Stats {
  articles: number;
  failed: number;
  threads: number;
  cpuMs: number;
  maxRssMB: number;
}

interface Run extends Stats {
  wallMs: number;
  load: number;
}

function loadTexts(): { texts: { text: string; published?: string }[]; source: string } {
  const dir = join(SHARED, "eval");
  if (!existsSync(dir))
    throw new Error(`${dir} is missing: set SHARED_DIR to the folder holding eval/*.jsonl`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort();
  const texts = files.flatMap((f) =>
    readFileSync(join(dir, f), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { text: string; published?: string }),
  );
  // Named as the repository sees it, not by this machine's path.
  return { texts: shuffled(texts), source: `shared eval/ (${files.join(", ")})` };
}

/**
 * The texts in one fixed pseudo-random order (mulberry32, fixed seed), so that every batch, 2,000
 * articles as well as 20,000, holds the same mix of the eval sets: memory and speed compare.
 */
function shuffled<T>(xs: readonly T[]): T[] {
  let seed = 0x2545f491;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function writeBatch(path: string, texts: { text: string; published?: string }[], n: number): void {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = texts[i % texts.length]!;
    lines.push(JSON.stringify({ id: `bench-${i}`, text: t.text, published: t.published ?? "2010-01-01" }));
  }
  writeFileSync(path, lines.join("\n") + "\n");
}

function runOnce(file: string, threads?: number): Promise<Run> {
  const load = loadavg()[0]!;
  const args = [
    "--import",
    "tsx",
    "src/cli/extract.ts",
    "--stats",
    ...(threads ? ["--threads", String(threads)] : []),
    file,
  ];
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", () => {
      const wallMs = performance.now() - started;
      const line = stderr.split("\n").find((l) => l.startsWith("stats: "));
      if (!line) return reject(new Error(`no stats from the extract command:\n${stderr.slice(-2000)}`));
      resolve({ ...(JSON.parse(line.slice(7)) as Stats), wallMs, load });
    });
  });
}

/** The pipeline alone on one thread over the same batch (bench-extract-pipeline.ts). */
function pipelineAlone(file: string): Promise<{ loopCpuMs: number; load: number }> {
  const load = loadavg()[0]!;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/bench-extract-pipeline.ts", file], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.on("error", reject);
    child.on("close", () => {
      const line = stdout.split("\n").find((l) => l.startsWith("pipeline: "));
      if (!line)
        return reject(new Error(`no figures from bench-extract-pipeline.ts:\n${stdout.slice(-2000)}`));
      resolve({ ...(JSON.parse(line.slice(10)) as { loopCpuMs: number }), load });
    });
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (x: number, digits = 0) =>
  x.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3;
  const { texts, source } = loadTexts();
  const dir = mkdtempSync(join(tmpdir(), "cm-bench-extract-"));
  const cores = availableParallelism();
  const lines: string[] = [];
  const print = (l: string) => {
    lines.push(l);
    console.log(l);
  };
  try {
    print(
      `texts: ${texts.length.toLocaleString("en-US")} development articles from ${source}, repeated with distinct ids`,
    );
    print(
      `machine: ${cores} cores, Node ${process.version}; ${runs} runs per size, medians; load average (1 min) at each start shown`,
    );
    print("");
    print("articles  workers  wall s  articles/s  CPU s  cores busy  peak RSS MB  load avg");
    const sizes = [1, 2_000, 20_000];
    const results = new Map<string, Run[]>();
    const plan: [number, number | undefined][] = [];
    for (let r = 0; r < runs; r++) for (const n of sizes) plan.push([n, undefined]);
    plan.push([20_000, 1]);
    for (const n of sizes) writeBatch(join(dir, `batch-${n}.jsonl`), texts, n);
    // Not counted: the first run after a change builds the worker bundle and the gazetteer snapshot
    // (workerBundle.ts, snapshot.ts), which would otherwise be read as the fixed cost of every run.
    await runOnce(join(dir, "batch-1.jsonl"));
    const alone: { loopCpuMs: number; load: number }[] = [];
    for (const [n, threads] of plan) {
      const run = await runOnce(join(dir, `batch-${n}.jsonl`), threads);
      if (run.articles !== n) throw new Error(`expected ${n} output lines, got ${run.articles}`);
      const key = `${n}/${run.threads}`;
      results.set(key, [...(results.get(key) ?? []), run]);
      // The pipeline alone on the 20,000, between the runs of the command: the same load.
      if (n === 20_000 && threads === undefined)
        alone.push(await pipelineAlone(join(dir, `batch-${n}.jsonl`)));
    }
    for (const [key, rs] of results) {
      const [n, threads] = key.split("/").map(Number) as [number, number];
      const wall = median(rs.map((r) => r.wallMs)) / 1000;
      const cpu = median(rs.map((r) => r.cpuMs)) / 1000;
      print(
        [
          fmt(n).padStart(8),
          String(threads).padStart(8),
          fmt(wall, 1).padStart(7),
          fmt(median(rs.map((r) => (n / r.wallMs) * 1000))).padStart(11),
          fmt(cpu, 1).padStart(6),
          `${fmt(median(rs.map((r) => r.cpuMs / r.wallMs)), 2)} of ${cores}`.padStart(11),
          fmt(median(rs.map((r) => r.maxRssMB))).padStart(12),
          rs
            .map((r) => fmt(r.load, 1))
            .join(", ")
            .padStart(9),
        ].join(" "),
      );
    }
    const fixed = median(results.get(`1/${cores}`)!.map((r) => r.cpuMs)) / 1000;
    const small = results.get(`2000/${cores}`)!;
    const large = results.get(`20000/${cores}`)!;
    print("");
    print(
      `memory: peak RSS ${fmt(median(small.map((r) => r.maxRssMB)))} MB at 2,000 articles, ${fmt(median(large.map((r) => r.maxRssMB)))} MB at 20,000 (input read as a stream, at most ${cores * 4} batches of 64 in flight)`,
    );
    const one = results.get("20000/1")![0]!;
    print(
      `pool: ${fmt((20_000 / median(large.map((r) => r.wallMs))) * 1000)} articles/s on ${cores} workers vs ${fmt((20_000 / one.wallMs) * 1000)} on 1 (ratio ${fmt(one.wallMs / median(large.map((r) => r.wallMs)), 2)})`,
    );
    const net = median(large.map((r) => r.cpuMs)) / 20_000;
    const netOne = one.cpuMs / 20_000;
    print(
      `CPU per article at 20,000 on 1 worker: ${fmt(netOne, 3)} ms, on ${cores}: ${fmt(net, 3)} ms (${fmt((100 * (net - netOne)) / netOne)}% more: the workers' start and gazetteer load, and threads slowed by running side by side)`,
    );
    print(
      `fixed cost (a batch of 1 article: process start, workers, gazetteer load): ${fmt(fixed, 2)} s CPU; per article beyond it at 20,000: ${fmt((median(large.map((r) => r.cpuMs)) - fixed * 1000) / 19_999, 3)} ms`,
    );
    print(
      `CPU per article at 20,000, everything included: ${fmt(net, 3)} ms (the ceiling on ${cores} idle cores: ${fmt((cores * 1000) / net)} articles/s)`,
    );
    const pipe = median(alone.map((a) => a.loopCpuMs)) / 20_000;
    print(
      `the pipeline alone on one thread, same 20,000 texts (extractArticle and the JSON line, no reading, pool or writing; load ${alone.map((a) => fmt(a.load, 1)).join(", ")}): ${fmt(pipe, 3)} ms CPU per article (its ceiling on ${cores} idle cores: ${fmt((cores * 1000) / pipe)} articles/s); outside it: ${fmt(net - pipe, 3)} ms per article (${fmt((100 * (net - pipe)) / net)}% of the command's CPU)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (process.argv.includes("--write")) {
    const doc = `# Extraction at volume (\`npm run bench:extract -- --write\`)\n\nMeasured on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC. The machine's cores were shared with other work during the run (see the load average column): wall-clock figures are noisy, CPU time less so.\n\n\`\`\`\n${lines.join("\n")}\n\`\`\`\n`;
    // Only the figures are replaced: the sections after them (## ...) are notes written by hand.
    const old = existsSync(DOC) ? readFileSync(DOC, "utf8") : "";
    const notes = old.indexOf("\n## ");
    writeFileSync(DOC, notes >= 0 ? doc + old.slice(notes) : doc);
    console.log(`wrote ${DOC}`);
  }
}

await main();
