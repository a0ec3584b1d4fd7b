/**
 * npm run bench [-- --passes N] [--write]
 * Prints figures, asserts nothing: the gazetteer's load time and heap, and the pipeline's
 * throughput on one core per stage, over the development texts in ../shared/eval (or the seeds
 * when those are absent). The first pass warms the JIT and is not counted. Each stage gets its wall
 * time and its CPU time (the process's user + system time, GC threads included): on a shared
 * machine the wall time counts the waits for a core, so the throughput is given by CPU time, with
 * the load average beside it.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { normalizePublished } from "../pipeline/cleanInput";
import { initialState } from "../pipeline/state";
import { describeLoad, loadGazetteerWithFigures } from "./gazetteerLoadFigures";
import { PIPELINE } from "../pipeline/stages";
import { runStages } from "../pipeline/runStages";
import { readArticles } from "./readArticles";

interface Text {
  text: string;
  published: string;
}

function loadTexts(): { texts: Text[]; source: string } {
  const dir = join(process.env.SHARED_DIR ?? "../shared", "eval");
  const files = ["geo-lgl.jsonl", "geo-geovirus.jsonl", "dates-meantime.jsonl", "events-ucdp2018.jsonl"].map(
    (f) => join(dir, f),
  );
  if (files.every((f) => existsSync(f))) {
    const texts = files.flatMap((f) =>
      readFileSync(f, "utf8")
        .split("\n")
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as { text: string; published?: string })
        .map((r) => ({ text: r.text, published: String(normalizePublished(r.published ?? "2010-01-01")) })),
    );
    return { texts, source: dir };
  }
  const meta = JSON.parse(readFileSync("seeds/articles.json", "utf8")) as { articles: { file: string }[] };
  const texts = readArticles(meta.articles.map((a) => `seeds/${a.file}`)).flatMap((i) =>
    "article" in i ? [{ text: i.article.text, published: i.article.published ?? "2010-01-01" }] : [],
  );
  return { texts, source: "seeds/" };
}

function main(): void {
  const passes = Number(process.argv[process.argv.indexOf("--passes") + 1] ?? 3) || 3;
  const load = loadGazetteerWithFigures();
  const { gazetteer } = load;
  const { texts, source } = loadTexts();
  const words = texts.reduce((n, t) => n + t.text.split(/\s+/).filter(Boolean).length, 0);

  const stageMs = new Map<string, number>(PIPELINE.map((s) => [s.name, 0] as [string, number]));
  const stageCpu = new Map<string, number>([...stageMs.keys()].map((k) => [k, 0]));
  const cpuMs = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const loadBefore = loadavg()[0]!;
  for (let pass = 0; pass <= passes; pass++) {
    const counted = pass > 0;
    let cpuMark = cpuMs();
    const add = (name: string, ms: number) => {
      const now = cpuMs();
      if (counted) {
        stageMs.set(name, stageMs.get(name)! + ms);
        stageCpu.set(name, stageCpu.get(name)! + now - cpuMark);
      }
      cpuMark = now;
    };
    for (const { text, published } of texts) {
      const ctx = { text, published, gazetteer };
      cpuMark = cpuMs();
      runStages(ctx, initialState(), (stage, _state, ms) => add(stage.name, ms));
    }
  }
  const loadAfter = loadavg()[0]!;
  const total = [...stageMs.values()].reduce((a, b) => a + b, 0) / passes;
  const totalCpu = [...stageCpu.values()].reduce((a, b) => a + b, 0) / passes;
  const lines: string[] = [];
  const print = (l: string) => {
    lines.push(l);
    console.log(l);
  };
  print(`gazetteer: ${describeLoad(load)}`);
  print(
    `texts: ${texts.length} articles, ${words.toLocaleString("en-US")} words from ${source}; ${passes} counted passes after one warm-up`,
  );
  print("stage       ms/pass   cpu ms/pass   share (cpu)");
  for (const [name, ms] of stageMs) {
    const cpu = stageCpu.get(name)! / passes;
    print(
      `${name.padEnd(10)} ${(ms / passes).toFixed(0).padStart(8)}   ${cpu.toFixed(0).padStart(11)}   ${((100 * cpu) / totalCpu).toFixed(1).padStart(5)}%`,
    );
  }
  const rate = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString("en-US");
  print(
    `throughput (cpu time): ${rate(words, totalCpu)} words/s, ${rate(texts.length, totalCpu)} articles/s on one core`,
  );
  print(`throughput (wall time): ${rate(words, total)} words/s`);
  print(
    `load average (1 min): ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after; ${new Date().toISOString()}`,
  );
  if (process.argv.includes("--write")) writeSection(lines);
}

/** Replaces the bench section of docs/benchmarks.md (written by `npm run eval -- --write`). */
function writeSection(lines: readonly string[]): void {
  const path = "docs/benchmarks.md";
  const head = "## Steady-state throughput (`npm run bench -- --write`)";
  const doc = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmarks\n";
  const kept = doc.split(head)[0]!.trimEnd();
  writeFileSync(path, `${kept}\n\n${head}\n\n\`\`\`\n${lines.join("\n")}\n\`\`\`\n`);
  console.log(`wrote ${path}`);
}

main();
