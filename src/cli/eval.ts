/**
 * npm run eval [-- --write] [--errors] [--sets=lgl,geovirus,tud,meantime,ucdp,seeds]
 * Runs the whole pipeline over the development sets in ../shared/eval (or $SHARED_DIR/eval), scores
 * them with the shared scorer, and prints one table: per set the figures, the throughput on one
 * core, and the gazetteer's load time and memory. --write also stores it in docs/benchmarks.md.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadGazetteerWithFigures } from "./gazetteerLoadFigures";
import type { Gazetteer } from "../gazetteer/types";
import { extractArticle } from "../pipeline/extract";
import type { ArticleResult } from "../pipeline/contract";
import { readArticles } from "./readArticles";
import { formatGeoErrors, geoErrors, type GoldGeoRecord } from "./geoErrors";

const SHARED = process.env.SHARED_DIR ?? "../shared";
const SCORER = join(SHARED, "eval/score.mjs");

interface GoldRecord extends GoldGeoRecord {
  id: string;
  text: string;
  title?: string;
  published?: string;
}

interface SetReport {
  name: string;
  mode: string;
  records: number;
  figures: Record<string, unknown>;
  words: number;
  ms: number;
  events: number;
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

const countWords = (s: string): number => s.split(/\s+/).filter(Boolean).length;

const VERBOSE = process.argv.includes("--verbose");
/** --errors: list each geoparse set's false positives and acc@161 misses (geoErrors.ts). */
const ERRORS = process.argv.includes("--errors");

function score(mode: string, gold: string, sys: string): Record<string, unknown> {
  const out = execFileSync("node", [SCORER, mode, gold, sys], { encoding: "utf8", maxBuffer: 64 << 20 });
  const lines = out.trim().split("\n");
  if (VERBOSE) for (const l of lines.slice(0, -1)) console.log(`  ${mode}: ${l}`);
  return JSON.parse(lines[lines.length - 1]!) as Record<string, unknown>;
}

function runSet(name: string, mode: string, file: string, gaz: Gazetteer, dir: string): SetReport {
  const gold = join(SHARED, "eval", file);
  const records = readJsonl<GoldRecord>(gold);
  const results: ArticleResult[] = [];
  let words = 0;
  const input = (r: GoldRecord) => ({
    id: r.id,
    text: r.text,
    // Undated records (TUD) get a fixed reference date until undated articles are extracted.
    published: r.published ?? "2010-01-01",
    ...(r.title ? { title: r.title } : {}),
  });
  // One untimed pass first, so that the figure is the steady state, not the JIT warming up.
  for (const r of records) extractArticle(input(r), gaz);
  const t0 = performance.now();
  for (const r of records) {
    results.push(extractArticle(input(r), gaz));
  }
  const ms = performance.now() - t0;
  for (const r of records) words += countWords(r.text);
  const sysPath = join(dir, `${name}.jsonl`);
  writeFileSync(sysPath, results.map((r) => JSON.stringify(r)).join("\n") + "\n");
  const events = results.reduce((n, r) => n + r.events.length, 0);
  if (ERRORS && mode === "geoparse")
    for (const l of formatGeoErrors(name, geoErrors(records, results))) console.log(l);
  return { name, mode, records: records.length, figures: score(mode, gold, sysPath), words, ms, events };
}

function runSeeds(gaz: Gazetteer, dir: string): SetReport {
  const meta = JSON.parse(readFileSync("seeds/articles.json", "utf8")) as { articles: { file: string }[] };
  const items = readArticles(meta.articles.map((a) => `seeds/${a.file}`));
  const t0 = performance.now();
  const results = items.map((i) =>
    "article" in i ? extractArticle(i.article, gaz) : { id: i.id, error: i.error },
  );
  const ms = performance.now() - t0;
  const sysPath = join(dir, "seeds.jsonl");
  writeFileSync(sysPath, results.map((r) => JSON.stringify(r)).join("\n") + "\n");
  const words = items.reduce((n, i) => n + ("article" in i ? countWords(i.article.text) : 0), 0);
  const events = results.reduce((n, r) => n + ("events" in r ? (r.events?.length ?? 0) : 0), 0);
  return {
    name: "seeds",
    mode: "seeds",
    records: items.length,
    figures: score("seeds", join(SHARED, "seeds/gold.json"), sysPath),
    words,
    ms,
    events,
  };
}

const FIGURES: Record<string, [string, string][]> = {
  geoparse: [
    ["f1", "F1"],
    ["precision", "P"],
    ["recall", "R"],
    ["acc161Resolved", "acc@161 (recognised)"],
    ["acc161", "acc@161 (all)"],
    ["medianKm", "median km"],
    ["auc", "AUC"],
  ],
  dates: [
    ["spanRecall", "span recall"],
    ["valueAccuracy", "value accuracy"],
    ["relativeValueAccuracy", "relative value acc."],
  ],
  events: [
    ["placeRecall", "place recall"],
    ["placeAndDateRecall", "place+date recall"],
  ],
  seeds: [
    ["requiredFound", "required found"],
    ["requiredIncidents", "required"],
    ["eventPrecision", "event precision"],
    ["toponymsRight", "toponyms right"],
  ],
};

function main(): void {
  const args = process.argv.slice(2);
  const write = args.includes("--write");
  const setsArg = args.find((a) => a.startsWith("--sets="))?.slice(7);
  const wanted = new Set((setsArg ?? "lgl,geovirus,tud,meantime,ucdp,seeds").split(","));
  const dir = mkdtempSync(join(tmpdir(), "cm-eval-"));

  const { gazetteer: gaz, loadMs, heapMb } = loadGazetteerWithFigures();

  const reports: SetReport[] = [];
  const sets: [string, string, string][] = [
    ["lgl", "geoparse", "geo-lgl.jsonl"],
    ["geovirus", "geoparse", "geo-geovirus.jsonl"],
    // TUD-Loc-2013 web texts carry no publication date: they get the fixed reference date below.
    ["tud", "geoparse", "geo-tud.jsonl"],
    ["meantime", "dates", "dates-meantime.jsonl"],
    ["ucdp", "events", "events-ucdp2018.jsonl"],
  ];
  for (const [name, mode, file] of sets)
    if (wanted.has(name)) reports.push(runSet(name, mode, file, gaz, dir));
  if (wanted.has("seeds")) reports.push(runSeeds(gaz, dir));

  const lines: string[] = [];
  lines.push("| set | records | figures | events/record | words/s (1 core) |");
  lines.push("|---|---|---|---|---|");
  let totalWords = 0;
  let totalMs = 0;
  let totalRecords = 0;
  for (const r of reports) {
    const f = (FIGURES[r.mode] ?? []).map(([k, label]) => `${label} ${fmt(r.figures[k])}`).join(", ");
    lines.push(
      `| ${r.name} | ${r.records} | ${f} | ${(r.events / r.records).toFixed(2)} | ${Math.round(r.words / (r.ms / 1000)).toLocaleString("en-US")} |`,
    );
    totalWords += r.words;
    totalMs += r.ms;
    totalRecords += r.records;
  }
  lines.push("");
  lines.push(
    `Throughput, whole pipeline, one core, gazetteer loaded: ${Math.round(totalWords / (totalMs / 1000)).toLocaleString("en-US")} words/s, ` +
      `${Math.round(totalRecords / (totalMs / 1000)).toLocaleString("en-US")} articles/s (${totalRecords} articles, ${totalWords.toLocaleString("en-US")} words, ${Math.round(totalMs)} ms).`,
  );
  lines.push(
    `Gazetteer: ${gaz.size.toLocaleString("en-US")} places, load ${Math.round(loadMs)} ms, heap +${Math.round(heapMb)} MB.`,
  );
  const table = lines.join("\n");
  console.log(table);
  for (const r of reports) console.log(`${r.name}: ${JSON.stringify(r.figures)}`);
  console.log(`system outputs: ${dir}`);
  if (write) {
    const doc = `# Benchmarks\n\nProduced by \`npm run eval -- --write\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.version}, ${process.platform}/${process.arch}).\nDevelopment sets and scorer: \`../shared/eval\` (see its README for the definitions).\n\n${table}\n`;
    // Keep the section `npm run bench -- --write` maintains.
    const old = existsSync("docs/benchmarks.md") ? readFileSync("docs/benchmarks.md", "utf8") : "";
    const bench = old.indexOf("## Steady-state throughput");
    writeFileSync("docs/benchmarks.md", bench >= 0 ? `${doc}\n${old.slice(bench)}` : doc);
    console.log("wrote docs/benchmarks.md");
  }
}

function fmt(v: unknown): string {
  if (typeof v === "number") return Number.isInteger(v) ? String(v) : v.toFixed(3);
  return v === null || v === undefined ? "–" : String(v);
}

main();
